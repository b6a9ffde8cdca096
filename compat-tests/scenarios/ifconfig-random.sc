# randomised ifconfig argument mixes (seeded), checked against net-tools
! sysctl -qw net.ipv6.conf.default.addr_gen_mode=1
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v1 up
ifconfig v0:2 del 10.1.0.50 add 10.1.0.50 hw ether 02:00:00:00:00:0a
ifconfig eth9 mtu 70000
ifconfig eth9 -dynamic dynamic
ifconfig v0 add 10.1.0.50
ifconfig v0:1 -promisc
ifconfig eth9 -dynamic arp trailers
ifconfig v0:2 irq 5 dynamic
ifconfig v1 dynamic
ifconfig v0 promisc -arp arp
ifconfig v0 trailers
ifconfig v0 -pointopoint add 10.1.0.50
ifconfig eth9 hw ether zz
ifconfig v0 -broadcast del 2001:db8::1/64 up
ifconfig v1 del 10.1.0.50
ifconfig v1 default inet
ifconfig v0 broadcast 10.1.255.255 -pointopoint netmask 255.255.0.0
ifconfig eth9 down promisc
ifconfig eth9 0
ifconfig v0 10.2.0.1/33 promisc
ifconfig v0 up txqueuelen 10 txqueuelen 10
ifconfig v0 10.2.0.1/33 outfill 2
ifconfig v0:2 promisc inet6
ifconfig v1 io_addr 0x300
ifconfig v0:1 -promisc pointopoint 10.1.0.9
ifconfig v0:1 default
ifconfig v0 netmask 255.0.255.0
ifconfig v1 up
ifconfig v0 del 2001:db8::1/64 mtu 70000
ifconfig v1 mtu add 10.1.0.50 hw ether 02:00:00:00:00:0a
ifconfig v0 multicast default irq 5
ifconfig v0:2 0
ifconfig v0:2 up
ifconfig v0:1 pointopoint 10.1.0.9 down txqueuelen 10
ifconfig v0 trailers irq 5
ifconfig eth9 arp
ifconfig -a -s | cut -c1-20,72-
ifconfig v0 add 10.1.0.50
ifconfig v0:1 dynamic
ifconfig v0:1 10.2.0.1/33 promisc
ifconfig v0 txqueuelen 10
ifconfig eth9 netmask 255.0.255.0 up trailers
ifconfig v0:1 dynamic del 10.1.0.50
ifconfig v0 add 2001:db8::1/64 inet6 multicast
ifconfig v0:2 -dynamic
ifconfig v0 netmask 255.255.0.0 dynamic
ifconfig v0 mtu mtu 1400 -dynamic
ifconfig eth9 io_addr 0x300
ifconfig v0:2 trailers -promisc
ifconfig v0:2 allmulti
ifconfig v0 hw ether 02:00:00:00:00:0a
ifconfig v0:1 outfill 2
ifconfig v0:2 default trailers
ifconfig v0:2 hw ether zz mtu 70000
ifconfig v1 multicast
ifconfig v0 inet irq 5
ifconfig eth9 promisc broadcast txqueuelen 10
ifconfig v0 down promisc broadcast
ifconfig v0:2 netmask 255.0.255.0 -arp
ifconfig v0 -broadcast
ifconfig v0:1 inet6 multicast -promisc
ifconfig v0:1 add 10.1.0.50
ifconfig v0:1 tunnel ::1 keepalive 3 hw ether zz
ifconfig eth9 name v9
ifconfig v0 add 2001:db8::1/64
ifconfig v0:1 pointopoint 10.1.0.9 arp down
ifconfig eth9 promisc add 2001:db8::1/64 promisc
ifconfig v1 -pointopoint multicast
ifconfig v0 add 10.1.0.50
ifconfig eth9 arp outfill 2
ifconfig v0 10.1.0.1 -promisc
ifconfig v1 promisc default
ifconfig -a -s | cut -c1-20,72-
ifconfig v0 inet6 up
ifconfig eth9 10.2.0.1/33 10.2.0.1/33 name v9
ifconfig v0 promisc -promisc -promisc
ifconfig v1 broadcast 10.1.255.255
ifconfig v0:2 dstaddr 10.1.0.8 10.2.0.1/33 keepalive 3
ifconfig eth9 add 10.1.0.50 del 10.1.0.50
ifconfig eth9 hw ether zz
ifconfig eth9 pointopoint 10.1.0.9
ifconfig eth9 add 2001:db8::1/64
ifconfig v0 keepalive 3
ifconfig v0 dynamic mem_start 1
ifconfig v0:2 up 10.1.0.1/16
ifconfig v0:1 io_addr 0x300
ifconfig eth9 hw ether zz
ifconfig v0 mem_start 1 add 10.1.0.50
ifconfig v0:2 -pointopoint
ifconfig v0:2 broadcast 10.1.255.255 mtu -dynamic
ifconfig v0:2 txqueuelen 10
ifconfig v0:2 name v9
ifconfig v0:1 multicast
ifconfig v0 10.1.0.1 arp
ifconfig v1 broadcast
ifconfig v0 add 10.1.0.50
ifconfig v0:2 txqueuelen 10 default
ifconfig v0:2 hw ether zz del 2001:db8::1/64 io_addr 0x300
ifconfig v0:1 dynamic add 10.1.0.50 -pointopoint
ifconfig v0 broadcast
ifconfig eth9 io_addr 0x300
ifconfig v1 inet6 10.1.0.1
ifconfig v0:1 inet6 down irq 5
ifconfig v0 del 10.1.0.50 mtu
ifconfig v0 netmask 255.0.255.0 -multicast
ifconfig v0 -allmulti add 10.1.0.50 allmulti
ifconfig v1 irq 5 -dynamic 10.1.0.1/16
ifconfig v0 mtu mtu add 2001:db8::1/64
ifconfig -a -s | cut -c1-20,72-
ifconfig v0:1 outfill 2
ifconfig v0 hw foo outfill 2
ifconfig v0 netmask 255.255.0.0
ifconfig v0:1 hw foo keepalive 3
ifconfig eth9 dynamic mtu 1400 0
ifconfig v1 -promisc
ifconfig v0:2 10.2.0.1/33 multicast add 10.1.0.50
ifconfig v0:2 -dynamic
ifconfig v0 inet inet6
ifconfig v1 dstaddr 10.1.0.8 del 10.1.0.50 -pointopoint
ifconfig v1 allmulti
ifconfig v1 outfill 2 -allmulti txqueuelen 10
ifconfig v0 -promisc pointopoint 10.1.0.9
ifconfig eth9 broadcast 10.1.255.255 outfill 2
ifconfig v0 hw ether 02:00:00:00:00:0a -promisc
ifconfig v0 dstaddr 10.1.0.8 inet
ifconfig v0:2 del 2001:db8::1/64 down
ifconfig v0 nosuch
ifconfig v0 hw foo
ifconfig v0:1 multicast add 2001:db8::1/64 -multicast
ifconfig eth9 hw ether zz io_addr 0x300 keepalive 3
ifconfig v0:2 name v9 keepalive 3
ifconfig v0 add 10.1.0.50
ifconfig eth9 -broadcast tunnel ::1 inet
ifconfig v1 hw ether zz
ifconfig eth9 broadcast 10.1.255.255 pointopoint 10.1.0.9 mem_start 1
ifconfig v0:2 txqueuelen 10 pointopoint 10.1.0.9 -multicast
ifconfig eth9 broadcast inet6 del 2001:db8::1/64
ifconfig v0 hw foo -allmulti
ifconfig eth9 trailers
ifconfig v0:2 hw foo
ifconfig v0 0 hw foo inet6
ifconfig v0 -promisc keepalive 3
ifconfig v0 hw foo
ifconfig v0:2 0 broadcast
ifconfig -a -s | cut -c1-20,72-
