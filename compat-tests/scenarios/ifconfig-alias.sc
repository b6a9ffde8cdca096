# ifconfig add/del of IPv4 addresses as v0:N aliases, inet6 as the address family, odd keywords
! sysctl -qw net.ipv6.conf.default.addr_gen_mode=1
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
# the peer is up so v0's RUNNING flag does not race the kernel's link watcher
! ip link set v1 up
! ip link set v0 up
! ip addr add 10.1.0.1/24 brd + dev v0
ifconfig v0 add 10.1.0.2
% ifconfig -a
ifconfig v0 add 10.1.0.3
ifconfig v0 add 10.1.0.2
ifconfig v0:0
ifconfig v0:1
ifconfig v0 del 10.1.0.2
% ifconfig -a
ifconfig v0 del 10.1.0.99
% ifconfig -a
ifconfig v0 add nosuchhost
ifconfig v1 add 10.9.0.1
% ifconfig -a
ifconfig eth9 add 10.9.0.1
ifconfig v0:5 10.1.0.50
ifconfig v0:5
ifconfig v0:5 0
% ifconfig -a
ifconfig v0 inet6 2001:db8::5
ifconfig v0 inet6 2001:db8::5/64
ifconfig v0 inet6 nosuch
ifconfig v0 inet6 broadcast 2001:db8::5
ifconfig v0 inet6 netmask ffff::
ifconfig v0 tunnel ::1.2.3.4
ifconfig v0 tunnel zz
ifconfig v0 tunnel
ifconfig v0 keepalive 5
ifconfig v0 outfill 5
ifconfig v0 mem_start 0x1000
ifconfig v0 io_addr 0x300
ifconfig v0 irq 5
ifconfig v0 media auto
ifconfig v0 media 10baseT
ifconfig v0 port bnc
ifconfig v0 media foo
ifconfig v0 media
ifconfig v0 name v9
% ifconfig v9
ifconfig v0 name
ifconfig v1 name v9
