# one IPv6 address per link: /proc/net/if_inet6 order is a per-namespace hash
# ifconfig listings (% where live packet counters show): long and short forms, aliases, IPv6 lines, down links, unknown names
! sysctl -qw net.ipv6.conf.default.addr_gen_mode=1
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link add br0 address 02:00:00:00:00:10 type bridge
! ip link set v0 up
! ip link set v1 up
! ip addr add 10.1.0.1/24 brd + dev v0
! ip addr add 10.1.0.5/24 dev v0 label v0:1
! ip addr add 10.1.0.6/24 dev v0 label v0:12
! ip addr add 10.1.0.7/24 dev v0 label v0:2
! ip addr add 192.168.7.1 peer 192.168.7.2 dev v1
! ip -6 addr add 2001:db8::1/64 dev v0 nodad
! ip -6 addr add ::ffff:1.2.3.4/96 dev v1 nodad
! ip link set v1 mtu 1400 txqueuelen 77
! ip tuntap add dev tun3 mode tun
! ip addr add 10.8.0.1 peer 10.8.0.2/32 dev tun3
! ip link set tun3 up
! ip tuntap add dev tap4 mode tap
! ip link set tap4 address 02:00:00:00:00:44 mtu 9000
! ip link add vx0 address 02:00:00:00:00:20 type vxlan id 42 dstport 4789 local 10.1.0.1
% ifconfig
% ifconfig -a
% ifconfig -s
% ifconfig -a -s
% ifconfig -s -a
% ifconfig -v
% ifconfig -a -v
ifconfig lo
% ifconfig v0
ifconfig v0:1
ifconfig v0:12
% ifconfig v1
ifconfig br0
ifconfig tun3
ifconfig tap4
ifconfig -s tun3
ifconfig vx0
% ifconfig -s v0
ifconfig -s v0:1
ifconfig -s br0
ifconfig eth9
ifconfig -s eth9
ifconfig v0:9
ifconfig averyveryverylongname
ifconfig ''
ifconfig -x
ifconfig -
ifconfig --foo
ifconfig -h
ifconfig --help
ifconfig -?
ifconfig -help
ifconfig -V
ifconfig -version
ifconfig --version
ifconfig -a -V
