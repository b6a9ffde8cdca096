# Old-school net-tools provisioning: ifconfig and route, with errors ignored or checked
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
ip link add eth0 address 02:00:00:00:00:01 type veth peer name eth1 address 02:00:00:00:00:02
ifconfig eth0 hw ether 02:00:00:00:00:aa
ifconfig eth0 192.168.1.10 netmask 255.255.255.0 broadcast 192.168.1.255 up
ifconfig eth0:1 192.168.2.10 netmask 255.255.255.0 up
ifconfig eth0:2 10.10.10.10/8
ifconfig eth0 mtu 1400 txqueuelen 2000
ifconfig eth0 -arp promisc allmulti
ifconfig eth0 arp -promisc -allmulti
ifconfig eth0 hw ether zz:zz
ifconfig eth0 add 2001:db8::1/64
ifconfig eth0 del 2001:db8::1/64
ifconfig eth0 del 2001:db8::5/64
ifconfig eth0 inet6 add fd00::1/64
# /proc/net/if_inet6 order is a per-namespace hash: keep one IPv6 address when ifconfig shows it
ifconfig eth0 inet6 del fd00::1/64
ifconfig eth0 pointopoint 192.168.1.20
ifconfig eth0 -pointopoint
ifconfig eth0 netmask 255.255.0.0
ifconfig eth0 netmask 255.0.255.0
ifconfig eth0 broadcast 192.168.255.254
ifconfig eth0 mtu abc
ifconfig eth0 mtu 20
ifconfig eth0 metric 2
ifconfig eth0 dstaddr 1.2.3.4
ifconfig eth0 multicast
ifconfig eth0 -multicast
ifconfig eth0 dynamic
ifconfig eth0 nosuchopt
ifconfig nosuch0 up
ifconfig nosuch0 1.2.3.4
ifconfig eth1 up
ifconfig eth1 0.0.0.0
ifconfig eth1 10.20.0.1
ifconfig eth1 down
ifconfig eth0:1 down
ifconfig eth0:9 down
% ifconfig eth0
ifconfig eth0:2
% ifconfig -a
% ifconfig -s
ip -4 addr show dev eth0
ip -6 addr show dev eth0
route add -net 172.16.0.0 netmask 255.240.0.0 gw 192.168.1.1
route add -net 172.16.0.0/12 gw 192.168.1.1
route add -host 8.8.8.8 gw 192.168.1.1 metric 5
route add -host 8.8.8.8 gw 192.168.1.1 metric 5
route add default gw 192.168.1.1 eth0
route add default gw 192.168.9.9
route add -net 10.99.0.0 netmask 255.255.0.0 dev eth0 mss 1400 window 8192 irtt 100
route add -net 10.98.0.0 netmask 255.255.0.0 reject
route add -net 10.97.0.1 netmask 255.255.0.0 dev eth0
route add -net 10.96.0.0 netmask 255.255.0.0 gw nosuchhost
route add -A inet6 2001:db8:1::/48 gw fd00::2 dev eth0
route -A inet6 add 2001:db8:2::/48 dev eth0
route -6 add 2001:db8:3::/48 dev eth0 metric 7
route -n
route -n -A inet6
route -ee -n
ip route show
ip -6 route show
route del -net 172.16.0.0 netmask 255.240.0.0
route del -host 8.8.8.8
route del -host 8.8.8.8
route del default
route del default
route del -net 10.98.0.0 netmask 255.255.0.0 reject
route -A inet6 del 2001:db8:2::/48 dev eth0
route -A inet6 del 2001:db8:2::/48 dev eth0
route del -net 10.99.0.0/16
route -n
ifconfig eth0 down
ifconfig eth0 0
ip addr
