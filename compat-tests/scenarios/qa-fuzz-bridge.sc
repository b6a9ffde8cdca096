# QA: generated mix of bridge fdb/link changes and brctl settings (seeded generator, kept as a regression list)
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
! ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
! ip link add br0 address 02:00:00:00:00:10 type bridge
! ip link set veth1 master br0
! ip link set veth0 up
! ip link set veth1 up
! ip link set br0 up
! ip addr add 10.0.0.1/24 dev veth0
! ip addr add 2001:db8::1/64 dev veth0 nodad
! ip link add vx0 address 02:00:00:00:00:30 type vxlan id 42 dstport 4789 local 10.0.0.1 dev veth0
! ip link set vx0 master br0
! ip link set vx0 up
brctl stp br0 on
bridge fdb del 02:00:00:00:08:00 dev vx0 vlan 1 vni 100 permanent
bridge fdb add 02:00:00:00:08:02 dev veth1 permanent
bridge fdb append 02:00:00:00:08:05 dev vx0 via veth0 dynamic port 4790
bridge fdb append 02:00:00:00:08:04 dev vx0 sticky vni 100 dst 10.0.0.8
bridge fdb add 02:00:00:00:08:01 dev veth1 sticky
bridge fdb del 02:00:00:00:08:03 dev br0 dynamic
bridge fdb del 02:00:00:00:08:00 dev br0 self extern_learn
brctl setfd br0 22
brctl stp br0 on
brctl setpathcost br0 veth1 22158
bridge fdb add 02:00:00:00:08:04 dev veth1
bridge fdb replace 02:00:00:00:08:05 dev br0
bridge fdb del 02:00:00:00:08:03 dev vx0
brctl addif br0 veth0
bridge fdb show | grep -E "permanent|static"
bridge -d link show
% brctl show
brctl stp br0 on
brctl setfd br0 36
brctl setportprio br0 veth1 184
brctl hairpin br0 veth1 off
bridge link set dev veth0 mcast_flood off guard on
bridge fdb del 02:00:00:00:08:04 dev veth1
bridge fdb del 02:00:00:00:08:05 dev vx0 src_vni 7 local vni 100
bridge link set dev veth0 root_block on guard on locked on
bridge link set dev veth0 isolated on state 0
brctl stp br0 off
bridge link set dev vx0 hairpin on state 3 mcast_flood off
bridge link set dev veth0 bcast_flood off vlan_tunnel on hairpin on
brctl addif br0 veth0
bridge fdb replace 02:00:00:00:08:02 dev veth1 use via veth0 sticky
bridge fdb add 02:00:00:00:08:03 dev vx0 src_vni 7
bridge fdb show | grep -E "permanent|static"
bridge -d link show
% brctl show
brctl stp br0 off
bridge link set dev veth1 state 3
bridge fdb append 02:00:00:00:08:05 dev br0 static dst 10.0.0.8 src_vni 7
bridge fdb del 02:00:00:00:08:00 dev br0
bridge link set dev vx0 guard on
bridge link set dev veth1 fastleave on guard on cost 5
bridge link set dev vx0 bcast_flood off guard on fastleave on
brctl addif br0 veth0
bridge fdb add 02:00:00:00:08:04 dev vx0 vni 100 use vlan 1
bridge link set dev vx0 guard on
brctl stp br0 off
bridge fdb replace 02:00:00:00:08:02 dev vx0
bridge fdb replace 02:00:00:00:08:01 dev vx0 master local dst 10.0.0.8
bridge fdb append 02:00:00:00:08:03 dev vx0
bridge fdb del 02:00:00:00:08:01 dev veth1 local
bridge fdb show | grep -E "permanent|static"
bridge -d link show
% brctl show
brctl setfd br0 28
brctl setgcint br0 4
bridge fdb replace 02:00:00:00:08:04 dev vx0 permanent via veth0
bridge fdb del 02:00:00:00:08:02 dev veth1 local vni 100 use
bridge fdb del 02:00:00:00:08:02 dev br0 sticky dst 10.0.0.8
bridge link set dev vx0 hairpin on root_block on state 3
bridge link set dev vx0 vlan_tunnel on state 0 self
bridge link set dev veth0 fastleave on hwmode vepa
bridge link set dev veth1 state 3
bridge fdb del 02:00:00:00:08:04 dev vx0
brctl setageing br0 282
bridge fdb append 02:00:00:00:08:04 dev br0 local vni 100 master
bridge link set dev veth1 fastleave on vlan_tunnel on
bridge fdb replace 02:00:00:00:08:01 dev veth1 local
bridge fdb add 02:00:00:00:08:05 dev veth1 src_vni 7 via veth0 port 4790
bridge fdb show | grep -E "permanent|static"
bridge -d link show
% brctl show
brctl setgcint br0 4
bridge link set dev veth1 self hwmode vepa isolated on
bridge fdb del 02:00:00:00:08:00 dev br0
bridge link set dev vx0 guard on cost 5 hairpin on
brctl addif br0 veth0
brctl setmaxage br0 38
brctl sethello br0 8
bridge fdb add 02:00:00:00:08:00 dev veth1
bridge link set dev vx0 vlan_tunnel on self flood off
brctl hairpin br0 veth1 off
bridge link set dev veth0 root_block on
bridge fdb add 02:00:00:00:08:05 dev veth1 extern_learn dst 10.0.0.8 sticky
brctl delif br0 veth0
bridge link set dev veth0 cost 5
bridge fdb del 02:00:00:00:08:00 dev veth1 port 4790 static self
bridge fdb show | grep -E "permanent|static"
bridge -d link show
% brctl show
bridge fdb append 02:00:00:00:08:03 dev veth1 permanent dynamic
bridge link set dev veth0 state 0
bridge link set dev vx0 flood off locked on
bridge fdb del 02:00:00:00:08:00 dev veth1 use via veth0 port 4790
bridge link set dev veth0 hwmode vepa
brctl setfd br0 23
brctl addif br0 veth0
bridge fdb del 02:00:00:00:08:04 dev veth1
brctl setpathcost br0 veth1 49005
brctl addbr br3
bridge fdb append 02:00:00:00:08:00 dev vx0 static dst 10.0.0.8
bridge fdb append 02:00:00:00:08:02 dev veth1 self
bridge fdb replace 02:00:00:00:08:01 dev vx0 static dynamic
brctl delif br0 veth0
bridge fdb add 02:00:00:00:08:02 dev veth1 via veth0
bridge fdb show | grep -E "permanent|static"
bridge -d link show
% brctl show
brctl hairpin br0 veth1 off
bridge fdb append 02:00:00:00:08:03 dev veth1 dst 10.0.0.8
bridge fdb add 02:00:00:00:08:03 dev vx0
bridge fdb append 02:00:00:00:08:00 dev veth1 use port 4790 router
bridge link set dev veth1 guard on cost 5 vlan_tunnel on
brctl addbr br0
bridge link set dev veth1 state 0 priority 9
bridge fdb replace 02:00:00:00:08:00 dev br0 local self
brctl setmcsnoop br0 0
bridge fdb add 02:00:00:00:08:00 dev veth1 self local
brctl setageing br0 403
bridge fdb append 02:00:00:00:08:04 dev veth1 dynamic
bridge fdb append 02:00:00:00:08:03 dev veth1 permanent dst 10.0.0.9 vlan 1
brctl setgcint br0 4
bridge fdb append 02:00:00:00:08:04 dev vx0 vlan 1 local dynamic
bridge fdb show | grep -E "permanent|static"
bridge -d link show
% brctl show
bridge fdb append 02:00:00:00:08:01 dev veth1 via veth0 extern_learn vlan 1
bridge fdb add 02:00:00:00:08:05 dev br0
bridge fdb append 02:00:00:00:08:01 dev vx0 local
bridge link set dev vx0 root_block on mcast_flood off
bridge fdb replace 02:00:00:00:08:01 dev br0
bridge link set dev veth0 learning off hwmode vepa
bridge link set dev vx0 guard on self
bridge fdb del 02:00:00:00:08:00 dev br0 permanent port 4790
bridge link set dev veth1 cost 5 mcast_router 2 self
bridge link set dev vx0 hairpin on isolated on
brctl stp br0 off
brctl setageing br0 411
bridge link set dev veth1 mcast_to_unicast on learning off
brctl addif br0 veth0
brctl setportprio br0 veth1 142
bridge fdb show | grep -E "permanent|static"
bridge -d link show
% brctl show
