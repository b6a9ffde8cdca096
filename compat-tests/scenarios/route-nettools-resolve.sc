# how route resolves targets and gateways without DNS: /etc/hosts, /etc/networks, numeric forms
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v0 up
! ip addr add 10.1.0.1/24 dev v0
route add -host fe80::1 dev v0
route add -net fe80::1 dev v0
route add fe80::1 dev v0
route add -host ::1 dev v0
route add -net :: dev v0
route add -host 1.2.3. dev v0
route add -net 1.2.3. dev v0
route add -host 127.1 dev v0
route add -host 0x7f000002 dev v0
route add -host 017700000003 dev v0
route add -host '10.1.0.9 junk' dev v0
route add -net 10.0.0.1/32 dev v0
route add -net 10.0.0.0/0 dev v0
route add -net 10.0.0.0/ dev v0
route add -net 10.0.0.0/-1 dev v0
route add -net 10.20.0.0/0x10 dev v0
route add -net 10.21.0.0 netmask 0xffff0000 dev v0
route add -net 10.22.0.0 netmask 255.255 dev v0
route add -net 10.23.0.0 netmask link-local dev v0
route add -net 10.24.0.0/16 gw localhost
route add -net 10.24.0.0/16 gw vm
route add -net 10.24.0.0/16 gw 10.1.0.2 dev v0 metric 65535
route add -net 10.25.0.0/16 gw 10.1.0.2 dev v0 metric 99999
route add -net 10.26.0.0/16 gw 10.1.0.2 window -5 dev v0
route add -net 10.27.0.0/16 gw 10.1.0.2 irtt 70000 dev v0
route add -net 10.28.0.0/16 gw 10.1.0.2 mtu 65536 dev v0
route add -net LOOPBACK/8 dev v0
route add -net loopback netmask 255.0.0.0 dev v0
route -n -ee
route -ee
route -6 add fe80::/64 gw fe80::zz dev v0
route -6 add default
route -6 del default
route -6 add ::/0 dev v0 metric 5
route -6 -n
route -6
route -6 add fe80::5%lo dev v0
route -6 add fe80::6%1 dev v0
route -6 add fe80::7%nosuch dev v0
route -6 add 2001:db8::5%lo dev v0
route -6 add 2001:db8::6%1 dev v0
route -6 add ff02::9%v0 dev v0
route -6 add fe80::8%v0/64 dev v0
route -6 add ::ffff:1.2.3.4 dev v0
route -6 add 1.2.3.4 dev v0
route -6 add fe80::9% dev v0
route -6 -n
route -6 add '1.2.3.4 junk' dev lo
route -6 add '127.1' dev lo
route -6 add '0x7f.1' dev lo
route -6 add ' 1.2.3.4' dev lo
