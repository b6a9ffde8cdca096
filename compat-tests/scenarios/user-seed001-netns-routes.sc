# ip netns, veth, routes and net-tools route (seed 001)
ip netns add netns1
ip netns list
ip netns exec netns1 ip link
ip link add veth0 type veth peer name veth1
ip link set veth1 netns netns1
ip netns exec netns1 ip addr add 10.1.1.1/24 dev veth1
ip netns exec netns1 ip link set veth1 up
ip addr add 10.1.1.2/24 dev veth0
ip link set veth0 up
ip link show veth0
ip netns exec netns1 ip route
ip netns exec netns1 route -n
ip link add name br0 type bridge
ip link set br0 up
# br0 has a carrier until veth2 (down) joins it; its fe80:: address finishes DAD only if
# DAD began before that (after a random delay of up to 1 s): wait for DAD, as a person
# typing these commands would, or the final state depends on the draw.
! while ip -6 addr show dev br0 tentative | grep -q .; do sleep 0.1; done
brctl addbr br1
ip link add veth2 type veth peer name veth3
ip link set veth2 master br0
bridge link
brctl show
route add -net 10.0.0.10 netmask 255.255.255.255 gw 10.1.1.1 dev veth0
route -n
route add -net 10.0.0.0 netmask 255.255.255.0 gw 10.1.1.1 dev veth0
route add -net 224.0.0.0 netmask 240.0.0.0 dev veth0
route add -net 225.0.0.0 netmask 255.0.0.0 reject
route -n
route -ne
ip route
route del -net 225.0.0.0 netmask 255.0.0.0 reject
route del -net 224.0.0.0 netmask 240.0.0.0
route add default gw 192.168.1.1
route del default gw 192.168.1.1
route add default gw 10.1.1.1
route -n
route del -net 10.0.0.0 netmask 255.255.255.0 gw 10.1.1.1 dev veth0
route -n
ip link add mv1 link veth0 type macvlan mode bridge
ip link add mv2 link veth0 type macvlan mode vepa
ip link add mv3 link veth0 type macvlan mode private
ip -d link show mv1
ip -d link show mv2
ip -d link show mv3
ip tuntap add dev tap0 mode tap
ip tuntap add dev tun0 mode tun
ip tuntap show
ip -d link show tap0
ip link add vx0 type vxlan id 42 dstport 4789 dev veth0
ip -d link show vx0
ip netns delete netns1
ip netns list
