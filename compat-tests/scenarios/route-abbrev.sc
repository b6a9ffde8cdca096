# keyword abbreviations in get, show selectors and add options
! ip link set lo up
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v0 addrgenmode none
! ip link set v1 addrgenmode none
! ip link set v0 up
! ip link set v1 up
! ip addr add 10.0.0.1/24 dev v0
! ip -6 addr add 2001:db8::1/64 dev v0 nodad
! ip route add 10.1.0.0/16 via 10.0.0.2
! ip route add 10.4.0.0/16 dev v0 table 100 realms 3/4 tos 0x10
ip route get 10.1.2.3 f 10.0.0.1
ip route get 10.1.2.3 fi
ip route get 10.1.2.3 d 0x10
ip route get 10.1.2.3 dp 80 i tcp
ip route get 10.1.2.3 s 80 ipp udp
ip route get 10.1.2.3 o v0 m 3 u 5
ip route get 10.1.2.3 c
ip route get 10.1.2.3 n
ip route get 10.1.2.3 v v0
ip route show t all ty local
ip route show pro kernel sc link
ip route show ca
ip route show cl
ip route show r 4 t 100
ip route show p 5
ip route show me 5
ip route show pri 5
ip route show pref 5
ip route show d 0x10 t 100
ip route add 10.60.0.0/16 dev v0 r 4 w 5 c 3 i 4 s 6 q 1 co reno rttv 5 p 7 t 9 pro static f ecn fa 1 pre low
ip route show table 9
