# ifconfig hw: every hardware type's address parser, then the kernel's refusal of a foreign type
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ifconfig v0 hw ether 02:00:00:00:00:09
ifconfig v0 hw ether 2:0:0:0:0:a
ifconfig v0 hw ether 020000000011
ifconfig v0 hw ether 02:00:00:00:00:12:ff:ee
ifconfig v0 hw ether 02-00-00-00-00-13
ifconfig v0 hw ether 01:00:00:00:00:01
ifconfig v0 hw ether 00:00:00:00:00:00
ifconfig v0 hw ether g2
ifconfig v0 hw ether ''
ifconfig v0 hw eui64 02:00:00:00:00:00:00:01
ifconfig v0 hw eui64 zz
ifconfig v0 hw arcnet 0a
ifconfig v0 hw arcnet a
ifconfig v0 hw fddi 02:00:00:00:00:01
ifconfig v0 hw fddi 2:0:0:0:0:1
ifconfig v0 hw hippi 020000000001
ifconfig v0 hw hippi 0200000000zz
ifconfig v0 hw ax25 N0CALL
ifconfig v0 hw ax25 N0CALL-1
ifconfig v0 hw ax25 1.2.3.4
ifconfig v0 hw ax25 TOOLONGCALL
ifconfig v0 hw netrom N0CALL
ifconfig v0 hw rose 1234567890
ifconfig v0 hw rose 123
ifconfig v0 hw x25 1234
ifconfig v0 hw x25 ''
ifconfig v0 hw tunnel 1.2.3.4
ifconfig v0 hw slip 1
ifconfig v0 hw sit 1
ifconfig v0 hw irda 1
ifconfig v0 hw dlci 1
ifconfig v0 hw unspec 1
ifconfig v0 hw ec 1
ifconfig v0 hw ether 02:00:00:00:00:aa hw ether 02:00:00:00:00:bb mtu 1400
cat /sys/class/net/v0/address /sys/class/net/v0/mtu
! ip link add vx0 address 02:00:00:00:00:20 type vxlan id 42 dstport 4789 local 10.1.0.1
! ip link set vx0 up
ifconfig vx0 hw ether 02:00:00:00:00:21
ifconfig vx0 down hw ether 02:00:00:00:00:22 up
cat /sys/class/net/vx0/address
