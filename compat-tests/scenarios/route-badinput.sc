# incomplete commands, abbreviations of verbs and keywords, unknown verbs
# DAD off: link-local addresses and their routes appear at once, not a second later.
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0

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
