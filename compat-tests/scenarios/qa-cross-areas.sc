# QA: one pass over link, tuntap, neigh (proxy), rule, net-tools and netconf changes in sequence
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v0 up
! ip addr add 10.0.0.1/24 dev v0
ip link set v0 mtu 9000 txqueuelen 100 alias test
ip link set v0 name v9
ip link set v9 name v0
ip link set dev v0 arp off promisc on allmulticast on
ip link set v0 type veth
ip link set v1 master nosuch
ip link add br9 type bridge vlan_filtering 1
ip link add br8 type bridge stp_state 1 priority 1 forward_delay 2
ip link add mv9 link v0 type macvlan mode vepa
ip link add mv8 link v0 type macvlan mode bogus
ip link add vx9 type vxlan id 9 dstport 4789 remote 10.0.0.2 local 10.0.0.1
ip link add vx8 type vxlan id 9
ip link add t9 type tun
ip tuntap add t9 mode tap
ip tuntap add t9 mode tap
ip tuntap del t9 mode tap
ip link add dm0 type dummy
ip link add vl0 link v0 type vlan id 5
ip link add i0 type ifb
ip link del i0
ip link del nosuch
ip link set v1 netns 1x
ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev v0
ip neigh add proxy 10.0.0.6 dev v0
ip neigh show proxy
ip neigh replace 10.0.0.5 lladdr 02:00:00:00:00:06 dev v0 nud reachable
ip neigh del 10.0.0.7 dev v0
ip -s neigh show 10.0.0.5
ip rule add from 10.0.0.0/24 table 100 pref 100
ip rule add fwmark 0x10/0xff lookup 200
ip rule add iif v0 table 5
ip rule
ip -j rule
ip rule del pref 100
ip rule del pref 100
ip -6 rule add from 2001:db8::/32 table 7
ip -6 rule
route add -net 10.9.0.0 netmask 255.255.0.0 gw 10.0.0.2
route -n
route del -net 10.9.0.0 netmask 255.255.0.0
ifconfig v0 10.0.0.9 netmask 255.255.255.0 up
ifconfig v0:1 10.0.0.10
tunctl -t tap7
tunctl -d tap7
sysctl -qw net.ipv4.conf.v0.proxy_arp=1; ip netconf show dev v0
