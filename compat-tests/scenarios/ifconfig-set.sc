# ifconfig changes: addresses, masks, flags, mtu, queue length, hw address, IPv6 add/del, errors
! sysctl -qw net.ipv6.conf.default.addr_gen_mode=1
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v1 up
# v1 is up so v0's RUNNING flag does not race the kernel's link watcher
! ip link add v2 address 02:00:00:00:00:03 type veth peer name v3 address 02:00:00:00:00:04
ifconfig v0 10.1.0.1
% ifconfig v0
ifconfig v0 10.2.0.1 netmask 255.255.0.0 broadcast 10.2.255.255
% ifconfig v0
ifconfig v0 10.3.0.1/20
% ifconfig v0
ifconfig v0 10.3.0.1/x
ifconfig v0 10.3.0.1/8 netmask 255.0.0.0
ifconfig v0 netmask 255.0.0.0 10.3.0.1/8
ifconfig v0 netmask 255.255.255.0 netmask 255.0.0.0
ifconfig v0 netmask
ifconfig v0 netmask bogusname
ifconfig v0 broadcast
ifconfig v0 broadcast bogusname
ifconfig v0 -broadcast
% ifconfig v0
ifconfig v0 broadcast 10.3.15.255
ifconfig v0 mtu 1400
ifconfig v0 mtu 10
ifconfig v0 mtu
ifconfig v0 mtu x
ifconfig v0 txqueuelen 55
ifconfig v0 txqueuelen 0x20
ifconfig v0 txqueuelen
ifconfig v0 down
% ifconfig -a v0
ifconfig v0 up
ifconfig v0 -arp
ifconfig v0 promisc allmulti
% ifconfig v0
ifconfig v0 arp -promisc -allmulti
ifconfig v0 -multicast
ifconfig v0 multicast
ifconfig v0 trailers
ifconfig v0 -trailers
ifconfig v0 dynamic
ifconfig v0 -dynamic
ifconfig v0 pointopoint 10.3.0.2
ifconfig v0 -pointopoint
ifconfig v0 dstaddr 10.3.0.9
ifconfig v0 dstaddr
ifconfig v0 pointopoint
ifconfig v0 -pointtopoint
% ifconfig v0
! ip link set v1 down
ifconfig v1 hw ether 02:00:00:00:00:aa
ifconfig v1 up
ifconfig v1 hw ether 02:00:00:00:00:bb
ifconfig v1 hw ether zz:00
ifconfig v1 hw ether
ifconfig v1 hw
ifconfig v1 hw foo 1
ifconfig v1 hw loop 1
ifconfig v1 hw ppp 1
ifconfig v1 hw tunnel 1
% ifconfig v1
ifconfig v0 add 2001:db8::1/64
ifconfig v0 add 2001:db8::1/64
ifconfig v0 add 2001:db8::2
ifconfig v0 add 2001:db8::3/129
ifconfig v0 add 2001:db8:zz::3/64
ifconfig v0 add
ifconfig v0 del 2001:db8::2/128
ifconfig v0 del 2001:db8::2/128
ifconfig -v v0 del 2001:db8::1/64
ifconfig v0 del
ifconfig eth9 add 2001:db8::1/64
% ifconfig v0
ifconfig v2 10.5.0.1 up
ifconfig v2:1 10.5.0.2
ifconfig v2:1
ifconfig v2:1 down
% ifconfig -a
ifconfig v2 0
% ifconfig v2
ifconfig eth9 up
ifconfig eth9 down
ifconfig eth9 10.0.0.1
ifconfig eth9 mtu 1400
ifconfig -v eth9 up mtu 1400
ifconfig v0 nosuchhost
ifconfig v0 ''
ifconfig v0 inet 10.7.0.1
ifconfig v0 inet6 up
ifconfig v0 ax25 up
ifconfig v0 unix 1.2.3.4
ifconfig v3 up down up
ifconfig v3 frob
ifconfig v3 dynamic
ifconfig v3
ifconfig -s v3
ifconfig v3 -multicast -broadcast
ifconfig v3 down
ifconfig v3
ifconfig -s v3
