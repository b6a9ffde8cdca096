# metrics (with lock), rtt/rttvar/rto_min conversions, expires, metric numbers: add and show
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
ip route add 10.20.0.0/16 via 10.0.0.2 dev v0 src 10.0.0.1 metric 7 proto static table 50 onlink
ip route add 10.21.0.0/16 via 10.0.0.9 dev v0 mtu 1300 advmss lock 1200 rtt 100 rttvar 3s
ip route append 10.21.0.0/16 via 10.0.0.8 dev v0 metric 9
ip route replace 10.22.0.0/16 dev v0 metric 3
ip route change 10.22.0.0/16 dev v0 metric 3 mtu 1000
ip route add 10.50.0.0/16 dev v0 metric bad
ip route add 10.50.0.0/16 dev v0 mtu lock
ip route add 10.50.0.0/16 dev v0 mtu bad
ip route add 10.50.0.0/16 dev v0 hoplimit 256
ip route add 10.50.0.0/16 dev v0 quickack 2
ip route add 10.50.0.0/16 dev v0 features bad
ip route add 10.50.0.0/16 dev v0 rtt 5x
ip route add 10.50.0.0/16 dev v0 fastopen_no_cookie 3
ip route add 10.51.0.0/16 dev v0 table 1000 metric 1 realm 5 window 10 cwnd 3 initcwnd 4 initrwnd 5 ssthresh 6 reordering 7 hoplimit 64 congctl lock reno quickack 0 fastopen_no_cookie 0 features ecn rto_min 1s
ip -6 route add 2001:db8:6::/64 dev v0 expires 100 metric 5
ip route add 2001:db8:7::/64 via 2001:db8::2 dev v0 hoplimit 5
ip route chg 10.64.0.0/16 dev v0 metric 0
ip route add 10.70.0.0/16 dev v0 rtt 7 rttvar 9 rto_min 20
ip route add 10.71.0.0/16 dev v0 rtt 0.5s rttvar 1.25 rto_min 3.3ms
ip route add 10.72.0.0/16 dev v0 rtt 2000ms rttvar 2000
ip route add 10.73.0.0/16 dev v0 mtu lock 1500 window lock 5 cwnd lock 6 initcwnd lock 7 initrwnd lock 8 ssthresh lock 9 reordering lock 3 hoplimit lock 4 advmss lock 100 rtt lock 10 rttvar lock 20
ip route add 10.74.0.0/16 dev v0 hoplimit 255
ip route add 10.75.0.0/16 dev v0 features ecn
ip route add 10.76.0.0/16 dev v0 congctl cubic
ip route add 10.77.0.0/16 dev v0 quickack 1 fastopen_no_cookie 1
ip route add 10.78.0.0/16 dev v0 metric 4294967295
ip route add 10.79.0.0/16 dev v0 metric 4294967296
ip route add 10.80.0.0/16 dev v0 rtt -1
ip route add 10.80.0.0/16 dev v0 rtt 1.5x
ip route add 10.80.0.0/16 dev v0 rto_min lock 5
ip route add 10.80.0.0/16 dev v0 mtu
ip route add 10.80.0.0/16 dev v0 congctl
ip route add 10.80.0.0/16 dev v0 features
ip -6 route add 2001:db8:20::/64 dev v0 mtu 1280 hoplimit 9 advmss 1000
ip route show
ip -d route show
ip -j route show
ip -j -p route show
ip -o route show
ip -6 route show
ip -6 -j -p route show
% ip -6 route add 2001:db8:21::/64 dev v0 expires 300
% ip -6 route show 2001:db8:21::/64
% ip -6 -j route show 2001:db8:21::/64
