# Same-host pod networking over a Linux bridge (seed 003, first model)
# TODO(nlbox): unmark when ip netns add lands
! ip netns add pod-1
! ip netns add pod-2
# TODO(nlbox): unmark when ip netns list lands
! ip netns list
# TODO(nlbox): unmark when ip link add lands
! ip link add eth0 type veth peer name veth1
# TODO(nlbox): unmark when ip link set lands
! ip link set eth0 netns pod-1
# TODO(nlbox): unmark when ip link add lands
! ip link add eth0 type veth peer name veth2
# TODO(nlbox): unmark when ip link set lands
! ip link set eth0 netns pod-2
# TODO(nlbox): unmark when ip netns exec and ip addr add lands
! ip netns exec pod-1 ip addr add 10.10.1.10/32 dev eth0
! ip netns exec pod-2 ip addr add 10.10.1.11/32 dev eth0
# TODO(nlbox): unmark when ip netns exec and ip link set lands
! ip netns exec pod-1 ip link set eth0 up
# TODO(nlbox): unmark when ip link set lands
! ip link set veth1 up
# TODO(nlbox): unmark when ip netns exec and ip route add lands
! ip netns exec pod-1 ip ro add default dev eth0
# TODO(nlbox): unmark when ip netns exec and ip link set lands
! ip netns exec pod-2 ip link set eth0 up
# TODO(nlbox): unmark when ip link set lands
! ip link set veth2 up
# TODO(nlbox): unmark when ip netns exec and ip route add lands
! ip netns exec pod-2 ip ro add default dev eth0
# TODO(nlbox): unmark when brctl addbr lands
! brctl addbr cbr0
# TODO(nlbox): unmark when ip link set lands
! ip link set cbr0 up
# TODO(nlbox): unmark when brctl addif lands
! brctl addif cbr0 veth1
! brctl addif cbr0 veth2
# TODO(nlbox): unmark when brctl show lands
! brctl show
! brctl show cbr0
# TODO(nlbox): unmark when ip link show lands
! ip link
! ip -o link
! ip -br link
# TODO(nlbox): unmark when bridge link show lands
! bridge link
! bridge link show dev veth1
# TODO(nlbox): unmark when ip netns exec and ip addr show lands
! ip netns exec pod-1 ip addr
# TODO(nlbox): unmark when ip netns exec and ip route show lands
! ip netns exec pod-1 ip route
# TODO(nlbox): unmark when ip -n (netns) and ip route show lands
! ip -n pod-2 route show
# TODO(nlbox): unmark when ip netns exec and ip addr show lands
! ip netns exec pod-1 ip -4 -o addr show dev eth0
# TODO(nlbox): unmark when ip netns exec lands (restore `~`)
! ip netns exec pod-1 ping -c 1 -W 2 10.10.1.11
# TODO(nlbox): unmark when brctl showmacs lands (restore `%`)
! brctl showmacs cbr0
# TODO(nlbox): unmark when bridge fdb show lands
! bridge fdb show br cbr0
# TODO(nlbox): unmark when ip netns exec and ip neigh show lands
! ip netns exec pod-1 ip neigh
# TODO(nlbox): unmark when ip netns list lands
! ip netns list
# TODO(nlbox): unmark when ip netns delete lands
! ip netns del pod-1
! ip netns del pod-2
# TODO(nlbox): unmark when ip netns list lands
! ip netns list
# TODO(nlbox): unmark when ip link set lands
! ip link set cbr0 down
# TODO(nlbox): unmark when brctl delbr lands
! brctl delbr cbr0
# TODO(nlbox): unmark when ip link show lands
! ip link
