# ip route get: lookups, from/iif/oif/mark/uid/tos/ipproto/sport/dport, fibmatch, connected, bad input
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
! ip route add unreachable 10.5.0.0/16
! ip route add prohibit 10.6.0.0/16
! ip route add default via 10.0.0.254
! ip -6 route add 2001:db8:1::/64 via 2001:db8::2 dev v0 pref high metric 100
ip route get 10.1.2.3
ip route get 10.0.0.2
ip route get 10.0.0.1
ip route get 127.0.0.1
ip route get to 10.2.0.5
ip route get 10.1.2.3 from 10.0.0.1
ip route get 10.1.2.3 oif v0
ip route get 10.1.2.3 dev v0
ip route get 10.1.2.3 mark 5
ip route get 10.1.2.3 uid 1000
ip route get fibmatch 10.1.2.3
ip route get 10.1.2.3 fibmatch
ip route get 10.1.2.3 connected
ip route get 10.1.2.3 from 10.0.0.1 connected
ip -j route get 10.1.2.3 connected
ip route get 10.1.2.3/24
ip route get 2001:db8:1::5
ip route get 2001:db8:1::/64
ip -6 route get 2001:db8::1
ip route get 10.3.0.1
ip route get 10.5.0.1
ip route get 10.1.2.3 tos 0x10
ip route get 10.1.2.3 ipproto tcp sport 80 dport 443
ip route get 10.1.2.3 ipproto udp
ip route get 10.1.2.3 ipproto 17
ip route get 10.1.2.3 ipproto bad
ip route get 10.1.2.3 sport x
ip route get 10.1.2.3 dport 70000
ip route get 10.1.2.3 mark x
ip route get 10.1.2.3 uid x
ip route get 10.1.2.3 vrf nosuch
ip route get 10.1.2.3 oif nosuch
ip route get 10.1.2.3 iif nosuch
ip route get
ip route get from 10.0.0.1
ip route get 10.1.2.3 tos x
ip route get bad
ip route get help
ip route get 10.1.2.3 from help
ip -j route get 10.1.2.3
ip -j -p route get 2001:db8:1::5
ip -d route get 10.1.2.3
ip -s route get 10.1.2.3
ip route get 10.1.2.3 notify
ip route get 10.1.2.3 as 10.0.0.7
ip route get 10.1.2.3 from 10.0.0.1 iif v0
ip route get 10.99.0.1 iif lo from 10.0.0.9
ip route get 10.1.2.3 from 1.2.3.4
ip -o route get 10.2.0.1
ip route get 224.1.1.1
ip route get 10.0.0.255
