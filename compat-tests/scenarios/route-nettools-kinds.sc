# route listings of every route kind ip can make: blackhole, prohibit, multipath, onlink, other tables
! sysctl -qw net.ipv6.conf.default.addr_gen_mode=1
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v0 up
! ip link set v1 up
! ip addr add 10.1.0.1/24 dev v0
! ip addr add 10.2.0.1/24 dev v1
! ip -6 addr add 2001:db8::1/64 dev v0 nodad
! ip route add blackhole 10.50.0.0/16
! ip route add prohibit 10.51.0.0/16
! ip route add throw 10.52.0.0/16
! ip route add 10.53.0.0/16 nexthop via 10.1.0.2 weight 1 nexthop via 10.2.0.2 weight 2
! ip route add 10.54.0.0/16 via 10.9.9.9 dev v0 onlink
! ip route add 10.55.0.0/16 via 10.1.0.2 table 100
! ip route add 10.56.0.0/16 dev v0 src 10.1.0.1 proto static scope link
! ip route add 10.57.0.0/16 via 10.1.0.2 metric 4294967295
! ip route add broadcast 10.58.0.255 dev v0 table main
! ip route add local 10.59.0.1 dev v0 table main
! ip route add multicast 224.1.0.0/16 dev v0 table main
! ip route add nat 10.60.0.0/16 via 10.1.0.2 table main
! ip -6 route add blackhole 2001:db8:50::/48
! ip -6 route add prohibit 2001:db8:51::/48
! ip -6 route add 2001:db8:53::/48 nexthop via 2001:db8::2 nexthop via 2001:db8::3
! ip -6 route add 2001:db8:54::/48 via 2001:db8::2 expires 300
! ip -6 route add local 2001:db8:59::1 dev v0
route -n
route -n -e
route -n -ee
route
route -6 -n
route -6
route -C -n
route -6 -C -n
route del -net 10.50.0.0/16
route del -net 10.51.0.0 netmask 255.255.0.0 reject
route del -net 10.53.0.0/16
route del -net 10.53.0.0/16
route -6 del 2001:db8:50::/48
route -6 del 2001:db8:53::/48
route -n
route -6 -n
