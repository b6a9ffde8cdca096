# route listings with names (no default route: a DNS query must fail fast): /proc/net/route and /proc/net/ipv6_route, names from /etc files
! sysctl -qw net.ipv6.conf.default.addr_gen_mode=1
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v0 up
! ip link set v1 up
! ip addr add 10.1.0.1/24 dev v0
! ip addr add 169.254.3.1/16 dev v1
! ip -6 addr add 2001:db8::1/64 dev v0 nodad
! ip route add 10.2.0.0/16 via 10.1.0.2 metric 5
! ip route add 127.0.0.1/32 dev lo table main
! ip route add unreachable 10.9.0.0/16
! ip route add 10.3.0.1 via 10.1.0.3 mtu 1400 window 5000 rtt 12
! ip -6 route add 2001:db8:1::/48 via 2001:db8::2 metric 7
route
route -N
route -e
route -ee
route -eee
route -eeee
route -v
route -F
route -C
route -C -e
route -C -ee
route -F -C
route -A inet
route -A inet6
route -6
route -6 -C
route -4 -6
route -A ip6
route -A tcpip
route --inet6
route --inet
