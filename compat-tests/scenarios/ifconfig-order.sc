# ifconfig's listing order: net-tools' nstrcmp (numbers compared as numbers, aliases last)
! for n in a1 a10 a2 a a-1 A1 eth0 eth01 eth1 eth10 eth9 x.y b12c3 b12c12 b2c3; do ip link add $n type veth peer name p$n; done
! ip addr add 10.9.0.1/24 dev eth1
! ip addr add 10.9.0.2/24 dev eth1 label eth1:10
! ip addr add 10.9.0.3/24 dev eth1 label eth1:9
! ip addr add 10.9.0.4/24 dev eth1 label eth1:x
! ip link set eth1 up
ifconfig -a -s | cut -c1-16
ifconfig -s | cut -c1-16
