# cached routes (PMTU exceptions made through a router namespace): show cache, get, -s, JSON, flush cache
# DAD off: link-local addresses and their routes appear at once, not a second later.
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
! ip link set lo up
! ip netns add r
! ip netns add h
! ip netns exec r sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
! ip netns exec h sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
! ip link add a0 address 02:00:00:00:0a:00 type veth peer name a1 netns r address 02:00:00:00:0a:01
! ip -n r link add b0 address 02:00:00:00:0b:00 type veth peer name b1 netns h address 02:00:00:00:0b:01
! ip addr add 10.1.0.1/24 dev a0
! ip link set a0 up
! ip -n r addr add 10.1.0.2/24 dev a1
! ip -n r link set a1 up
! ip -n r link set lo up
! ip -n r addr add 10.2.0.1/24 dev b0
! ip -n r link set b0 up mtu 1300
! ip -n h addr add 10.2.0.2/24 dev b1
! ip -n h link set b1 up mtu 1300
! ip -n h route add default via 10.2.0.1
! ip netns exec r sysctl -qw net.ipv4.ip_forward=1
! ip route add 10.2.0.0/24 via 10.1.0.2
! ip -6 addr add 2001:1::1/64 dev a0 nodad
! ip -n r -6 addr add 2001:1::2/64 dev a1 nodad
! ip -n r -6 addr add 2001:2::1/64 dev b0 nodad
! ip -n h -6 addr add 2001:2::2/64 dev b1 nodad
! ip -6 route add 2001:2::/64 via 2001:1::2
! ip -n h -6 route add default via 2001:2::1
! ip netns exec r sysctl -qw net.ipv6.conf.all.forwarding=1
! sleep 1
! ping -c1 -W1 -M do -s 1400 10.2.0.2 >/dev/null 2>&1
! ping -c1 -W1 -M do -s 1400 10.2.0.2 >/dev/null 2>&1
! ping -c1 -W1 -s 1400 2001:2::2 >/dev/null 2>&1
! ping -c1 -W1 -s 1400 2001:2::2 >/dev/null 2>&1
% ip route show cache
% ip route show table cache
% ip -s route show cache
% ip -d route show cache
% ip -j route show cache
% ip -j -p route show cached
% ip -o route show cloned
% ip route get 10.2.0.2
% ip -s route get 10.2.0.2
% ip -6 route show cache
% ip -6 -d -j route show cache
% ip -6 route get 2001:2::2
% ip route show cache 10.2.0.2
% ip route show cache dev a0
ip route show cache dev lo
ip -s route flush cache
ip -6 -s route flush cache
ip -6 route show cache
ip -6 -s route flush cache
