# Moving each kind into a namespace (some kinds refuse)
ip netns add ns1
ip link add e0 address 02:00:00:00:00:01 type veth peer name e1 address 02:00:00:00:00:02
ip link add br0 address 02:00:00:00:00:03 type bridge
ip link add vx0 address 02:00:00:00:00:04 type vxlan id 4 dstport 4789
ip link add mv0 link e0 address 02:00:00:00:00:05 type macvlan
ip link add mt0 link e0 address 02:00:00:00:00:06 type macvtap
ip link add ifb0 address 02:00:00:00:00:07 type ifb
ip tuntap add tp0 mode tap
ip link set br0 netns ns1
ip link set lo netns ns1
ip link set vx0 netns ns1
ip link set mv0 netns ns1
ip link set mt0 netns ns1
ip link set ifb0 netns ns1
ip link set tp0 netns ns1
ip -n ns1 -d link show
ip -d link show
ip -n ns1 link set mv0 netns 1x
ip -n ns1 link del mv0
ip -n ns1 tuntap show
ip -n ns1 tuntap del tp0 mode tap
ip netns exec ns1 ip tuntap del tp0 mode tap
ip -n ns1 -br link
