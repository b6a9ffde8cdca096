# CNI ptp plugin flow: veth per pod, /32 addresses, host routes, pod namespace found by pid
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
! unshare --net sleep 30 >/dev/null 2>&1 & echo $! > /tmp/podpid; sleep 0.3
ip netns attach pod1 $(cat /tmp/podpid)
ip netns list
ip link add veth5f1e address 02:00:00:00:05:01 type veth peer name eth0 address 02:00:00:00:05:02 netns pod1
ip link set veth5f1e up
ip addr add 10.22.0.1/32 dev veth5f1e scope link
ip -6 addr add fe80::1/64 dev veth5f1e nodad
ip -n pod1 link set eth0 up
ip -n pod1 link set lo up
ip -n pod1 addr add 10.22.0.5/32 dev eth0
ip -n pod1 route add 10.22.0.1/32 dev eth0 scope link
ip -n pod1 route add default via 10.22.0.1 dev eth0 src 10.22.0.5
ip -n pod1 route add 10.22.0.0/16 via 10.22.0.1 dev eth0 src 10.22.0.5
ip route add 10.22.0.5/32 dev veth5f1e scope link src 10.22.0.1
ip -n pod1 -j route show | tr ',' '\n' | grep -c gateway
ip -n pod1 route show
ip -n pod1 -4 -o addr show dev eth0 | awk '{split($4,a,"/"); print a[1]}'
ip -o link show veth5f1e | awk '{print $2, $(NF-2)}'
ip link show veth5f1e | awk '/link\/ether/ {print $2}'
ip -j link show veth5f1e | sed 's/"ifindex":[0-9]*//'
ip netns identify $(cat /tmp/podpid)
ip netns pids pod1 | wc -l
ip link add veth9 address 02:00:00:00:05:03 type veth peer name eth1 address 02:00:00:00:05:04
ip link set eth1 netns $(cat /tmp/podpid)
ip -n pod1 -br link
ip link set veth9 netns pod1 name eth2
ip netns set pod1 7
ip netns list-id
ip -d link show veth5f1e
ip -n pod1 route flush dev eth0
ip -n pod1 link del eth0
ip route show
ip addr show dev veth5f1e 2>&1; echo rc=$?
ip netns del pod1
! kill $(cat /tmp/podpid)
