# FDB management in EVPN/VXLAN scripts: IPv6 underlay, vni, via, flush
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
! sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add br0 address 02:00:00:00:00:01 type bridge
ip link add vx0 address 02:00:00:00:00:02 type vxlan id 10 dstport 4789 local 2001:db8::1 external
ip link add vx1 address 02:00:00:00:00:03 type vxlan id 11 dstport 4789
ip link add v0 address 02:00:00:00:00:04 type veth peer name v1 address 02:00:00:00:00:05
ip link set vx1 master br0
ip link set v0 master br0
bridge fdb add 02:00:00:00:aa:01 dev vx1 dst 2001:db8::2 self
bridge fdb add 02:00:00:00:aa:02 dev vx1 dst 10.0.0.2 vni 100 port 4790 self
bridge fdb add 02:00:00:00:aa:03 dev vx1 dst 10.0.0.3 via v0 self
bridge fdb add 02:00:00:00:aa:04 dev vx0 dst 10.0.0.4 src_vni 20 vni 30 self
bridge fdb add 02:00:00:00:aa:05 dev vx1 dst 10.0.0.5 nhid 5 self
bridge fdb add 02:00:00:00:aa:06 dev v0 master static vlan 5
bridge fdb add 02:00:00:00:aa:07 dev v0 master sticky
bridge fdb add 02:00:00:00:aa:08 dev v0 master extern_learn
bridge fdb add 02:00:00:00:aa:09 dev v0 master dynamic
bridge fdb add 02:00:00:00:aa:0a dev v0 local
bridge fdb add 02:00:00:00:aa:0b dev v0 router
bridge fdb add 02:00:00:00:aa:0c dev v0 use
bridge fdb add 02:00:00:00:aa:0d dev v0 master norefresh
bridge fdb replace 02:00:00:00:aa:06 dev v0 master permanent
bridge fdb replace 02:00:00:00:aa:01 dev vx1 dst 2001:db8::9 self
bridge fdb append 02:00:00:00:aa:01 dev vx1 dst 2001:db8::10 self
bridge fdb show dev vx1
bridge fdb show dev vx0
bridge -d fdb show br br0
bridge -j -p fdb show dev vx1
bridge fdb get 02:00:00:00:aa:06 br br0
bridge fdb get 02:00:00:00:aa:01 dev vx1 self
bridge fdb flush dev v0 static
bridge fdb flush dev vx1 self
bridge fdb flush br br0 dynamic
bridge fdb flush dev v0 master nosticky
bridge fdb flush
bridge fdb show br br0
bridge fdb del 02:00:00:00:aa:07 dev v0 master
bridge fdb del 02:00:00:00:aa:01 dev vx1 dst 2001:db8::10 self
bridge fdb show dev vx1
