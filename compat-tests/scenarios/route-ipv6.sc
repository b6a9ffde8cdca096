# IPv6 routes: pref, expires, metrics, cache/local tables, link-local gateways, kernel refusals
! ip link set lo up
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v0 addrgenmode none
! ip link set v1 addrgenmode none
! ip link set v0 up
! ip link set v1 up
! ip addr add 10.0.0.1/24 dev v0
! ip -6 addr add 2001:db8::1/64 dev v0 nodad
ip -6 route add 2001:db8:1::/64 via 2001:db8::2 dev v0 pref high metric 100
ip -6 route add 2001:db8:2::/64 via fe80::1
ip -6 route add 2001:db8:2::/64 via fe80::1 dev v0 pref low
ip -6 route add 2001:db8:3::/64 dev v0 pref medium table 300
ip -6 route add 2001:db8:4::/64 dev v0 pref 7
ip -6 route add 2001:db8:5::/64 dev v0 pref x
ip -6 route add blackhole 2001:db8:6::/64
ip -6 route add unreachable 2001:db8:7::/64
ip -6 route add prohibit 2001:db8:8::/64 metric 9
ip -6 route add throw 2001:db8:9::/64
ip -6 route add local 2001:db8:a::1 dev v0
ip -6 route add anycast 2001:db8:b::/64 dev v0
ip -6 route add multicast ff15::/16 dev v0
ip -6 route add 2001:db8:c::/64 dev v0 mtu 1280 hoplimit 9 advmss 1000 initcwnd 3
ip -6 route add 2001:db8:d::/64 dev v0 src 2001:db8::1
ip -6 route add 2001:db8:e::/64 dev v0 src 2001:db8::99
ip -6 route add 2001:db8:f::1/128 dev v0
ip -6 route add ::ffff:1.2.3.4/128 dev v0
ip -6 route add 2001:db8:10::/64 dev v0 from 2001:db8:99::/64
ip -6 route add 2001:db8:10::/64 dev v0 tos 0x10
ip -6 route add 2001:db8:1::/64 via 2001:db8::3 dev v0 metric 100
ip -6 route append 2001:db8:1::/64 via 2001:db8::3 dev v0 metric 100
ip -6 route prepend 2001:db8:1::/64 via 2001:db8::4 dev v0 metric 100
ip -6 route replace 2001:db8:1::/64 via 2001:db8::5 dev v0 metric 100
ip -6 route change 2001:db8:99::/64 dev v0
ip -6 route
ip -6 -d route
ip -6 route show table all
ip -6 route show table local
ip -6 -j -p route show table all
ip -6 -o route show table all
ip -6 route show cache
ip -6 route show table cache
ip -6 route show table main type local
ip -6 route show proto kernel
ip -6 route show 2001:db8:1::/64
ip -6 route show match 2001:db8:1::1
ip -6 route show exact ::/0
ip -6 route show default
ip -6 route show from ::/0
ip -6 route show from 2001:db8:99::/64
ip -6 route show via fe80::1
ip -6 route show src 2001:db8::1
ip -6 route show metric 100
ip -6 route show type blackhole
ip -6 route get 2001:db8:1::9
ip -6 route get 2001:db8:2::9 from 2001:db8::1
ip -6 route get ::1
ip -6 route get ff15::1
ip -6 route get fibmatch 2001:db8:3::1
ip -6 -d -j route get 2001:db8:1::9
ip -6 route del 2001:db8:1::/64
ip -6 route del 2001:db8:1::/64 via 2001:db8::9
ip -6 route del 2001:db8:99::/64
ip -6 route flush table 300
ip -6 -s route flush dev v0
ip -6 route show table all
