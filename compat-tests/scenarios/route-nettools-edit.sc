# route add/del through SIOCADDRT/SIOCDELRT, and every way they refuse bad input
# No DNS server: names missing from /etc/hosts fail at once on loopback, with no ARP left behind.
! mount --bind /dev/null /etc/resolv.conf
! sysctl -qw net.ipv6.conf.default.addr_gen_mode=1
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v0 up
! ip link set v1 up
! ip addr add 10.1.0.1/24 dev v0
! ip -6 addr add 2001:db8::1/64 dev v0 nodad
route add -net 10.5.0.0 netmask 255.255.0.0 dev v0
route add -net 10.5.0.0 netmask 255.255.0.0 dev v0
route add -net 10.6.0.0/16 gw 10.1.0.2
route add -net 10.6.0.0/16 gw 10.1.0.2 metric 3
route add -host 10.7.0.1 gw 10.1.0.2 mss 1400 window 4000 irtt 20
route add -host 10.7.0.2 dev v0 reject
route add -net 10.8.0.0/24 reject
route add -net 10.8.1.0/24 metric 9 reject
route add -net 10.9.0.0/24 gw 10.1.0.3 mod dyn reinstate
route add -net 10.10.0.0/16 v0
route add -net 10.11.0.0/16 device v0
route add -host 10.1.0.77 v0
route add 10.1.0.78 v0
route add default gw 10.1.0.254
route add default gw 10.1.0.254
route -n
route -n -e
route -n -ee
route -6 -n
route del -net 10.5.0.0 netmask 255.255.0.0
route del -net 10.5.0.0 netmask 255.255.0.0
route del -net 10.6.0.0/16 gw 10.1.0.2 metric 3
route del -host 10.7.0.2 reject
route del -host 10.7.0.1
route del default
route del default
route delete -net 10.10.0.0/16
route -n
route add -net 10.0.0.1 netmask 255.255.255.0 dev v0
route add -host 10.0.0.1 netmask 255.255.255.0 dev v0
route add -net 10.0.0.0 netmask 255.0.255.0 dev v0
route add -net 10.0.0.0/33 dev v0
route add -net 10.0.0.0/x dev v0
route add -net 10.0.0.1/32 dev v0
route add -net 10.0.0.0/8 netmask 255.0.0.0 dev v0
route add -net 10.0.0.0/0 netmask 255.0.0.0 dev v0
route add -net 10.12.0.0/16 gw 10.1.0.2 gw 10.1.0.3
route add -net 10.12.0.0/16 gw
route add -net 10.12.0.0/16 gw loopback
route add -net 10.12.0.0/16 gw default
route add -net 10.12.0.0/16 metric
route add -net 10.12.0.0/16 metric x dev v0
route add -net 10.12.0.0/16 mss 10 dev v0
route add -net 10.12.0.0/16 mss 70000 dev v0
route add -net 10.12.0.0/16 mss
route add -net 10.12.0.0/16 window 10 dev v0
route add -net 10.12.0.0/16 window
route add -net 10.12.0.0/16 irtt
route add -net 10.12.0.0/16 dev
route add -net 10.12.0.0/16 dev v0 dev v1
route add -net 10.12.0.0/16 v0 v1
route add -net 10.12.0.0/16 dev nosuchdev
route add -net 10.12.0.0/16 netmask
route add -net 10.12.0.0/16 netmask bogus dev v0
route add -net
route add -host
route add
route del
route add -host nosuchhost
route add -net nosuchnet
route add nosuchname
route add -host ''
route add -net ''
route add -net a..b
route add -net 1.2.3.4.5
route add -net 256.1.1.1
route add -host 0x0a.1.0.99 dev v0
route add -net loopback dev v0
route add -host loopback dev v0
route add -net link-local netmask 255.255.0.0 dev v0
route add -host localhost dev v0
route add -net 10.13.0.0 netmask 255.255.0.0 gw 10.1.0.5 metric 0 dev v0
route -n
route flush
route -C add -net 10.0.0.0
route frob
route -6 add 2001:db8:5::/64 dev v0
route -6 add 2001:db8:5::/64 dev v0
route -6 add 2001:db8:6::/64 gw 2001:db8::2 metric 20
route -6 add 2001:db8:7::1 v0
route -6 add default gw 2001:db8::99 dev v0
route -6 add 2001:db8:8::/64 gw nosuch
route -6 add 2001:db8:8::/64 gw 2001:db8::2 gw 2001:db8::3
route -6 add 2001:db8:8::/129 dev v0
route -6 add 2001:db8:8::/-1 dev v0
route -6 add 2001:db8:8::/64 metric x
route -6 add 2001:db8:8::/64 dev
route -6 add 2001:db8:8::/64 v0 v1
route -6 add 2001:db8:8::/64 dev nosuchdev
route -6 add 2001:db8:8::/64 mod dyn dev v0
route -6 add -net 2001:db8::/64
route -6 add nosuchname
route -6 add a..b
route -6 add ''
route -6 add 10.0.0.1
route -6 add
route -6 flush
route -6 -n
route -6 del 2001:db8:5::/64 dev v0
route -6 del 2001:db8:5::/64 dev v0
route -6 del 2001:db8:6::/64 gw 2001:db8::2 metric 20
route -A inet6 del default gw 2001:db8::99 dev v0
route -6 -n
route -A inet,inet6 add -net 10.0.0.0/8
route -A ax25 add foo
route -A ipx add foo
route -A netrom add foo
route -A x25 add
route -A unix
route -A econet
route -A bluetooth
route -A ax25
route -A netrom
route -A rose
route -A ipx
route -A ddp
route -A x25
route -A foo
route -A inet,foo
route -A
route -h
route --help
route -h -A inet
route -h -6
route -6 -h add 2001:db8::/64
route --v
route --foo
route --extend=2
route -x
route -V
route --version
route -n -V -x
