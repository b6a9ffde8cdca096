# ip netns, veth, routes and net-tools route (seed 001)
# TODO(nlbox): unmark when ip netns add lands
! ip netns add netns1
# TODO(nlbox): unmark when ip netns list lands
! ip netns list
# TODO(nlbox): unmark when ip netns exec and ip link show lands
! ip netns exec netns1 ip link
# TODO(nlbox): unmark when ip link add lands
! ip link add veth0 type veth peer name veth1
# TODO(nlbox): unmark when ip link set lands
! ip link set veth1 netns netns1
# TODO(nlbox): unmark when ip netns exec and ip addr add lands
! ip netns exec netns1 ip addr add 10.1.1.1/24 dev veth1
# TODO(nlbox): unmark when ip netns exec and ip link set lands
! ip netns exec netns1 ip link set veth1 up
# TODO(nlbox): unmark when ip addr add lands
! ip addr add 10.1.1.2/24 dev veth0
# TODO(nlbox): unmark when ip link set lands
! ip link set veth0 up
# TODO(nlbox): unmark when ip link show lands
! ip link show veth0
# TODO(nlbox): unmark when ip netns exec and ip route show lands
! ip netns exec netns1 ip route
# TODO(nlbox): unmark when ip netns exec and route (display) lands
! ip netns exec netns1 route -n
# TODO(nlbox): unmark when ip link add lands
! ip link add name br0 type bridge
# TODO(nlbox): unmark when ip link set lands
! ip link set br0 up
# br0 has a carrier until veth2 (down) joins it; its fe80:: address finishes DAD only if
# DAD began before that (after a random delay of up to 1 s): wait for DAD, as a person
# typing these commands would, or the final state depends on the draw.
! while ip -6 addr show dev br0 tentative | grep -q .; do sleep 0.1; done
# TODO(nlbox): unmark when brctl addbr lands
! brctl addbr br1
# TODO(nlbox): unmark when ip link add lands
! ip link add veth2 type veth peer name veth3
# TODO(nlbox): unmark when ip link set lands
! ip link set veth2 master br0
# TODO(nlbox): unmark when bridge link show lands
! bridge link
# TODO(nlbox): unmark when brctl show lands
! brctl show
# TODO(nlbox): unmark when route add lands
! route add -net 10.0.0.10 netmask 255.255.255.255 gw 10.1.1.1 dev veth0
# TODO(nlbox): unmark when route (display) lands
! route -n
# TODO(nlbox): unmark when route add lands
! route add -net 10.0.0.0 netmask 255.255.255.0 gw 10.1.1.1 dev veth0
! route add -net 224.0.0.0 netmask 240.0.0.0 dev veth0
! route add -net 225.0.0.0 netmask 255.0.0.0 reject
# TODO(nlbox): unmark when route (display) lands
! route -n
! route -ne
# TODO(nlbox): unmark when ip route show lands
! ip route
# TODO(nlbox): unmark when route del lands
! route del -net 225.0.0.0 netmask 255.0.0.0 reject
! route del -net 224.0.0.0 netmask 240.0.0.0
# TODO(nlbox): unmark when route add lands
! route add default gw 192.168.1.1
# TODO(nlbox): unmark when route del lands
! route del default gw 192.168.1.1
# TODO(nlbox): unmark when route add lands
! route add default gw 10.1.1.1
# TODO(nlbox): unmark when route (display) lands
! route -n
# TODO(nlbox): unmark when route del lands
! route del -net 10.0.0.0 netmask 255.255.255.0 gw 10.1.1.1 dev veth0
# TODO(nlbox): unmark when route (display) lands
! route -n
# TODO(nlbox): unmark when ip link add lands
! ip link add mv1 link veth0 type macvlan mode bridge
! ip link add mv2 link veth0 type macvlan mode vepa
! ip link add mv3 link veth0 type macvlan mode private
# TODO(nlbox): unmark when ip link show lands
! ip -d link show mv1
! ip -d link show mv2
! ip -d link show mv3
# TODO(nlbox): unmark when ip tuntap add lands
! ip tuntap add dev tap0 mode tap
! ip tuntap add dev tun0 mode tun
# TODO(nlbox): unmark when ip tuntap show lands
! ip tuntap show
# TODO(nlbox): unmark when ip link show lands
! ip -d link show tap0
# TODO(nlbox): unmark when ip link add lands
! ip link add vx0 type vxlan id 42 dstport 4789 dev veth0
# TODO(nlbox): unmark when ip link show lands
! ip -d link show vx0
# TODO(nlbox): unmark when ip netns delete lands
! ip netns delete netns1
# TODO(nlbox): unmark when ip netns list lands
! ip netns list
