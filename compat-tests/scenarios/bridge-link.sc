# bridge link show in every output mode and link set with every port flag.
! ip link add br0 address 02:00:00:00:00:10 type bridge
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link add v2 address 02:00:00:00:00:03 type veth peer name v3 address 02:00:00:00:00:04
! ip link set v0 master br0
! ip link set v2 master br0
! ip link set v0 up
! ip link set br0 up
bridge link
bridge link show
bridge link lst
bridge link list dev v0
bridge link show dev v2
bridge link show dev nosuch
bridge link show dev v0 dev v2
bridge link show dev
bridge link show foo
bridge -d link
bridge -d -o link
bridge -o link
bridge -j link
bridge -j -p link
bridge -d -j link
bridge -d -j -p link
bridge -s link
bridge -c link
bridge -c=never link
bridge link set
bridge link set dev
bridge link set dev nosuch cost 3
bridge link set dev v0 cost 7 priority 9 state 3
bridge -d link show dev v0
bridge link set dev v0 state blocking
bridge link show dev v0
bridge link set dev v0 state 200
bridge link set dev v0 state foo
bridge link set dev v0 state
bridge link set dev v0 hairpin on guard on fastleave on root_block on learning off learning_sync off flood off mcast_router 2 mcast_flood off bcast_flood off mcast_to_unicast on neigh_suppress on vlan_tunnel on isolated on locked on
bridge -d link show dev v0
bridge -d -j link show dev v0
bridge link set dev v0 hairpin x
bridge link set dev v0 guard o
bridge link set dev v0 learning
bridge link set dev v0 bogus
bridge link set dev v0 cost -1
bridge link set dev v0 priority 70000
bridge link set dev v0 mcast_router 300
bridge link set dev v0 backup_port v2
bridge -d link show dev v0
bridge -d -j link show dev v0
bridge link set dev v0 backup_port nosuch
bridge link set dev v0 nobackup_port
bridge link set dev v0 hwmode vepa
bridge link set dev v0 hwmode x
bridge link set dev v0 self
bridge link set dev v0 master hairpin off
bridge link set dev br0 hairpin on
bridge link set dev v1 hairpin on
bridge link change dev v0 flood on
bridge l s dev v0 cost 11
bridge link c dev v0 cost 12
bridge -d link
bridge link show dev abcdefghijklmnopqrstuvwxyz
bridge link show dev if4
bridge link show dev if99
bridge link set dev '' cost 3
bridge link set dev v0 priority x
bridge link set dev v0 cost 1x
bridge link set dev v0 state 1x
bridge link set dev v0 state ''
bridge -d link
