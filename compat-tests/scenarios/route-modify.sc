# ip route add/append/prepend/replace/change/test/del: types, flags, kernel refusals, bad input
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
ip route add 10.1.0.0/16 via 10.0.0.2
ip route prepend 10.22.0.0/16 dev v0
ip route change 10.99.0.0/16 dev v0
ip route test 10.23.0.0/16 dev v0
ip route add local 10.30.0.1 dev v0
ip route add broadcast 10.30.0.255 dev v0
ip route add nat 10.31.0.0 via 10.0.0.2
ip route add anycast 10.32.0.0/24 dev v0
ip route add multicast 224.1.0.0/16 dev v0
ip route add unreachable 10.40.0.0/16
ip route add prohibit 10.41.0.0/16
ip route add throw 10.42.0.0/16 table 7
ip route add 10.44.0.0/16 via 10.0.0.2 via 10.0.0.3
ip route add 10.45.0.0/16 via 10.99.0.2
ip route add 10.46.0.0/16 dev nosuch
ip route add 10.47.0.0/33 dev v0
ip route add bogus dev v0
ip route add dev v0
ip route add 10.48.0.0/16 10.49.0.0/16 dev v0
ip route add 10.50.0.0/16 dev v0 table bad
ip route add 10.50.0.0/16 dev v0 scope bad
ip route add 10.50.0.0/16 dev v0 proto bad
ip route add 10.50.0.0/16 dev v0 tos bad
ip route add 10.50.0.0/16 dev v0 pref bad
ip route add 10.50.0.0/16 dev v0 realms bad
ip route add 10.50.0.0/16 dev v0 ttl-propagate maybe
ip route add 10.50.0.0/16 dev v0 vrf nosuch
ip route add 10.52.0.0/16 dev v0 tos 0x10 scope link
ip -6 route add 2001:db8:5::/64 via 2001:db8::2 pref low
ip route add 2001:db8:8::/64 via 10.0.0.2
ip route add 10.53.0.0/16 via inet6 2001:db8::2 dev v0
ip route add 10.54.0.0/16 via inet6 fe80::2 dev v0
ip route add 10.55.0.0/16 dev v0 from 10.0.0.0/8
ip route add 2001:db8:9::/64 dev v0 from 2001:db8::/48
ip route del 10.1.0.0/16
ip route del 10.1.0.0/16
ip route delete 10.22.0.0/16 dev v0
ip route del 10.2.0.0/16 table all
ip route add 10.60.0.0/16 dev v0 ttl-propagate enabled
ip route add to unicast 10.61.0.0/16 dev v0
ip route add blackhole default table 60
ip route add default dev v0 table 61
ip -4 route add default dev v0 table 62
ip route add 10.62.0.0/16 nhid 5
ip route add 10.63.0.0/16 as 10.0.0.5 dev v0
ip route a 10.64.0.0/16 dev v0
ip route add help
ip route add 10.65.0.0/16 dev v0 help
ip route add 10.66.0.0/16 dev v0 pref 3
ip route add 10.67.0.0/255.255.0.0 dev v0
ip -d route show table all
ip -6 -d route show table all
ip route add 10.68.0.0/16 dev v0 encap mpls 100
ip route add 10.68.0.0/16 encap mpls 100/200 ttl 5 dev v0
ip route add 10.68.0.0/16 encap mpls 100 ttl 5 ttl 6 dev v0
ip route add 10.68.0.0/16 encap foo 1 dev v0
ip route add 10.68.0.0/16 encap help
ip route add 10.68.0.0/16 encap
ip route add 10.68.0.0/16 encap mpls 2000000 dev v0
ip route show vrf v0
ip route show vrf lo
ip route get 10.1.1.1 vrf v0
ip route get 10.1.1.1 vrf default
ip route add 10.9.0.0/16 dev v0 vrf v0
ip route add 10.9.0.0/16 dev v0 vrf default
ip route show vrf default
ip route flush vrf default
ip -6 route show vrf default
