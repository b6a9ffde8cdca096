# Randomised route add/del soup (seed 0)
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
ip link add eth0 address 02:00:00:00:00:01 type veth peer name eth1 address 02:00:00:00:00:02
ip addr add 10.0.0.2/24 dev eth0
ip -6 addr add fd00::2/64 dev eth0 nodad
ip link set eth0 up
ip link set eth1 up
route del -net window -net default reinstate reinstate abc dev fd00::1
route add mss 10.0.0.0
route add -A inet6 -e nosuch -host 0 -net 10.1.2.3/24
route add -A inet6 -6 10.0.0.1 del 255.0.0.255 -6 10.1.2.3/24 -e 0 dyn 10.0.0.0
route add -net reinstate
route add -A inet6 -v default netmask 0
route del -net window 10.0.0.0 -net eth1
route del -net dyn 1500 inet fd00::/64 -F 0 reinstate 65536 -F default
route add gw irtt fd00::/64 add 10.0.0.1 dyn -host abc
route add -host mod nosuch
route del -A inet6 cancel 1500 -n eth1
route del -net del 10.1.2.3/24 -v default dev reject nosuch mod -1
route add -v reinstate nosuch -6 10.0.0.1 -net inet6
route del -F 10.1.2.3/24
route del add 65536 netmask metric window abc
route add -net 255.0.0.255 del -C irtt 10.1.2.3/24
route add -A inet6 -v -A
route add -C eth1 -n 10.0.0.1 dyn 65536 del 10.0.0.0
route add -A inet6 -net nosuch
route add -host reject abc
route del -net dev -A mod default eth0 dyn fd00::1
route add -A inet6 irtt 255.255.255.0
route add -A inet6 -6 eth1 reject 10.0.0.1 gw default mod nosuch
route add -net nosuch -e 10.0.0.0 window
route add -A inet6 default
route del -A inet6 cancel -1 reinstate 10.0.0.0 mss -n eth1 inet 0
route add -net -6 65536 metric add 255.255.255.0
route add -A inet6 -A 10.1.2.3/24 -F add 255.0.0.255 inet eth0
route add -A inet6 mss inet add
route add dev -1 irtt 10.0.0.1 -n eth0 cancel 10.0.0.0
route del -A inet6 -6 0 netmask eth0 reinstate 0 -F 5 -6
route add -host add 255.255.255.0 -host fd00::/64
route del irtt 10.1.2.3/24 -C fd00::/64 inet add 1500 -net abc
route del -net -e default inet -n default
route add -A inet6 -6 -host dyn abc
route add -host dev inet mod 10.1.2.3/24 add
route add -e reject mod abc
route add -host metric cancel reject 10.0.0.1
route add -e window 1500 dyn irtt 10.0.0.1 -n
route add -e -1
route add -host default -1 mod -host
route del -F
route del -net window default irtt fd00::/64 inet6 -host 1500 reject nosuch
route add del gw inet mss 10.0.0.0 inet6 255.0.0.255
route add reject -6 10.1.2.3/24 cancel eth0 reject 10.0.0.1
route del -net reinstate 255.255.255.0 mss -6 eth1 irtt fd00::1 -v 10.1.2.3/24
route add -F 255.0.0.255 mss fd00::/64 netmask -v 5
route del -A inet6 netmask -C 10.0.0.1 -C abc -net inet fd00::1
route add -A inet6 gw 255.0.0.255 -host -C window eth1
route del -A inet6 cancel nosuch mss nosuch -6 metric
route add -net -e 255.0.0.255 metric
route del -net netmask
route add -net -6 fd00::/64
route del -net window 0 dyn inet6 255.255.255.0
route add -A inet6 gw eth1 -n fd00::/64
route add -host -n fd00::1 -A nosuch
route add -host mod dev abc
route add -A inet6 -C 1500 reject 10.0.0.1 -host -C 1500 -C 65536
route add -host metric 10.0.0.1 -host -1 reinstate eth0 dyn fd00::1
route add reinstate 255.0.0.255 -6 abc
route del -A inet6 -n 10.0.0.0 -n add 5
route add -net del -6 255.255.255.0 metric fd00::1
route add -A inet6 dyn fd00::1 inet6 default 0
route add -A inet6 metric eth1 del 255.0.0.255 default 255.255.255.0 -n -F -1
route add -host metric abc mod 10.0.0.1
route add -host -net eth1 inet -6 0 reinstate netmask
route add -host mod 0 mss 10.1.2.3/24
route add -host -6 gw 0 -net 0 inet default
route add -host -v fd00::1 cancel fd00::/64 -n inet6 10.1.2.3/24 inet6
route add irtt 5
route -n
route -n -A inet6
