# Randomised ifconfig settings soup (seed 1)
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
ip link add eth0 address 02:00:00:00:00:01 type veth peer name eth1 address 02:00:00:00:00:02
ip link add br0 address 02:00:00:00:00:03 type bridge
ifconfig eth0 keepalive 1.2.3.4/33 mtu netmask 255.0.255.0 address
ifconfig eth1 inet6 pointopoint nosuchhost -dynamic 0x300 -pointopoint
ifconfig eth1 -arp -arp promisc -broadcast fd00::5/64
ifconfig eth1 -pointopoint fd00::7
ifconfig eth0 -promisc 10.0.0.255 del arp allmulti 02:00:00:00:00:aa
ifconfig eth0:1 default 10baseT io_addr 1500 ether ether
ifconfig eth0 promisc abc -allmulti 255.0.255.0
ifconfig lo -broadcast -broadcast io_addr ether
ifconfig eth1 -pointopoint fd00::5/64 hw auto
ifconfig nosuch multicast 255.0.255.0 del address loop 1
ifconfig nosuch inet inet6 02:00:00:00:00:aa outfill add fd00::5/64
ifconfig eth0:1 txqueuelen outfill
ifconfig eth0 outfill 0
ifconfig eth0 broadcast 10baseT ether 255.0.255.0 -broadcast zz io_addr nosuchhost
ifconfig lo -allmulti 255.255.255.0 -pointopoint 5 multicast
ifconfig eth0:1 -arp metric nosuchhost -dynamic 255.255.255.0
ifconfig nosuch txqueuelen zz
ifconfig eth1 pointopoint 255.255.255.0 allmulti
ifconfig eth1 default ether -arp inet 10baseT
ifconfig lo -allmulti
ifconfig lo -arp auto pointopoint 10.0.0.5 default 65536
ifconfig br0 -pointopoint -pointopoint
ifconfig eth1 arp 5 -trailers -trailers 65536 inet 65536
ifconfig eth0 add 0x300 outfill abc
ifconfig br0 media 1500 pointopoint add outfill
ifconfig eth0 hw promisc 65536
ifconfig lo -broadcast down zz -trailers localhost tunnel
ifconfig lo tunnel -dynamic 1 dynamic 10baseT
ifconfig eth1 pointopoint 65536
ifconfig eth1 io_addr 10baseT down auto metric fd00::7 keepalive -1
ifconfig lo netmask ether zz down
ifconfig nosuch dstaddr 10.0.0.255 -trailers fd00::5/64 default -1 -arp -1
ifconfig eth0 ether 1500 arp zz multicast 65536
ifconfig eth1 -multicast 1 txqueuelen ether dynamic down
ifconfig lo -promisc
ifconfig eth0:1 up -broadcast add 65536 default
ifconfig nosuch io_addr 255.255.255.0 inet6 multicast
ifconfig eth0:1 trailers nosuchhost
ifconfig br0 netmask ether 1
ifconfig eth0 mtu
ifconfig nosuch address 1500
ifconfig eth1 broadcast 02:00:00:00:00:aa -broadcast 02:00:00:00:00:aa media zz
ifconfig eth0 -dynamic mem_start localhost dstaddr address
ifconfig eth1 inet6 255.255.255.0 up 02:00:00:00:00:aa default 02:00:00:00:00:aa
ifconfig br0 promisc arp 0
ifconfig eth1 inet 10.0.0.255 -promisc
ifconfig eth1 arp -1 io_addr inet6 zz
ifconfig br0 -pointopoint 10.0.0.5 -pointopoint io_addr 10baseT -arp 02:00:00:00:00:aa
ifconfig eth0:1 netmask up 1500 media
ifconfig eth0 mem_start zz multicast auto down dynamic
ifconfig eth0 outfill 1 dynamic media -1 txqueuelen 10baseT
ifconfig nosuch metric 10.0.0.255 -dynamic 1.2.3.4/33 dynamic
ifconfig nosuch io_addr 1.2.3.4/33
ifconfig lo add keepalive
ifconfig eth0 tunnel
ifconfig lo allmulti 1500 tunnel metric 1 mtu
ifconfig br0 irq auto -promisc 0x300
ifconfig eth1 -trailers zz
ifconfig nosuch mtu 1
ifconfig br0 netmask 02:00:00:00:00:aa loop 255.255.255.0 down
ip addr
# h_errno is sticky: getaddrinfo's numeric refusal (-9) leaves the previous failure in it
ifconfig eth1 inet6 add nosuch1 add 1.2.3.4
ifconfig eth1 pointopoint nosuch.example inet6 add 1.2.3.4
ifconfig eth1 inet6 add fe80::1%nosuch add 1.2.3.4
ifconfig eth1 inet6 add '' add 1.2.3.4
