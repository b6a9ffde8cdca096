# ip route show selectors: to/from root/match/exact, dev, via, src, type, proto, scope, metric, realms, tos, and bad values
# DAD off: link-local addresses and their routes appear at once, not a second later.
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
! ip link set lo up
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v0 addrgenmode none
! ip link set v0 up
! ip link set v1 addrgenmode none
! ip link set v1 up
! ip addr add 10.0.0.1/24 dev v0
! ip -6 addr add 2001:db8::1/64 dev v0 nodad
! ip route add default via 10.0.0.254
! ip route add 10.1.0.0/16 via 10.0.0.2 proto static metric 10
! ip route add blackhole 10.3.0.0/16
! ip route add unreachable 10.5.0.0/16 metric 5
! ip route add prohibit 10.6.0.0/16 table 200
! ip route add throw 10.7.0.0/16 proto static
! ip route add 10.4.0.0/16 dev v0 table 100 realms 3/4 tos 0x10
! ip route add 10.8.0.0/24 dev v0 src 10.0.0.1 scope host proto 99
! ip route add 192.168.0.0/16 via inet6 fe80::1 dev v0
! ip route add local 10.30.0.1 dev v0
! ip route add broadcast 10.30.0.255 dev v0
! ip route add anycast 10.32.0.0/24 dev v0
! ip route add multicast 224.1.0.0/16 dev v0
! ip route add nat 10.31.0.0 via 10.0.0.2
! ip route add 10.9.0.0/16 dev v0 table 1000 onlink
! ip -6 route add 2001:db8:1::/64 via 2001:db8::2 dev v0 pref high metric 100
! ip -6 route add 2001:db8:2::/64 dev v0 table 300 pref low
ip route show 10.1.0.0/16
ip route show root 10.0.0.0/8
ip route show match 10.1.2.3
ip route show exact 10.1.0.0/16
ip route show exact 10.1.0.0
ip route show to match 10.2.0.0/24
ip route show to root 10.0.0.0/8
ip route show to exact 10.4.0.0/16 table all
ip route show default
ip route show any
ip route show all
ip route show 0/0
ip route show 10/8
ip route show root 10/8 table all
ip route show dev v0
ip route show oif v0
ip route show dev v0 table all
ip route show dev nosuch
ip route show iif v0
ip route show iif nosuch
ip route show via 10.0.0.2
ip route show via 10.0.0.0/24
ip route show via inet6 fe80::1
ip route show via inet 10.0.0.2
ip route show src 10.0.0.1
ip route show src 10.0.0.0/24
ip route show table all type local
ip route show table all type broadcast
ip route show table all type anycast
ip route show table all type multicast
ip route show type blackhole
ip route show type unreachable
ip route show type u
ip route show type 7
ip route show proto static
ip route show proto all
ip route show proto kernel
ip route show proto 99
ip route show protocol openr
ip route show scope link
ip route show scope host
ip route show scope global
ip route show scope all
ip route show scope 253
ip route show metric 5
ip route show priority 10
ip route show preference 0
ip route show table 100 realms 3/4
ip route show table 100 realms 4
ip route show table 100 realm 3/
ip route show table 100 realms /4
ip route show table 100 tos 0x10
ip route show table 100 tos 10
ip route show table 100 dsfield 0x10
ip route show table all tos 0x10
ip route show table cache
ip route show cached
ip route show cloned
ip route show table 0
ip route show table unspec
ip route show mark 5
ip route show from 10.0.0.0/8
ip route show from root 10.0.0.0/8
ip route show from match 10.0.0.0/8
ip route show from exact 10.0.0.0/8
ip -6 route show 2001:db8::/32
ip -6 route show root 2001:db8::/32
ip -6 route show match 2001:db8:1::5
ip -6 route show via 2001:db8::2
ip -6 route show table all type local
ip -4 route show default
ip route show table bad
ip route show table help
ip route show table
ip route show proto bad
ip route show scope bad
ip route show type bad
ip route show metric x
ip route show metric -1
ip route show mark x
ip route show realms bad
ip route show tos zz
ip route show tos 0x100
ip route show via
ip route show via 10.0.0.300
ip route show src bad
ip route show from bad
ip route show 300.1.1.1
ip route show 10.0.0.0/33
ip route show default/8
ip route show to
ip route show vrf foo
ip route show vrf default
ip -6 route show 10.0.0.0/8
ip -4 route show 2001:db8::/32
ip route show root
ip route show match
ip route show exact
ip route show from
ip route show from root
ip route show help
ip route show exact help
ip route foo
ip route help
ip route
