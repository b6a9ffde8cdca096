# routes using nexthop objects (nhid): plain, -d nh_info for single, group and blackhole nexthops, JSON
! ip link set lo up
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v0 addrgenmode none
! ip link set v1 addrgenmode none
! ip link set v0 up
! ip link set v1 up
! ip addr add 10.0.0.1/24 dev v0
! ip -6 addr add 2001:db8::1/64 dev v0 nodad
! ip nexthop add id 5 via 10.0.0.2 dev v0
! ip nexthop add id 6 via 10.0.0.3 dev v0
! ip nexthop add id 8 blackhole
! ip nexthop add id 7 group 5,3/6
! ip -6 nexthop add id 9 via 2001:db8::2 dev v0
! ip nexthop add id 10 group 5/6 type resilient buckets 8 idle_timer 10 unbalanced_timer 25
ip route add 10.90.0.0/16 nhid 5
ip route add 10.91.0.0/16 nhid 7
ip route add 10.92.0.0/16 nhid 8
ip route add 10.95.0.0/16 nhid 10
ip route add 10.93.0.0/16 nhid 99
ip route add 10.94.0.0/16 nhid x
ip -6 route add 2001:db8:9::/64 nhid 9
ip route show
ip -d route show
ip -o -d route show
ip -j -d route show
ip -j -p -d route show
ip -6 -d route show
ip -d route get 10.91.1.1
ip -d route get fibmatch 10.90.1.1
ip route del 10.90.0.0/16 nhid 5
ip route show
