# Same-host pod networking by L3 routes and proxy ARP (seed 003, second model)
ip netns add pod-1
ip link add eth0 type veth peer name veth1
ip link set eth0 netns pod-1
ip netns exec pod-1 ip addr add 10.10.1.10 dev eth0
ip netns exec pod-1 ip link set dev eth0 up
ip netns exec pod-1 ip route add 169.254.1.1 dev eth0
ip netns exec pod-1 ip route add default via 169.254.1.1 dev eth0
ip link set dev veth1 up
# setup in the workflow itself: stays `!`
! echo 1 > /proc/sys/net/ipv4/conf/veth1/proxy_arp
! echo 1 > /proc/sys/net/ipv4/ip_forward
ip netns add pod-2
ip link add eth0 type veth peer name veth2
ip link set eth0 netns pod-2
ip netns exec pod-2 ip addr add 10.10.1.11 dev eth0
ip netns exec pod-2 ip link set dev eth0 up
ip netns exec pod-2 ip route add 169.254.1.1 dev eth0
ip netns exec pod-2 ip route add default via 169.254.1.1 dev eth0
ip link set dev veth2 up
# setup in the workflow itself: stays `!`
! echo 1 > /proc/sys/net/ipv4/conf/veth2/proxy_arp
ip route add 10.10.1.10 dev veth1 scope link
ip route add 10.10.1.11 dev veth2 scope link
ip route
ip route show table all
route -n
route
~ ip netns exec pod-1 ping -c 1 -W 2 10.10.1.11
ip netns exec pod-1 ip route
ip netns exec pod-1 ip neigh show
ip netns exec pod-1 route -n
ip route get 10.10.1.11
ip -o addr
ip netns pids pod-1
ip netns identify $$
ip netns del pod-1
ip netns del pod-2
