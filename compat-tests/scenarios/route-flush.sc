# ip route flush: selectors, -s reports and rounds, cache, errors
! ip link set lo up
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v0 addrgenmode none
! ip link set v1 addrgenmode none
! ip link set v0 up
! ip link set v1 up
! ip addr add 10.0.0.1/24 dev v0
! ip -6 addr add 2001:db8::1/64 dev v0 nodad
! ip route add 10.1.0.0/16 via 10.0.0.2
! ip route add 10.2.0.0/16 nexthop via 10.0.0.2 dev v0 weight 2 nexthop via 10.0.0.3 dev v0
! ip route add blackhole 10.3.0.0/16
! ip route add unreachable 10.5.0.0/16 metric 5
! ip route add throw 10.7.0.0/16 proto static
! ip route add 10.4.0.0/16 dev v0 table 100
! ip route add 10.14.0.0/16 dev v0 table 100 proto static
! ip -6 route add 2001:db8:2::/64 dev v0 table 300
! ip -6 route add 2001:db8:1::/64 via 2001:db8::2 dev v0
ip route flush
ip route flush table 101
ip route flush table bad
ip route flush dev nosuch
ip -s route flush proto static table 100
ip -s route flush table 100
ip -s route flush table 100
ip -s -s route flush 10.2.0.0/16
ip route flush cache
ip -s route flush cache
ip -6 route flush cache
ip -s -6 route flush cache
ip -4 -s route flush cache
ip -s route flush table main proto boot
ip -s route flush table main proto boot
ip -s -6 route flush table 300
ip -j -s route flush type blackhole
ip -s route flush table all type unreachable
ip route show table all
ip -6 route show table all
ip -s -6 route flush dev v0
ip -6 route show table all
ip route f help
