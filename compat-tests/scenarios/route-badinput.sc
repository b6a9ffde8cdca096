# incomplete commands, abbreviations of verbs and keywords, unknown verbs
! ip link set lo up
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v0 addrgenmode none
! ip link set v1 addrgenmode none
! ip link set v0 up
! ip link set v1 up
! ip addr add 10.0.0.1/24 dev v0
! ip -6 addr add 2001:db8::1/64 dev v0 nodad
ip route add 10.0.0.0/8 dev
ip route add 10.0.0.0/8 via
ip route add 10.0.0.0/8 via inet
ip route add to
ip route add unicast
ip route add blackhole
ip route add ''
ip route add 10.0.0.0/8 dev v0 mtu lock
ip route add 10.0.0.0/8 dev v0 table
ip route add 10.0.0.0/8 dev v0 nexthop via
ip route add 10.0.0.0/8 nexthop dev
ip route add 10.0.0.0/8 nexthop weight
ip route add 10.0.0.0/8 nexthop realms
ip route add 10.0.0.0/8 nexthop as
ip route add 10.0.0.0/8 nexthop as to
ip route add 10.0.0.0/8 as
ip route add 10.0.0.0/8 as to
ip route add 10.0.0.0/8 src
ip route add 10.0.0.0/8 from
ip route get to
ip route get from
ip route get iif
ip route get 1.2.3.4 ipproto
ip route show to root
ip route show from exact
ip route flush to
ip route get 1.2.3.4 as to
ip route add 10.0.0.0/8 dev v0 rto_min
ip route add 10.0.0.0/8 dev v0 features ecn foo
ip route add 10.0.0.0/8 dev v0 congctl lock
ip route add 10.0.0.0/8 dev v0 pref
ip route add 10.0.0.0/8 dev v0 ttl-propagate
ip route add 10.0.0.0/8 dev v0 nhid
ip route add 10.0.0.0/8 dev v0 expires
ip route add 10.0.0.0/8 dev v0 proto
ip route add 10.0.0.0/8 dev v0 scope
ip route add 10.0.0.0/8 dev v0 vrf
ip route add 10.0.0.0/8 dev v0 realms
ip route add 10.0.0.0/8 dev v0 tos
ip route add 10.0.0.0/8 dev v0 metric
ip route ad 10.0.0.0/8 dev v0
ip route d 10.0.0.0/8
ip route c 10.0.0.0/8 dev v0
ip route r 10.0.0.0/8 dev v0
ip route p 10.0.0.0/8 dev v0
ip route t 10.0.0.0/8 dev v0
ip route l
ip route g 10.0.0.1
ip route f
ip route sa > /dev/null
ip route res < /dev/null
ip route showd < /dev/null
ip route h
ip route x
ip route ""
