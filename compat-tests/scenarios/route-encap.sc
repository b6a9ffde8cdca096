# lightweight tunnel encapsulation: ip/ip6/seg6/seg6local/mpls printing, ip/ip6 encap parsing and errors
! ip link set lo up
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v0 addrgenmode none
! ip link set v1 addrgenmode none
! ip link set v0 up
! ip link set v1 up
! ip addr add 10.0.0.1/24 dev v0
! ip -6 addr add 2001:db8::1/64 dev v0 nodad
! ip -6 route add 2001:db8:77::/64 encap seg6local action End dev v0
! ip -6 route add 2001:db8:78::/64 encap seg6local action End.X nh6 2001:db8::2 dev v0
! ip -6 route add 2001:db8:79::/64 encap seg6local action End.T table 100 dev v0
! ip -6 route add 2001:db8:7a::/64 encap seg6local action End.DX4 nh4 10.0.0.2 dev v0
! ip -6 route add 2001:db8:b9::/64 encap seg6local action End flavors psp,usd dev v0
! ip -6 route add 2001:db8:ba::/64 encap seg6local action End flavors next-csid lblen 32 nflen 16 dev v0
! ip route add 10.72.0.0/16 encap seg6 mode encap segs 2001::1,2001::2 dev v0
! ip route add 10.73.0.0/16 encap seg6 mode inline segs 2001::1 hmac 5 dev v0
! ip nexthop add id 20 encap ip id 3 dst 9.9.9.9 dev v0
! ip route add 10.77.0.0/16 nhid 20
ip route add 10.70.0.0/16 encap ip id 5 dst 1.2.3.4 dev v0
ip route add 10.71.0.0/16 encap ip6 id 5 dst 2001::1 src 2001::2 hoplimit 7 tc 0x10 key csum dev v0
ip route add 10.74.0.0/16 encap ip id 7 src 10.0.0.1 dst 10.0.0.9 ttl 5 tos 0x10 seq dev v0
ip route add 10.75.0.0/16 nexthop encap ip id 9 dst 1.1.1.1 dev v0 nexthop dev v0
ip route add 10.76.0.0/16 encap ip id 5 id 6 dev v0
ip route add 10.76.0.0/16 encap ip key key dev v0
ip route add 10.76.0.0/16 encap ip ttl 300 dev v0
ip route add 10.76.0.0/16 encap ip dst 2001::1 dev v0
ip route add 10.76.0.0/16 encap ip6 dst 1.2.3.4 dev v0
ip route add 10.76.0.0/16 encap ip6 tc bad dev v0
ip route add 10.76.0.0/16 encap ip id bad dev v0
ip route add 10.76.0.0/16 encap ip id 1
ip route add 10.76.0.0/16 encap ip dev v0
ip route
ip -d route
ip -j -d route
ip route add 10.68.0.0/16 encap mpls 100/200 ttl 5 dev v0
ip route add 10.68.0.0/16 encap foo 1 dev v0
ip route add 10.82.0.0/16 encap seg6 mode encap segs 2001::1,2001::2 dev v0
ip route add 10.83.0.0/16 encap seg6 mode inline segs 2001::1 hmac 5 dev v0
ip -6 route add 2001:db8:70::/64 encap seg6 mode encap.red segs 2001::1,2001::3 dev v0
ip route add 10.74.0.0/16 encap seg6 mode foo segs 2001::1 dev v0
ip route add 10.74.0.0/16 encap seg6 segs 2001::1 mode encap dev v0
ip route add 10.74.0.0/16 encap seg6 mode encap segs 10.0.0.1 dev v0
ip route add 10.74.0.0/16 encap seg6 mode encap mode inline dev v0
ip -6 route add 2001:db8:97::/64 encap seg6local action End dev v0
ip -6 route add 2001:db8:98::/64 encap seg6local action End.X nh6 2001:db8::2 dev v0
ip -6 route add 2001:db8:99::/64 encap seg6local action End.T table 100 dev v0
ip -6 route add 2001:db8:9a::/64 encap seg6local action End.DX4 nh4 10.0.0.2 dev v0
ip -6 route add 2001:db8:9b::/64 encap seg6local action End.B6 srh segs 2001::1,2001::2 dev v0
ip -6 route add 2001:db8:9c::/64 encap seg6local action End.B6.Encaps srh segs 2001::1 hmac 7 dev v0
ip -6 route add 2001:db8:9d::/64 encap seg6local action End.DT6 table main dev v0
ip -6 route add 2001:db8:9e::/64 encap seg6local action End.DX2 oif v1 dev v0
ip -6 route add 2001:db8:9f::/64 encap seg6local action End.B6 srh segs 2001::1
ip -6 route add 2001:db8:a0::/64 encap seg6local action Foo dev v0
ip -6 route add 2001:db8:a0::/64 encap seg6local nh6 2001::1 dev v0
ip -6 route add 2001:db8:a0::/64 encap seg6local action End action End dev v0
ip -6 route add 2001:db8:a0::/64 encap seg6local action End.X oif nosuch dev v0
ip -6 route add 2001:db8:a0::/64 encap seg6local action End.T table bad dev v0
ip -6 route add 2001:db8:a0::/64 encap seg6local action End srh foo dev v0
ip -6 route add 2001:db8:b7::/64 encap seg6local action End count dev v0
ip -6 route add 2001:db8:b8::/64 encap seg6local action End.X nh6 2001:db8::2 count count dev v0
ip -s -6 route
ip -s -h -6 route
ip -s -j -6 route
ip -6 route
ip -6 -j -p route
ip -d route
ip -o route
