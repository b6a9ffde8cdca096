# QA: a CNI-like bridge workflow, driven end to end by the tools under test
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
ip link set lo up
ip netns add pod-a
ip netns add pod-b
ip netns add pod-a
ip netns list
brctl addbr cni0
ip link set cni0 address 02:00:00:00:0c:00
ip addr add 10.88.0.1/16 brd + dev cni0
ip -6 addr add fd88::1/64 dev cni0 nodad
ip link set cni0 up
ip link add vetha address 02:00:00:00:0a:01 type veth peer name eth0 address 02:00:00:00:0a:02 netns pod-a
ip link add vethb address 02:00:00:00:0b:01 type veth peer name eth0 address 02:00:00:00:0b:02 netns pod-b
ip link set vetha master cni0
brctl addif cni0 vethb
ip link set vetha up
ip link set vethb up
ip -n pod-a link set lo up
ip -n pod-a link set eth0 up
ip netns exec pod-b ip link set eth0 up
ip netns exec pod-b ip link set lo up
ip -n pod-a addr add 10.88.0.2/16 dev eth0
ip -n pod-b addr add 10.88.0.3/16 dev eth0
ip -n pod-a -6 addr add fd88::2/64 dev eth0 nodad
ip -n pod-a route add default via 10.88.0.1
ip -n pod-b route add default via 10.88.0.1 dev eth0 onlink
ip -n pod-a -6 route add default via fd88::1
ip -n pod-a route
ip -n pod-a -6 route
ip -n pod-b route show default
ip netns exec pod-a ip -br a
ip -all netns exec ip -br link
ip netns list-id
ip netns list
ip -j netns list
ip link show type veth
ip -br link show master cni0
brctl show
bridge link
bridge -j link show dev vetha
bridge fdb show br cni0 state permanent
# A MAC no pod has: the pods' own MACs are learnt (dynamic) whenever they send, at random times.
bridge fdb add 02:00:00:00:0a:99 dev vetha master static
bridge fdb replace 02:00:00:00:0a:99 dev vetha master static
bridge fdb add 02:00:00:00:0a:99 dev vetha master static
bridge fdb show dev vetha
bridge fdb del 02:00:00:00:0a:99 dev vetha master
bridge fdb del 02:00:00:00:0a:99 dev vetha master
bridge link set dev vetha cost 10 priority 5 guard on hairpin on learning off flood off
bridge link set dev vetha mcast_flood off bcast_flood off neigh_suppress on isolated on
bridge -d link show dev vetha
bridge link set dev vetha state 2
bridge link set dev vetha state blocking
bridge link set dev cni0 cost 5
brctl setageing cni0 100
brctl setfd cni0 3
brctl sethello cni0 3
brctl setmaxage cni0 25
brctl setbridgeprio cni0 4096
brctl setpathcost cni0 vethb 7
brctl setportprio cni0 vethb 3
brctl hairpin cni0 vethb on
brctl stp cni0 on
% brctl showstp cni0
brctl stp cni0 off
% ip -d link show cni0
ip route add 10.99.0.0/16 via 10.88.0.2 dev cni0
ip route replace 10.99.0.0/16 via 10.88.0.3 dev cni0 metric 10
ip route append 10.99.0.0/16 via 10.88.0.2 dev cni0 metric 10
ip route
ip route del 10.99.0.0/16 via 10.88.0.2
ip route del 10.99.0.0/16
ip route flush 10.99.0.0/16
ip route add 10.98.0.0/16 nexthop via 10.88.0.2 weight 3 nexthop via 10.88.0.3 weight 1
ip -j route show 10.98.0.0/16
ip route add table 42 default via 10.88.0.2
ip route flush table 42
ip route show table 42
ip -6 route add 2001:db8:77::/64 via fd88::2 dev cni0
ip -6 route
ip -n pod-a neigh
% ip -s -s link show vetha
ip link del vetha
ip -n pod-a link
ip netns del pod-a
ip netns list
brctl delif cni0 vethb
ip link set cni0 down
brctl delbr cni0
ip link
ip netns del pod-b
ip addr flush dev lo
ip -4 addr
