# brctl addif/delif: several interfaces, the tab layout of `show`, every failure message.
! ip link add br0 address 02:00:00:00:00:10 type bridge
! ip link add br1 address 02:00:00:00:00:11 type bridge
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link add v2 address 02:00:00:00:00:03 type veth peer name v3 address 02:00:00:00:00:04
brctl addif br0 v0
brctl show
brctl addif br0 v1 v2
brctl show
brctl show br0
brctl addif br0 v0
brctl addif br1 v0
brctl addif br0 nosuch
brctl addif nosuch v3
brctl addif v3 v2
brctl addif br0 br1
brctl addif br0 lo
brctl addif br1 v3 nosuch v0
brctl show
brctl delif br0 v1
brctl delif br0 v1
brctl delif br0 nosuch
brctl delif nosuch v1
brctl delif v3 v1
brctl delif br1 v2
brctl delif br0 v0 v2 v0
brctl show
brctl delif br1 v3
brctl show
