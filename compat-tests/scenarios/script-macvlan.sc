# CNI macvlan / ipvlan / host-device flows
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
ip link add eth0 address 02:00:00:00:00:01 type veth peer name eth0p address 02:00:00:00:00:02
ip link set eth0 up
ip netns add pod1
ip link add link eth0 name mv-tmp address 02:00:00:00:00:10 type macvlan mode bridge
ip link set mv-tmp netns pod1
ip -n pod1 link set mv-tmp name eth0
ip -n pod1 addr add 10.1.0.10/24 dev eth0
ip -n pod1 link set eth0 up
ip -n pod1 route add default via 10.1.0.1
ip -n pod1 -d link show eth0
ip link add link eth0 name mv1 address 02:00:00:00:00:11 type macvlan mode vepa
ip link add link eth0 name mv2 address 02:00:00:00:00:12 type macvlan mode private
ip link add link eth0 name mv3 address 02:00:00:00:00:13 type macvlan mode passthru
ip link add link eth0 name mv3 address 02:00:00:00:00:13 type macvlan mode passthru nopromisc
ip link add link eth0 name mv4 address 02:00:00:00:00:14 type macvlan mode source
ip link add link eth0 name mv5 type macvlan mode nosuch
ip link add link eth0 name mv5 address 02:00:00:00:00:15 type macvlan bcqueuelen 50
ip link add link eth0 name mv6 address 02:00:00:00:00:16 type macvlan bclim 10
ip link add name mv7 type macvlan
ip link add link nosuch name mv7 type macvlan
ip link set mv4 type macvlan macaddr add 02:00:00:00:aa:01
ip link set mv4 type macvlan macaddr add 02:00:00:00:aa:02
ip link set mv4 type macvlan macaddr del 02:00:00:00:aa:01
ip link set mv4 type macvlan macaddr set 02:00:00:00:aa:03 02:00:00:00:aa:04
ip link set mv4 type macvlan macaddr flush
ip link set mv4 type macvlan macaddr bogus
ip link set mv1 type macvlan mode bridge
ip -d link show mv1
ip -d link show mv4
ip link add link eth0 name mvtap0 address 02:00:00:00:00:20 type macvtap mode bridge
ip link add link eth0 name mvtap1 address 02:00:00:00:00:21 type macvtap mode passthru
ip -d link show mvtap0
ip -o link show type macvtap
ip -br link show type macvlan
ip -j -d link show mv2
ip link add ifb0 address 02:00:00:00:00:30 type ifb
ip link set ifb0 up
ip -d link show ifb0
ip link add ifb0 type ifb
ip link del mvtap0
ip link del eth0
ip -br link
ip -n pod1 link del eth0
