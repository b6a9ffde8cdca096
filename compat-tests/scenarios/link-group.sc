# Device groups: ip link set|delete group N acts on every link of the group.
! ip link add v1 address 02:00:00:00:00:01 type veth peer name v2 address 02:00:00:00:00:02
! ip link add d1 address 02:00:00:00:00:03 type bridge
ip link set v1 group 5
ip link set d1 group 5
ip link set group 5 up
ip link set group 5 mtu 1400 txqlen 3 alias g
ip link set group 7 up
ip link set group 5 group 6
ip link set group 5 name x
ip link set group 5 dev v1 down
ip link set group 5 up type veth foo
ip link add group 5 type veth
ip link del group 0
% ip -d link show d1
ip link delete group 5 type veth
ip link show
