# ip address add|change|replace|del for IPv6: nodad, optimistic, home, mngtmpaddr,
# noprefixroute, anycast, autojoin, metric. Links stay down: no DAD or RA noise.
! ip link add v1 address 02:00:00:00:00:01 type veth peer name v2 address 02:00:00:00:00:02
ip addr add 2001:db8::1/64 dev v1
ip addr add 2001:db8::1/64 dev v1
ip addr add 2001:db8:1::1/64 dev v1 nodad
ip addr add 2001:db8:2::1/64 dev v1 nodad home mngtmpaddr
ip addr add 2001:db8:3::1/64 dev v1 optimistic noprefixroute
ip addr add 2001:db8:4::1/64 dev v1 metric 300
ip addr add 2001:db8:5::1/64 dev v1 scope link
ip addr add 2001:db8:6::1 peer 2001:db8:6::2/64 dev v1
ip addr add 2001:db8:7::1/64 dev v1 anycast 2001:db8:7::5
ip addr add ff02::1234/128 dev v1 autojoin
ip -6 addr add nodad 2001:db8:8::1/64 dev v1
ip addr add nodad 2001:db8:9::1/64 dev v1
ip addr add 2001:db8:a::1/64 dev v1 secondary temporary dadfailed permanent deprecated tentative stable-privacy
/usr/sbin/ip addr show dev v1
/usr/sbin/ip -6 route show table all
ip addr replace 2001:db8::1/64 dev v1 nodad
ip addr replace 2001:db8:20::1/64 dev v1 nodad
ip addr change 2001:db8:4::1/64 dev v1 metric 5
ip addr change 2001:db8:30::1/64 dev v1
/usr/sbin/ip addr show dev v1
ip addr del 2001:db8::1/64 dev v1
ip addr del 2001:db8::1/64 dev v1
ip addr del 2001:db8:1::1 dev v1
ip addr del 2001:db8:2::1/64 dev v1 mngtmpaddr
ip -6 addr del 2001:db8:3::1/64 dev v1
/usr/sbin/ip addr show dev v1
ip -echo addr add 2001:db8:40::1/64 dev v1 nodad
ip -echo -j -p addr add 2001:db8:41::1/64 dev v1 nodad noprefixroute
ip -echo addr del 2001:db8:40::1/64 dev v1
