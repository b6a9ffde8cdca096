# ip link help, ip link help KIND (stdout, exit 0) and the usage (stderr, exit 255).
ip link help
ip link help veth
ip link help bridge
ip link help bridge_slave
ip link help vxlan
ip link help macvlan
ip link help macvtap
ip link help vlan
ip link help bond
ip link help bond_slave
ip link help gre
ip link help gretap
ip link help ipip
ip link help sit
ip link help geneve
ip link help vrf
ip link help ipvlan
ip link help ipvtap
ip link help dummy
ip link help ifb
ip link help tun
ip link help foo
ip link help vxlan extra words
ip link help can
ip link help xfrm
ip link add help
ip link add x help
ip link set help
ip link add x type veth help
ip link add x type foo help
ip link h
ip link he bridge
