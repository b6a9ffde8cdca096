# ip route show/list in every output mode, several tables, route types, IPv4 and IPv6
# DAD off: link-local addresses and their routes appear at once, not a second later.
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
! ip link set lo up
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v0 addrgenmode none
! ip link set v0 up
! ip link set v1 addrgenmode none
! ip link set v1 up
! ip addr add 10.0.0.1/24 dev v0
! ip -6 addr add 2001:db8::1/64 dev v0 nodad
! ip route add default via 10.0.0.254
! ip route add 10.1.0.0/16 via 10.0.0.2 proto static metric 10
! ip route add blackhole 10.3.0.0/16
! ip route add unreachable 10.5.0.0/16 metric 5
! ip route add prohibit 10.6.0.0/16 table 200
! ip route add throw 10.7.0.0/16 proto static
! ip route add 10.4.0.0/16 dev v0 table 100 realms 3/4 tos 0x10
! ip route add 10.8.0.0/24 dev v0 src 10.0.0.1 scope host proto 99
! ip route add 192.168.0.0/16 via inet6 fe80::1 dev v0
! ip route add local 10.30.0.1 dev v0
! ip route add broadcast 10.30.0.255 dev v0
! ip route add anycast 10.32.0.0/24 dev v0
! ip route add multicast 224.1.0.0/16 dev v0
! ip route add nat 10.31.0.0 via 10.0.0.2
! ip route add 10.9.0.0/16 dev v0 table 1000 onlink
! ip -6 route add 2001:db8:1::/64 via 2001:db8::2 dev v0 pref high metric 100
! ip -6 route add 2001:db8:2::/64 dev v0 table 300 pref low
! ip -6 route add blackhole 2001:db8:3::/64
ip route
ip route show
ip route list
ip route lst
ip r
ip ro s
ip route show table all
ip route show table main
ip route show table local
ip route show table 100
ip route show table 200
ip route show table 1000
ip route show table default
ip route show table 101
ip -d route show table all
ip -d -d route
ip -o route show table all
ip -j route show table all
ip -j -p route show table all
ip -j -p -d route
ip -s route show table all
ip -s -d route show table all
ip -N route show table all
ip -N -d route show table all
ip -4 route show table all
ip -6 route show table all
ip -6 route
ip -6 route show table local
ip -6 -j -p route show table 300
ip -f inet6 route
ip -0 route
ip -c route
ip -c=always -d route show table all
ip route show unspec
ip -j route show table 101
