# multipath routes: nexthop groups with weights, flags, realms, via other family; printing and errors
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
! ip link add v2 address 02:00:00:00:00:03 type veth peer name v3 address 02:00:00:00:00:04
! ip link set v2 addrgenmode none
! ip link set v2 up
! ip addr add 10.9.0.1/24 dev v2
ip route add 10.2.0.0/16 nexthop via 10.0.0.2 dev v0 weight 2 nexthop via 10.9.0.3 dev v2
ip route add 10.43.0.0/16 nexthop via 10.0.0.2 dev v0 weight 5 nexthop via 10.0.0.3 dev v0 onlink nexthop via 10.9.0.4
ip route add 10.44.0.0/16 nexthop via 10.0.0.2 weight 256 nexthop dev v2 realms 3
ip route add 10.45.0.0/16 nexthop via inet6 fe80::1 dev v0 nexthop via 10.0.0.5
ip route add 10.46.0.0/16 table 50 metric 3 proto static nexthop via 10.0.0.2 nexthop via 10.9.0.2
ip route append 10.46.0.0/16 table 50 metric 3 proto static nexthop via 10.0.0.7
ip route add 10.47.0.0/16 nexthop via 10.0.0.2 weight 0
ip route add 10.47.0.0/16 nexthop via 10.0.0.2 weight 257
ip route add 10.47.0.0/16 nexthop via 10.0.0.2 weight x
ip route add 10.47.0.0/16 nexthop dev nosuch
ip route add 10.47.0.0/16 nexthop
ip route add 10.47.0.0/16 nexthop via 10.0.0.2 foo
ip route add 10.47.0.0/16 nexthop via 10.0.0.2 nexthop
ip route add 10.47.0.0/16 via 10.0.0.2 via 10.0.0.3
ip route add 10.47.0.0/16 nexthop via 10.77.0.2
ip route add 10.47.0.0/16 nexthop via bad
ip route add 10.47.0.0/16 nexthop via inet6 10.0.0.1
ip -6 route add 2001:db8:3::/64 nexthop via 2001:db8::2 dev v0 nexthop via 2001:db8::3 dev v0 weight 3
ip -6 route append 2001:db8:3::/64 nexthop via 2001:db8::4 dev v0
ip route
ip -d route
ip -o route
ip -j route
ip -j -p route show table all
ip route show table 50
ip -6 route
ip -6 -j -p route
ip -6 -o route
ip route show via 10.0.0.2
ip route show dev v2
ip route get 10.2.1.1
ip route get fibmatch 10.43.1.1
ip route del 10.2.0.0/16
ip route del 10.46.0.0/16 table 50 nexthop via 10.0.0.7
ip route show table 50
! ip link set v2 down
ip route
ip -d -j route
