# QA: generated mix of ip route add/replace/append/prepend/change/del/test and flush variants (seeded generator, kept as a regression list)
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
! ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
! ip link add br0 address 02:00:00:00:00:10 type bridge
! ip link set veth1 master br0
! ip link set veth0 up
! ip link set veth1 up
! ip link set br0 up
! ip addr add 10.0.0.1/24 dev veth0
! ip addr add 2001:db8::1/64 dev veth0 nodad
! ip link add vx0 address 02:00:00:00:00:30 type vxlan id 42 dstport 4789 local 10.0.0.1 dev veth0
! ip link set vx0 master br0
! ip link set vx0 up
ip route replace anycast 10.0.0.77 scope global reordering 3 fastopen_no_cookie 1
ip -6 route replace throw 2001:db8:2::/64
ip route add local 10.4.0.0/16 src 10.0.0.1
ip -6 route replace 2001:db8:4::/64 features ecn dev veth0 rttvar 2
ip route change anycast 10.0.0.77
ip -6 route replace 2001:db8:1::/64
ip route prepend throw 10.0.0.77 rto_min 5ms proto static proto boot
ip route del prohibit 10.2.0.0/16 scope global
ip -6 route del local 2001:db8:6::/64
ip -6 route add prohibit 2001:db8:5::/64 scope link rttvar 2 proto static
ip route change unicast 0/0 rtt 5 rto_min 5ms tos 0x10
ip route append 0/0
ip route prepend throw default nexthop via 10.0.0.254 weight 2 nexthop via 10.0.0.253 table 200
ip -6 route replace 2001:db8:6::/64 rttvar 2 hoplimit 9
ip -6 route test unicast 2001:db8:2::/64
ip route replace 10.0.0.77 dev veth0
ip -6 route del broadcast 2001:db8:2::/64 proto 99 via 2001:db8::fe hoplimit 9
ip -6 route prepend unreachable 2001:db8:6::/64 mtu 1400
ip -6 route replace 2001:db8:4::/64 reordering 3 dev br0 initcwnd 10
ip route add broadcast 10.3.0.0/16 mtu 1400 proto 99 onlink
ip route show table all
ip -6 route show table all
ip route add broadcast default dev br0 mtu lock 1300 table main
ip -6 route del anycast 2001:db8:4::/64
ip route replace 0/0 reordering 3 window 1000 table main
ip -6 route change unicast 2001:db8:2::/64
ip -6 route prepend 2001:db8:6::/64
ip -6 route append blackhole 2001:db8:6::/64 quickack 1
ip -6 route append unreachable 2001:db8:2::/64 proto static
ip route add 10.2.0.0/16 proto static metric 5 table 200
ip route del 10.0.0.77 rto_min 5ms src 10.0.0.1 proto 99
ip route replace unreachable 10.2.0.0/16
ip route test unreachable 10.4.0.0/16 nexthop dev veth0 nexthop dev br0 proto boot src 10.0.0.1
ip -6 route append local 2001:db8:3::/64
ip route replace 10.0.0.77 nexthop dev veth0 nexthop dev br0 table 100 expires 100
ip route change throw 10.0.0.77 initcwnd 10 pref high
ip -6 route test 2001:db8:1::/64 scope link hoplimit 9
ip route add broadcast 10.4.0.0/16
ip route del broadcast 10.4.0.0/16 reordering 3 pref high fastopen_no_cookie 1
ip route prepend 10.2.0.0/16
ip route del 10.0.0.77 congctl reno ssthresh 5 mtu 1400
ip route prepend blackhole default
ip route show table all
ip -6 route show table all
ip route add 10.0.0.77 features ecn
ip -6 route del local 2001:db8:6::/64 mtu 1400 reordering 3
ip route prepend unicast 0/0
ip route replace 0/0 metric 50
ip route change 10.0.0.77 ssthresh 5 table 100 proto 99
ip route del 10.0.0.77 scope link mtu lock 1300
ip route add blackhole 10.0.0.77 fastopen_no_cookie 1
ip route replace local 10.0.0.77 proto 99 onlink ssthresh 5
ip route prepend prohibit 10.0.0.77 tos 0x10
ip route change default
ip -6 route append anycast 2001:db8:3::/64
ip -6 route add local 2001:db8:1::/64 features ecn mtu 1400 via 2001:db8::fe
ip route change default realm 3 via 10.0.0.254 proto 99
ip -6 route replace unreachable 2001:db8:5::/64
ip route append unreachable default nexthop dev veth0 nexthop dev br0
ip -6 route test prohibit 2001:db8:1::/64
ip route add anycast default dev br0
ip -6 route prepend local 2001:db8:5::/64 reordering 3 rttvar 2 proto static
ip route append blackhole 10.0.0.77
ip route test broadcast default
ip route show table all
ip -6 route show table all
ip route del blackhole 10.0.0.77
ip route replace local 10.0.0.77 proto 99 dev veth0 table 100
ip route replace throw 0/0 scope link
ip -6 route del unreachable 2001:db8:1::/64 src 2001:db8::1 scope global
ip route change anycast default
ip route del prohibit default via 10.0.0.253 advmss 1200 dev br0
ip -6 route replace broadcast 2001:db8:5::/64
ip route append 10.0.0.77
ip route append local 10.3.0.0/16 proto 99 proto boot expires 100
ip route change 10.0.0.77 realm 3 metric 50 mtu 1400
ip -6 route prepend 2001:db8:3::/64 nexthop dev veth0 nexthop dev br0 table main
ip route add local default
ip -6 route replace throw 2001:db8:3::/64 table 200 proto 99
ip -6 route replace unreachable 2001:db8:5::/64 rto_min 5ms scope link scope global
ip route append unreachable default reordering 3 mtu lock 1300 dev veth0
ip route change 10.0.0.77 window 1000 table main src 10.0.0.1
ip route replace 10.4.0.0/16
ip -6 route test local 2001:db8:3::/64 scope link rto_min 5ms src 2001:db8::1
ip -6 route test throw 2001:db8:4::/64
ip route add 10.0.0.77 hoplimit 9 tos 0x10 nexthop dev veth0 nexthop dev br0
ip route show table all
ip -6 route show table all
ip route del local 10.6.0.0/16 table 100 realm 3
ip route del anycast 10.4.0.0/16 rttvar 2
ip route test anycast default proto static
ip route test 10.0.0.77 fastopen_no_cookie 1
ip route replace prohibit 0/0 dev veth0
ip route del broadcast 10.0.0.77
ip route replace unicast 10.0.0.77 dev br0 table 200 fastopen_no_cookie 1
ip -6 route add 2001:db8:5::/64 rto_min 5ms fastopen_no_cookie 1 expires 100
ip route change unreachable 10.6.0.0/16 proto static hoplimit 9
ip route prepend broadcast 0/0 features ecn
ip route test 0/0 metric 50
ip route append 10.2.0.0/16 rtt 5 rttvar 2
ip route append default proto static
ip -6 route add 2001:db8:2::/64 nexthop via 2001:db8::fe weight 2 nexthop via 2001:db8::fd
ip route add throw 10.6.0.0/16 table 200 scope global expires 100
ip route add 10.2.0.0/16 scope global
ip -6 route prepend throw 2001:db8:6::/64
ip route prepend blackhole 10.0.0.77 dev veth0 nexthop dev veth0 nexthop dev br0 rto_min 5ms
ip route add local default
ip route del unicast 10.0.0.77 initcwnd 10
ip route show table all
ip -6 route show table all
ip route append broadcast 10.0.0.77 initcwnd 10 dev br0 table 200
ip -6 route append 2001:db8:4::/64 table main proto static
ip route append unreachable 10.0.0.77 src 10.0.0.1 dev br0 realm 3
ip route del throw 10.6.0.0/16 scope global nexthop via 10.0.0.254 weight 2 nexthop via 10.0.0.253 realm 3
ip route del 10.0.0.77 congctl reno proto boot
ip route test unreachable default dev veth0
ip route replace 10.3.0.0/16 features ecn
ip -6 route replace blackhole 2001:db8:5::/64 scope link advmss 1200 proto boot
ip route del prohibit 10.0.0.77 proto static initcwnd 10
ip -6 route del broadcast 2001:db8:6::/64
ip route add anycast 10.0.0.77 proto 99 onlink via 10.0.0.253
ip -6 route del unicast 2001:db8:3::/64 src 2001:db8::1
ip route test 0/0 rto_min 5ms
ip -6 route del broadcast 2001:db8:5::/64 proto 99
ip route del unreachable 10.0.0.77 pref high
ip route prepend 10.6.0.0/16
ip route replace 10.4.0.0/16
ip route del 10.0.0.77 initcwnd 10 quickack 1 onlink
ip -6 route del 2001:db8:3::/64 via 2001:db8::fe quickack 1
ip route test prohibit 10.0.0.77 hoplimit 9 table main
ip route show table all
ip -6 route show table all
ip route change broadcast 10.0.0.77 proto 99
ip route test unicast 10.2.0.0/16 dev veth0 proto 99
ip route test anycast 10.2.0.0/16
ip route test default rtt 5
ip -6 route change 2001:db8:5::/64 table 100
ip -6 route replace unicast 2001:db8:4::/64 rtt 5 scope global
ip route del unreachable 10.3.0.0/16 window 1000
ip route append unicast default
ip route change prohibit default features ecn
ip route add prohibit 0/0 nexthop via 10.0.0.254 weight 2 nexthop via 10.0.0.253
ip -6 route add 2001:db8:6::/64
ip -6 route append 2001:db8:6::/64
ip route del prohibit 0/0 onlink features ecn
ip -6 route prepend unicast 2001:db8:2::/64 src 2001:db8::1 window 1000
ip route add 10.0.0.77 hoplimit 9 onlink
ip -6 route change 2001:db8:3::/64
ip -6 route add 2001:db8:2::/64 rttvar 2 reordering 3 initcwnd 10
ip route change broadcast 0/0 scope link nexthop dev veth0 nexthop dev br0
ip route append local 0/0 src 10.0.0.1 mtu lock 1300 scope global
ip route del throw default
ip route show table all
ip -6 route show table all
ip route del unicast 0/0 mtu 1400 fastopen_no_cookie 1
ip route append local 10.6.0.0/16 nexthop dev veth0 nexthop dev br0 metric 5
ip -6 route replace 2001:db8:6::/64
ip -6 route change throw 2001:db8:6::/64 congctl reno
ip route del broadcast 0/0 proto boot congctl reno
ip route replace anycast 0/0 scope link mtu lock 1300 onlink
ip route prepend local default
ip route del unicast 10.0.0.77 fastopen_no_cookie 1 dev br0 mtu lock 1300
ip route del 10.2.0.0/16 src 10.0.0.1 proto 99
ip -6 route test 2001:db8:3::/64
ip route add broadcast default onlink
ip route prepend prohibit default proto boot
ip route change broadcast 0/0 onlink
ip route test blackhole default table 100
ip route add 0/0 nexthop via 10.0.0.254 weight 2 nexthop via 10.0.0.253 onlink
ip -6 route test prohibit 2001:db8:3::/64
ip -6 route test unreachable 2001:db8:1::/64 proto static hoplimit 9
ip route change 10.3.0.0/16 onlink quickack 1 features ecn
ip route test unicast 10.5.0.0/16 mtu 1400 dev br0 nexthop dev veth0 nexthop dev br0
ip route append prohibit 10.0.0.77 src 10.0.0.1 congctl reno tos 0x10
ip route show table all
ip -6 route show table all
ip -s route flush table 100
ip -s route flush proto static
ip -6 route flush table 100
ip route flush type blackhole table all
ip -s -s route flush dev br0
ip -s route flush 10.1.0.0/16
ip route flush root 10.0.0.0/8 table all
