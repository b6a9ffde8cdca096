# Namespaces by pid: containers started with unshare, links moved with netns PID
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
! unshare --net sleep 30 >/dev/null 2>&1 & echo $! > /tmp/c1pid; sleep 0.3
ip netns identify $(cat /tmp/c1pid)
# attached early: the compat runner waits on links whose peer namespace it cannot name
ip netns attach c1 $(cat /tmp/c1pid)
ip link add h0 address 02:00:00:00:00:01 type veth peer name c0 address 02:00:00:00:00:02 netns $(cat /tmp/c1pid)
ip link add h1 address 02:00:00:00:00:03 type veth peer name c1 address 02:00:00:00:00:04
ip link set c1 netns $(cat /tmp/c1pid)
ip link set h1 netns $$
ip link set h1 netns 0
ip link set h1 netns -5
ip link set h1 netns 999999
ip -d link show h0
nsenter -t $(cat /tmp/c1pid) -n ip -br link
nsenter -t $(cat /tmp/c1pid) -n ip link set c0 name eth0
nsenter -t $(cat /tmp/c1pid) -n ip addr add 10.5.0.2/24 dev eth0
nsenter -t $(cat /tmp/c1pid) -n ip -o addr
ip netns attach c1 $(cat /tmp/c1pid)
ip netns attach c2 999999
ip netns identify $(cat /tmp/c1pid)
ip netns list-id
ip -d link show h0
ip -n c1 link set eth0 netns 1x
ip netns exec c1 ip link set c1 netns $$
ip -br link
ip -all netns exec ip -br link
ip -all netns delete
ip netns list
! kill $(cat /tmp/c1pid)
