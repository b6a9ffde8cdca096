# ifconfig and IPv6: add/del after a family word, scopes of site-local, v4-compatible, deprecated
! sysctl -qw net.ipv6.conf.default.addr_gen_mode=1
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v1 up
! ip link set v0 up
ifconfig v0 inet6 add 2001:db8::9/64
ifconfig v0 inet add 2001:db8::a/64
ifconfig v1 inet6 add fec0::1/64
% ifconfig v1
ifconfig v1 inet6 del fec0::1/64
ifconfig v1 add ::5.6.7.8/96
% ifconfig v1
ifconfig v1 del ::5.6.7.8/96
ifconfig v1 add ff02::99
ifconfig v1 add fe80::77/64
% ifconfig v1
ifconfig v1 del fe80::77/64
ifconfig v1 add 2001:db8::77 add 2001:db8::78
ifconfig v0 inet6 del 2001:db8::9/64 del 2001:db8::a/64
ifconfig v0 inet6 del 2001:db8::9/64
ifconfig -v v0 inet6 del 2001:db8::9/64
% ifconfig v0
