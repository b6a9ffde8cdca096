# ip route save/showdump/restore through pipes, and -echo on add/del
! ip link set lo up
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v0 addrgenmode none
! ip link set v1 addrgenmode none
! ip link set v0 up
! ip link set v1 up
! ip addr add 10.0.0.1/24 dev v0
! ip -6 addr add 2001:db8::1/64 dev v0 nodad
! ip route add 10.1.0.0/16 via 10.0.0.2 mtu 1400
! ip route add 10.2.0.0/16 nexthop via 10.0.0.2 dev v0 weight 2 nexthop via 10.0.0.3 dev v0
! ip route add blackhole 10.3.0.0/16 table 100
! ip -6 route add 2001:db8:1::/64 via 2001:db8::2 dev v0
ip route save | wc -c
ip route save table all | wc -c
ip route save table all | ip route showdump
ip -6 route save | ip route showdump
ip -d route save table all | ip -d route showdump
ip -j route save | tail -c 3
ip route save 10.1.0.0/16 | ip route showdump
ip route save table bad | wc -c
ip route save table all | ip route restore
echo garbage | ip route showdump
printf '' | ip route showdump
ip route save | head -c 30 | ip route showdump
ip -echo route add 10.50.0.0/16 dev v0
ip -echo -j route add 10.51.0.0/16 dev v0 metric 5
ip -echo -6 route add 2001:db8:5::/64 dev v0
ip -echo route del 10.50.0.0/16
ip -echo route add 10.50.0.0/16 dev v1 table 7
ip route show table all
