# QA: generated ip addr flush/show filter combinations over many addresses (seeded generator)
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
! ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
! ip link add br0 address 02:00:00:00:00:10 type bridge
! ip link set veth1 master br0
! ip link set veth0 up
! ip link set veth1 up
! ip link set br0 up
! ip addr add 10.0.0.1/24 dev veth0
! ip addr add 2001:db8::1/64 dev veth0 nodad
! ip link add vx0 address 02:00:00:00:00:30 type vxlan id 42 dstport 4789 local 10.0.0.1 dev veth0
! ip link set vx0 master br0
! ip link set vx0 up
! ip addr add fe80::8/64 dev veth0 nodad
! ip addr add 2001:db8:3::1/64 dev veth0 scope link metric 9 nodad
! ip addr add fe80::4/64 dev veth0 nodad nodad
! ip addr add 10.0.1.6/24 dev veth0 mngtmpaddr scope link
! ip addr add 10.3.0.1/16 dev veth0 home
! ip addr add 10.2.0.1/16 dev br0 peer 10.9.9.9 mngtmpaddr
! ip addr add fe80::9/64 dev veth0 peer 10.9.9.9 nodad
! ip addr add 10.2.0.1/16 dev br0 
! ip addr add 2001:db8:2::6/64 dev br0 peer 10.9.9.9 nodad
! ip addr add fe80::1/64 dev br0 valid_lft 100 preferred_lft 50 nodad
! ip addr add 2001:db8:3::6/64 dev br0 nodad
! ip addr add 2001:db8:1::2/64 dev veth0 scope link peer 10.9.9.9 nodad
! ip addr add 10.2.0.1/16 dev veth0 scope link
! ip addr add fe80::5/64 dev veth0 nodad nodad
! ip addr add 2001:db8:2::7/64 dev br0 peer 10.9.9.9 nodad
! ip addr add 10.1.0.1/16 dev br0 scope host nodad
! ip addr add 10.0.3.9/24 dev br0 home metric 9
! ip addr add 10.0.3.1/24 dev veth0 
! ip addr add 10.3.0.1/16 dev veth0 label veth0:0 home
! ip addr add 2001:db8:0::7/64 dev br0 nodad
! ip addr add fe80::5/64 dev veth0 home nodad
! ip addr add 2001:db8:1::6/64 dev veth0 nodad
! ip addr add 10.3.0.1/16 dev veth0 label veth0:0 scope link
! ip addr add 2001:db8:1::5/64 dev veth0 metric 9 nodad
! ip addr add 10.0.2.4/24 dev veth0 
! ip addr add fe80::2/64 dev br0 valid_lft 100 preferred_lft 50 nodad
! ip addr add fe80::2/64 dev veth0 nodad
! ip addr add 10.0.2.1/24 dev veth0 
! ip addr add 10.1.0.1/16 dev br0 noprefixroute
! ip addr add 10.2.0.1/16 dev veth0 
! ip addr add 2001:db8:2::8/64 dev veth0 nodad
! ip addr add fe80::9/64 dev br0 scope host nodad
! ip addr add 2001:db8:1::6/64 dev br0 scope link nodad
! ip addr add 10.2.0.1/16 dev veth0 broadcast 10.0.0.255 brd +
! ip addr add 10.0.0.9/24 dev veth0 scope link
! ip addr add fe80::6/64 dev veth0 nodad
! ip addr add 10.3.0.1/16 dev br0 scope link
! ip addr add 2001:db8:1::9/64 dev veth0 nodad
! ip addr add 10.0.3.9/24 dev veth0 valid_lft 100 preferred_lft 50
! ip addr add 10.2.0.1/16 dev br0 label veth0:2
ip addr flush nodad dev veth0
ip -6 addr show to 2001:db8::/32 nodad scope host
ip -6 addr flush scope host
ip -o -s addr flush to 10.1.0.0/16 nodad
ip -s addr flush up
ip addr
ip addr flush noprefixroute
ip -j -s addr flush home
ip -4 addr flush type veth dynamic master br0
ip addr show to 10.0.0.0/24
ip -o -s addr flush noprefixroute label veth0:1 -tentative
ip addr
ip -6 addr flush mngtmpaddr up
ip -br addr show label veth0:1 dev br0 scope link
ip -4 addr flush to 2001:db8::/32 primary home
ip -6 addr flush to 10.0.0.0/16 -tentative
ip addr show to 2001:db8::/32 primary -tentative
ip addr
ip -br addr show scope link scope global up
ip -6 addr flush to 10.1.0.0/16 primary scope host
ip addr flush secondary nodad
ip -j -s addr flush master br0 to 10.1.0.0/16
ip -br addr show home primary
ip addr
ip -6 addr flush dev br0 home scope link
ip -s addr flush scope global label 'veth0:*' deprecated
ip -s addr flush up
ip -o -s addr flush label veth0:1 to 10.1.0.0/16
ip addr show primary to 10.0.0.0/24
ip addr
ip addr show up
ip -o -s addr flush scope global
ip -6 addr flush mngtmpaddr permanent scope global
ip -br addr show label veth0:1 to 10.1.0.0/16
ip -br addr show secondary
ip addr
ip addr flush nodad dev veth0
ip -4 addr flush up label veth0:1 label 'veth0:*'
ip -s -s addr flush to 10.0.0.0/16
ip -6 addr show secondary label 'veth0:*' to 10.0.0.0/16
ip -s -s addr flush master br0 dynamic
ip addr
ip -s addr flush to 2001:db8::/32 noprefixroute permanent
ip -o -s addr flush nodad
ip -s addr flush to 10.0.0.0/16
ip -6 addr show scope global
ip -s -s addr flush dev veth0 mngtmpaddr to 10.0.0.0/16
ip addr
