# QA: ip nexthop objects: add/replace/del/get/list/flush with groups, and routes using them
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v0 up
! ip link set v1 up
! ip addr add 10.0.0.1/24 dev v0
! ip -6 addr add 2001:db8::1/64 dev v0 nodad
ip nexthop
ip nexthop add id 1 via 10.0.0.2 dev v0
ip nexthop add id 2 via 10.0.0.3 dev v0 proto static
ip nexthop add id 3 dev v0
ip nexthop add id 4 blackhole
ip nexthop add id 5 via 2001:db8::2 dev v0
ip nexthop add id 6 via inet6 2001:db8::3 dev v0
ip nexthop add id 7 via 10.9.9.9 dev v0 onlink
ip nexthop add id 10 group 1/2
ip nexthop add id 11 group 1,5/2,10 type mpath
ip nexthop add id 12 group 1/4
ip nexthop add id 1 via 10.0.0.2 dev v0
ip nexthop replace id 1 via 10.0.0.4 dev v0
ip nexthop add id 20 via 10.0.0.2 dev nosuch
ip nexthop add id 21 via 10.0.0.2
ip nexthop add id x via 10.0.0.2 dev v0
ip nexthop add id 22 via bad dev v0
ip nexthop add id 23 via 2001:db8::2 dev v0 via 10.0.0.2
ip nexthop add id 24 group 1,0/2
ip nexthop add id 25 group 1,300
ip nexthop add id 26 group x/y
ip nexthop add id 27 group 1/2 type bogus
ip nexthop add id 28 via 10.0.0.2 dev v0 proto bogus
ip nexthop add id 29 frob
ip nexthop add id 30 group 99
ip nexthop add id 31 dev v0 fdb
ip nexthop add id 32 via 10.0.0.2 fdb
ip nexthop add id 33 group 32 fdb
ip nexthop add
ip nexthop add id
ip nexthop
ip nexthop show
ip -j nexthop
ip -j -p nexthop list
ip -6 nexthop
ip -4 nexthop
ip nexthop show dev v0
ip nexthop show groups
ip nexthop show fdb
ip nexthop show id 10
ip nexthop show id 99
ip nexthop show protocol static
ip nexthop show protocol 4
ip nexthop show protocol bad
ip nexthop show dev nosuch
ip nexthop show master v1
ip nexthop show vrf v1
ip nexthop show frob
ip nexthop get id 11
ip nexthop get id 99
ip nexthop get
ip nexthop get id 1 x
ip -j nexthop get id 1
ip -d nexthop
ip -s nexthop
ip -o nexthop
ip -c=always nexthop
ip route add 10.50.0.0/16 nhid 10
ip route add 10.51.0.0/16 nhid 1
ip route
ip -j route show 10.50.0.0/16
ip route get 10.50.1.1
ip nexthop del id 1
ip nexthop del id 1
ip nexthop
ip route
ip nexthop flush protocol static
ip nexthop flush dev v0
ip nexthop
ip nexthop add id 40 via 10.0.0.2 dev v0
ip nexthop add id 41 group 40
ip nexthop flush
ip nexthop flush
ip nexthop help
ip nexthop frob
printf 'nexthop add id 50 via 10.0.0.2 dev v0\nnexthop add id 50 via 10.0.0.2 dev v0\nnexthop show\n' | ip -force -batch -
ip nexthop add id 60 group 1,x/2
ip nexthop add id 61 group /2
ip nexthop add id 62 group ''
