# bridge fdb: add/append/replace/del/get/flush/show with filters, vxlan remotes, every output mode.
! ip link add br0 address 02:00:00:00:00:10 type bridge
! ip link add br1 address 02:00:00:00:00:11 type bridge
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link add v2 address 02:00:00:00:00:03 type veth peer name v3 address 02:00:00:00:00:04
! ip link set v0 master br0
! ip link set v2 master br1
! ip link add vx0 address 02:00:00:00:00:20 type vxlan id 42 dstport 4789 local 10.0.0.1
bridge fdb
bridge fdb add 02:00:00:00:00:09 dev v0 master static vlan 5
bridge fdb add 02:00:00:00:00:09 dev v0 master static vlan 5
bridge fdb add 02:00:00:00:00:08 dev v0 master dynamic sticky
bridge fdb add 02:00:00:00:00:07 dev v0 master extern_learn
bridge fdb add 02:00:00:00:00:06 dev v2 master local
bridge fdb add 02:00:00:00:00:05 dev v0
bridge fdb add 02:00:00:00:00:04 dev v0 self static
bridge fdb append 02:00:00:00:00:03 dev v0
bridge fdb replace 02:00:00:00:00:09 dev v0 master vlan 5 temp
bridge fdb add 00:00:00:00:00:00 dst 10.0.0.2 dev vx0
bridge fdb append 00:00:00:00:00:00 dst 10.0.0.3 dev vx0 port 4790 vni 7 src_vni 9 via v1
bridge fdb add 02:00:00:00:00:0a dst fe80::1 dev vx0
bridge fdb add 02:00:00:00:00:0b dst 10.0.0.4 dev vx0 port 0x12b5 vni 0x10
bridge fdb
bridge -j fdb
bridge -j -p fdb
bridge -o fdb
bridge -d fdb
% bridge -s fdb
% bridge -s -j fdb
bridge fdb show dev vx0
bridge fdb show brport v0
bridge fdb show br br0
bridge fdb show br br1
bridge fdb show br br0 brport v0 vlan 5
bridge fdb show state static
bridge fdb show state permanent state static
bridge fdb show state stale
bridge fdb show state reachable
bridge fdb show state 0x80
bridge fdb show state x
bridge fdb show dynamic
bridge fdb show vlan 5
bridge fdb show vlan 1 vlan 2
bridge fdb show br nosuch
bridge fdb show dev nosuch
bridge fdb show foo
bridge fdb show help
bridge fdb get 02:00:00:00:00:09 dev v0 vlan 5 master
bridge fdb get 02:00:00:00:00:09 br br0 vlan 5
bridge -j fdb get 02:00:00:00:00:09 br br0 vlan 5
bridge fdb get to 02:00:00:00:00:09 brport v0 vlan 5 master dynamic
bridge fdb get 02:00:00:00:00:99 dev v0 master
bridge fdb get 02:00:00:00:00:09
bridge fdb get zz dev v0
bridge fdb get 02:00:00:00:00:09 dev nosuch
bridge fdb get 02:00:00:00:00:09 br nosuch
bridge fdb get 02:00:00:00:00:09 dev v0 vlan 1 vlan 2
bridge fdb get 00:00:00:00:00:00 dev vx0 vni 42 self
bridge fdb add 02:00:00:00:00:0c dev nosuch
bridge fdb add zz dev v0
bridge fdb add 02:00:00:00:00:0c
bridge fdb add dev v0
bridge fdb add 02:00:00:00:00:0c 02:00:00:00:00:0d dev v0
bridge fdb add 02:00:00:00:00:0c dev v0 vlan 3 vlan 4
bridge fdb add 02:00:00:00:00:0c dev v0 h
bridge fdb add 02:00:00:00:00:0c dst 10.0.0.2 dst 10.0.0.3 dev vx0
bridge fdb add 02:00:00:00:00:0c nhid 5 dst 10.0.0.2 dev vx0
bridge fdb add 02:00:00:00:00:0c nhid x dev vx0
bridge fdb add 02:00:00:00:00:0c nhid 5 dev vx0
bridge fdb add 02:00:00:00:00:0c dst 10.0.0.2 port nosvc dev vx0
bridge fdb add 02:00:00:00:00:0c dst 10.0.0.2 port 70000 dev vx0
bridge fdb add 02:00:00:00:00:0c dst 10.0.0.2 vni 16777216 dev vx0
bridge fdb add 02:00:00:00:00:0c dst 10.0.0.2 vni -1 dev vx0
bridge fdb add 02:00:00:00:00:0c dst 10.0.0.2 src_vni x dev vx0
bridge fdb add 02:00:00:00:00:0c dst bogus dev vx0
bridge -4 fdb add 02:00:00:00:00:0c dst fe80::1 dev vx0
bridge fdb add 02:00:00:00:00:0c via nosuch dev vx0
bridge fdb add 02:00:00:00:00:0c dev v0 router use master
bridge fdb add 02:00:00:00:00:0d dev br0 self
bridge fdb del 02:00:00:00:00:09 dev v0 master vlan 5
bridge fdb del 02:00:00:00:00:09 dev v0 master vlan 5
bridge fdb d 02:00:00:00:00:0a dst fe80::1 dev vx0
bridge fdb
bridge fdb flush dev br0 master static
bridge fdb flush dev br0 vlan 5000
bridge fdb flush dev br0 brport nosuch
bridge fdb flush dev nosuch
bridge fdb flush
bridge fdb flush dev br0 brport v0 brport v0
bridge fdb flush dev br0 vlan 1 vlan 2
bridge fdb flush dev br0 help
bridge fdb flush dev br0 brport v0 master dynamic
bridge fdb fl dev vx0 self
bridge fdb
bridge fdb flush dev br1 master nopermanent
bridge fdb flush dev br0 master permanent
bridge fdb
bridge fdb add 02:00:00:00:00:0e dev abcdefghijklmnopqrstuvwxyz
bridge fdb show br 'a b'
bridge fdb add '' dev v0
bridge fdb add : dev v0
bridge fdb add 1:2:3:4:5:6 dev v0 master
bridge fdb add ' 1: 2:3:4:5:7' dev v0 master
bridge fdb add -1:2:3:4:5:6 dev v0 master
bridge fdb add 0x1:0x2:3:4:5:8:99 dev v0 master
bridge fdb show state 0x
bridge fdb show vlan x
bridge fdb show vlan -1
bridge fdb get 02:00:00:00:00:01 dev v0 vlan x master
bridge fdb flush dev br0 vlan -1
bridge fdb flush dev br0 vlan 70000
bridge fdb show dev v0
