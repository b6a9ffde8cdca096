# Same-host pod networking by L3 routes and proxy ARP (seed 003, second model)
# TODO(nlbox): unmark when ip netns add lands
! ip netns add pod-1
# TODO(nlbox): unmark when ip link add lands
! ip link add eth0 type veth peer name veth1
# TODO(nlbox): unmark when ip link set lands
! ip link set eth0 netns pod-1
# TODO(nlbox): unmark when ip netns exec and ip addr add lands
! ip netns exec pod-1 ip addr add 10.10.1.10 dev eth0
# TODO(nlbox): unmark when ip netns exec and ip link set lands
! ip netns exec pod-1 ip link set dev eth0 up
# TODO(nlbox): unmark when ip netns exec and ip route add lands
! ip netns exec pod-1 ip route add 169.254.1.1 dev eth0
! ip netns exec pod-1 ip route add default via 169.254.1.1 dev eth0
# TODO(nlbox): unmark when ip link set lands
! ip link set dev veth1 up
# setup in the workflow itself: stays `!`
! echo 1 > /proc/sys/net/ipv4/conf/veth1/proxy_arp
! echo 1 > /proc/sys/net/ipv4/ip_forward
# TODO(nlbox): unmark when ip netns add lands
! ip netns add pod-2
# TODO(nlbox): unmark when ip link add lands
! ip link add eth0 type veth peer name veth2
# TODO(nlbox): unmark when ip link set lands
! ip link set eth0 netns pod-2
# TODO(nlbox): unmark when ip netns exec and ip addr add lands
! ip netns exec pod-2 ip addr add 10.10.1.11 dev eth0
# TODO(nlbox): unmark when ip netns exec and ip link set lands
! ip netns exec pod-2 ip link set dev eth0 up
# TODO(nlbox): unmark when ip netns exec and ip route add lands
! ip netns exec pod-2 ip route add 169.254.1.1 dev eth0
! ip netns exec pod-2 ip route add default via 169.254.1.1 dev eth0
# TODO(nlbox): unmark when ip link set lands
! ip link set dev veth2 up
# setup in the workflow itself: stays `!`
! echo 1 > /proc/sys/net/ipv4/conf/veth2/proxy_arp
# TODO(nlbox): unmark when ip route add lands
! ip route add 10.10.1.10 dev veth1 scope link
! ip route add 10.10.1.11 dev veth2 scope link
# TODO(nlbox): unmark when ip route show lands
! ip route
! ip route show table all
# TODO(nlbox): unmark when route (display) lands
! route -n
! route
# TODO(nlbox): unmark when ip netns exec lands (restore `~`)
! ip netns exec pod-1 ping -c 1 -W 2 10.10.1.11
# TODO(nlbox): unmark when ip netns exec and ip route show lands
! ip netns exec pod-1 ip route
# TODO(nlbox): unmark when ip netns exec and ip neigh show lands
! ip netns exec pod-1 ip neigh show
# TODO(nlbox): unmark when ip netns exec and route (display) lands
! ip netns exec pod-1 route -n
# TODO(nlbox): unmark when ip route get lands
! ip route get 10.10.1.11
# TODO(nlbox): unmark when ip addr show lands
! ip -o addr
# TODO(nlbox): unmark when ip netns pids lands
! ip netns pids pod-1
# TODO(nlbox): unmark when ip netns identify lands
! ip netns identify $$
# TODO(nlbox): unmark when ip netns delete lands
! ip netns del pod-1
! ip netns del pod-2
