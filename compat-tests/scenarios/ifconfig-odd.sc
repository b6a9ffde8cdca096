# ifconfig words in odd places: options after the name, a bare family word, empty words
! sysctl -qw net.ipv6.conf.default.addr_gen_mode=1
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
# the peer is up so v0's RUNNING flag does not race the kernel's link watcher
! ip link set v1 up
ifconfig v0 -a
ifconfig v0 up -a
ifconfig -a eth9
ifconfig -s -v eth9
ifconfig v0 inet
ifconfig v0 inet6
ifconfig v0 ''
ifconfig v0 10.1.0.1 ''
ifconfig v0 default
ifconfig v0 loopback
ifconfig v0 localhost
ifconfig v0 link-local/16
ifconfig v0 10.1.0.1/24 10.1.0.2/16
ifconfig v0 netmask 255.255.255.0 10.1.0.3/16
ifconfig v0 broadcast 10.1.255.255 pointopoint 10.1.0.9
ifconfig v0 pointopoint default
ifconfig v0 pointopoint loopback
ifconfig v0 dstaddr default
ifconfig v0 inet6 pointopoint ::1
ifconfig v0 inet6 dstaddr ::1
ifconfig v0:3 10.1.0.33
ifconfig v0:3- 0
ifconfig v0:4 0
ifconfig v0 add 10.1.0.44
ifconfig v0 del 10.1.0.44
ifconfig v0:3 down
ifconfig v0:3
ifconfig v0 add ::1/-5
ifconfig v0 del ::1/200
ifconfig v0 tunnel ::1/300
ifconfig lo:1 127.0.0.9 netmask 255.0.0.0
ifconfig lo:1
ifconfig lo 127.0.0.1
% ifconfig -s
ifconfig lo ddp foo
ifconfig lo ash 1.2.3.4
ifconfig lo unspec foo
ifconfig lo ax25 up
ifconfig lo x25 down
