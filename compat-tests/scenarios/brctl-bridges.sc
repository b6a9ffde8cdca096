# brctl addbr/delbr/show: duplicates, missing bridges, non-bridges, bridges with no ports.
brctl show
brctl addbr br0
brctl addbr br0
brctl show
brctl addbr br1
brctl show
brctl show br1
brctl show br1 br0
brctl show nosuch
brctl show nosuch br0
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
brctl show v0
brctl addbr v0
brctl delbr v0
brctl delbr nosuch
! ip link set br1 up
brctl delbr br1
! ip link set br1 down
brctl delbr br1
brctl show
brctl addbr abcdefghijklmnopqrstuvwxyz
brctl show abcdefghijklmno
brctl delbr abcdefghijklmnopqrstuvwxyz
brctl addbr 'a b'
brctl addbr ''
brctl delbr br0
brctl show
