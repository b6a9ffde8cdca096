# Linux bridge first steps (seed 000): veth on a bridge, the IP moved to the bridge, promisc
# TODO(nlbox): unmark when ip link add lands
! ip link add name br0 type bridge
# TODO(nlbox): unmark when ip link set lands
! ip link set br0 up
# TODO(nlbox): unmark when ip link add lands
! ip link add veth0 type veth peer name veth1
# TODO(nlbox): unmark when ip addr add lands
! ip addr add 1.2.3.101/24 dev veth0
! ip addr add 1.2.3.102/24 dev veth1
# TODO(nlbox): unmark when ip link set lands
! ip link set veth0 up
! ip link set veth1 up
! ip link set dev veth0 master br0
# TODO(nlbox): unmark when bridge link show lands
! bridge link
# TODO(nlbox): unmark when brctl show lands
! brctl show
# TODO(nlbox): unmark when ip link show lands (restore `%`)
! ip -d link show veth0
# TODO(nlbox): unmark when ip addr del lands
! ip addr del 1.2.3.101/24 dev veth0
# TODO(nlbox): unmark when ip addr add lands
! ip addr add 1.2.3.101/24 dev br0
# TODO(nlbox): unmark when ip addr show lands
! ip addr
# TODO(nlbox): unmark when ip route show lands
! ip route
~ ping -c 1 -W 2 -I br0 1.2.3.102
# TODO(nlbox): unmark when ip link add lands
! ip link add veth2 type veth peer name eth0
# TODO(nlbox): unmark when ip addr add lands
! ip addr add 1.2.3.4/24 dev eth0
# TODO(nlbox): unmark when ip link set lands
! ip link set eth0 up
! ip link set dev eth0 master br0
# TODO(nlbox): unmark when ip route show lands
! ip route
# TODO(nlbox): unmark when ip addr del lands
! ip addr del 1.2.3.4/24 dev eth0
# TODO(nlbox): unmark when ip route add lands
! ip route add default via 1.2.3.1
# TODO(nlbox): unmark when ip route show lands
! ip route
# TODO(nlbox): unmark when route (display) lands
! route -n
# TODO(nlbox): unmark when ip link set lands
! ip link set veth2 promisc on
# TODO(nlbox): unmark when ip link show lands
! ip link show veth2
! ip -d link show veth2
# TODO(nlbox): unmark when ip link set lands
! ip link set veth2 promisc off
# TODO(nlbox): unmark when ip link show lands
! ip link show veth0
# TODO(nlbox): unmark when ip link set lands
! ip link set veth0 nomaster
# TODO(nlbox): unmark when ip link show lands
! ip link show veth0
# The bridge's packet counters move on their own (IPv6 MLD/ND are sent at random
# times after the link comes up), so its numbers are masked.
# TODO(nlbox): unmark when ip link show lands (restore `%`)
! ip -s link show br0
! ip -d link show br0
