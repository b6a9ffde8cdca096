# Tearing down virtual devices (seed 002)
# TODO(nlbox): unmark when ip link add lands
! ip link add br-45a70801eb1d type bridge
! ip link add vethe9f989b type veth peer name vethpeer
# TODO(nlbox): unmark when ip addr add lands
! ip addr add 172.17.0.1/16 dev vethe9f989b
# TODO(nlbox): unmark when ip link set lands
! ip link set vethe9f989b master br-45a70801eb1d
! ip link set br-45a70801eb1d up
# TODO(nlbox): unmark when ip addr del lands
! ip addr del 172.17.0.1 dev vethe9f989b
! ip addr del 172.17.0.1/16 dev vethe9f989b
# TODO(nlbox): unmark when ip addr show lands
! ip addr
# TODO(nlbox): unmark when ip link set lands
! ip link set br-45a70801eb1d down
# TODO(nlbox): unmark when brctl delif lands
! brctl delif br-45a70801eb1d vethe9f989b
# TODO(nlbox): unmark when brctl delbr lands
! brctl delbr br-45a70801eb1d
# TODO(nlbox): unmark when ip link add lands
! ip link add br0 type bridge
# TODO(nlbox): unmark when tunctl lands
! tunctl -t tap0
! tunctl -t tap1 -u 0
# TODO(nlbox): unmark when ip link show lands
! ip link show tap0
# TODO(nlbox): unmark when brctl addif lands
! brctl addif br0 tap0
# TODO(nlbox): unmark when brctl delif lands
! brctl delif br0 tap0
! brctl delif br0 eth0
# TODO(nlbox): unmark when tunctl lands
! tunctl -d tap0
! tunctl -d tap1
# TODO(nlbox): unmark when ip link add lands
! ip link add dev wg0 type wireguard
! ip link add br0 type bridge
# TODO(nlbox): unmark when ip link set lands
! ip link set up dev br0
# TODO(nlbox): unmark when ip link show lands
! ip -br link
# TODO(nlbox): unmark when ip link del lands
! ip link del br0
! ip link del vethe9f989b
# TODO(nlbox): unmark when ip link show lands
! ip -br link
