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
! ip addr add 2001:db8:2::3/64 dev br0 home nodad
! ip addr add fe80::6/64 dev veth0 nodad
! ip addr add 10.2.0.1/16 dev veth0 
! ip addr add 2001:db8:1::3/64 dev br0 noprefixroute nodad
! ip addr add fe80::7/64 dev veth0 nodad
! ip addr add fe80::8/64 dev veth0 peer 10.9.9.9 nodad
! ip addr add fe80::9/64 dev br0 nodad nodad
! ip addr add 10.0.2.2/24 dev veth0 home
! ip addr add 10.0.0.9/24 dev veth0 label veth0:3 peer 10.9.9.9
! ip addr add 10.0.2.3/24 dev br0 
! ip addr add 10.0.0.6/24 dev veth0 label veth0:3 brd +
! ip addr add fe80::6/64 dev br0 nodad nodad
! ip addr add 10.0.0.5/24 dev veth0 
! ip addr add 2001:db8:3::8/64 dev veth0 nodad
! ip addr add 10.0.3.1/24 dev veth0 
! ip addr add 10.3.0.1/16 dev veth0 nodad scope link
! ip addr add 2001:db8:2::5/64 dev veth0 nodad
! ip addr add 10.1.0.1/16 dev veth0 
! ip addr add fe80::9/64 dev br0 valid_lft 100 preferred_lft 50 nodad
! ip addr add 10.0.3.4/24 dev br0 valid_lft 100 preferred_lft 50
! ip addr add 10.0.1.2/24 dev veth0 peer 10.9.9.9
! ip addr add 2001:db8:3::2/64 dev veth0 nodad nodad
! ip addr add 2001:db8:1::2/64 dev br0 nodad
! ip addr add fe80::6/64 dev veth0 nodad
! ip addr add 2001:db8:0::2/64 dev br0 nodad
! ip addr add 2001:db8:3::1/64 dev veth0 scope host nodad
! ip addr add 2001:db8:3::7/64 dev veth0 nodad
! ip addr add 10.0.3.5/24 dev br0 
! ip addr add 2001:db8:0::1/64 dev br0 nodad
! ip addr add fe80::3/64 dev veth0 valid_lft 100 preferred_lft 50 nodad
! ip addr add 2001:db8:3::4/64 dev br0 nodad nodad
! ip addr add 10.0.0.7/24 dev veth0 noprefixroute
! ip addr add 10.2.0.1/16 dev veth0 noprefixroute mngtmpaddr
! ip addr add 10.0.2.8/24 dev br0 
! ip addr add 2001:db8:3::9/64 dev veth0 home nodad
! ip addr add fe80::3/64 dev veth0 nodad
! ip addr add fe80::6/64 dev veth0 nodad nodad
! ip addr add 10.2.0.1/16 dev br0 nodad
! ip addr add 10.0.2.3/24 dev br0 
! ip addr add fe80::3/64 dev veth0 nodad
ip -6 addr flush to 10.0.0.0/16 to 10.0.0.0/24
ip -s addr flush type veth to 10.1.0.0/16 home
ip -6 addr show type veth secondary to 10.1.0.0/16
ip -s addr flush scope host home type veth
ip addr show dev br0 label veth0:1
ip addr
ip addr flush label veth0:1 home label 'veth0:*'
ip -o -s addr flush scope global
ip -j -s addr flush secondary to 10.0.0.0/24
ip addr show to 10.0.0.0/24
ip addr show primary noprefixroute
ip addr
ip addr show dynamic scope host
ip -s -s addr flush secondary label 'veth0:*' to 10.0.0.0/24
ip addr show label veth0:1
ip -j -s addr flush master br0
ip -s -s addr flush to 2001:db8::/32
ip addr
ip -6 addr flush label veth0:1
ip -j -s addr flush type veth to 10.1.0.0/16 deprecated
ip -br addr show deprecated up
ip -o -s addr flush -tentative deprecated to 10.0.0.0/24
ip -br addr show -tentative type veth to 10.0.0.0/16
ip addr
ip -j -s addr flush type veth master br0 scope link
ip -s -s addr flush to 10.1.0.0/16 noprefixroute
ip addr show to 2001:db8::/32 dynamic
ip -j -s addr flush primary
ip -s addr flush scope host dev veth0
ip addr
ip -s addr flush primary to 2001:db8::/32
ip -br addr show type veth permanent dev veth0
ip -o -s addr flush label veth0:1 up
ip -s -s addr flush to 10.0.0.0/16 noprefixroute type veth
ip addr show to 10.0.0.0/24 secondary
ip addr
ip -4 addr flush scope host
ip -o -s addr flush label 'veth0:*' scope host
ip -j -s addr flush label 'veth0:*' scope link
ip -4 addr flush label veth0:1
ip -j -s addr flush up dev br0 to 10.0.0.0/24
ip addr
ip -s -s addr flush up dev br0 scope host
ip addr show permanent
ip -br addr show scope host to 10.0.0.0/24
ip -6 addr show scope global to 10.0.0.0/24 type veth
ip -o -s addr flush label veth0:1 dev br0
ip addr
