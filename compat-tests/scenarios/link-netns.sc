# netns NAME|PID, link-netns, link-netnsid on links, and veth peers created elsewhere.
! ip link add v1 address 02:00:00:00:00:01 type veth peer name v2 address 02:00:00:00:00:02
! ip netns add ns1
ip link set v1 netns ns1
ip netns exec ns1 ip link set v1 name w1
ip link add x address 02:00:00:00:00:03 type veth peer name y address 02:00:00:00:00:04 netns ns1
ip link add p address 02:00:00:00:00:05 link-netns ns1 type veth peer name q address 02:00:00:00:00:06
ip link set x netns ns1 netns ns1
ip link set x netns nosuch
ip link set x link-netns nosuch
ip link set x link-netns ns1 link-netnsid 0
ip link add z address 02:00:00:00:00:07 type veth peer name z2 address 02:00:00:00:00:08 link-netnsid 7
ip link set x netns /run/netns/ns1 index 30
ip netns exec ns1 ip -d link show
ip -d link show
