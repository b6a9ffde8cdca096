# address families: -M (MPLS labels), -0/link addresses, mixed-family gateways (RTA_VIA), defaults, big table ids
! ip link set lo up
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v0 addrgenmode none
! ip link set v1 addrgenmode none
! ip link set v0 up
! ip link set v1 up
! ip addr add 10.0.0.1/24 dev v0
! ip -6 addr add 2001:db8::1/64 dev v0 nodad
ip -M route
ip -M route show table all
ip -0 route show table all
ip -B route
ip -f link route
ip -M route add 100 dev v0
ip -M route add 100 via inet 10.0.0.2 dev v0
ip -M route get 100
ip -M route show 100
ip -0 route add 10.0.0.0/8 dev v0
ip -0 route show 10.0.0.0/8
ip -6 route get 10.0.0.1
ip -4 route get 2001:db8::1
ip -6 route add 10.0.0.0/8 dev v0
ip -4 route add 2001:db8::/64 dev v0
ip route add 10.1.0.0/16 via 2001:db8::2 dev v0
ip route add 10.100.0.0/16 via inet6 2001:db8::2 dev v0 src 10.0.0.1
ip route add 2001:db8:a::/64 via inet 10.0.0.2 dev v0
ip route show table all proto boot
ip -6 route add 2001:db8:b::/64 via fe80::1 dev v0 src 2001:db8::1
ip -6 route show 2001:db8:b::/64
ip route add 10.101.0.0/16 dev v0 mark 5
ip route add 10.102.0.0/16 dev v0 metric 1 mtu 0
ip -6 route add ::/0 dev v0 metric 2000
ip -6 route add default via 2001:db8::99 dev v0
ip -6 route
ip -6 route show default
ip route add 0.0.0.0/0 dev v0 table 10
ip route show table 10
ip route add 0/0 dev v0 table 11
ip route show table 11
ip route add 10.103.0.0 dev v0
ip route add 10.104.0.0/16 dev v0 table 4294967295
ip route add 10.105.0.0/16 dev v0 table 256
ip route show table all 10.0.0.0/8
ip route show table 4294967295
ip -s route show table all
ip -s -s route
ip -M route add 100/200 via inet 10.0.0.2 dev v0
ip -M route add 2000000 dev v0
ip -M route add default dev v0
ip -M route add 100/21 dev v0
ip -0 route add 10.0.0.0/8 via 00:11:22:33:44:55 dev v0
ip route add 10.0.0.0/8 via link 00:11:22:33:44:55 dev v0
ip route add 10.0.0.0/8 via link zz dev v0
ip route add 10.0.0.0/8 via mpls 100 dev v0
ip route add 10.0.0.0/8 via bridge 1.2.3.4 dev v0
ip route show via link 00:11
