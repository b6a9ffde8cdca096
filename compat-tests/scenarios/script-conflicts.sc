# Name clashes and kernel refusals that set -e scripts trip over
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
ip netns add ns1
ip netns add ns1
ip netns add ''
ip netns add a/b
ip netns del nosuch
ip -n ns1 link add eth0 address 02:00:00:00:00:01 type veth peer name p0 address 02:00:00:00:00:02
ip link add eth0 address 02:00:00:00:00:03 type veth peer name p1 address 02:00:00:00:00:04
ip link set eth0 netns ns1
ip link set eth0 netns ns1 name eth9
ip link add eth0 type veth peer name p1
ip link add x0 type veth peer name eth0
ip link add x0 type veth peer name x0
ip link add x1 type veth peer name p2 netns nosuch
ip link set p1 name eth0
ip link set p1 name lo
ip link set lo netns ns1
ip link add br0 address 02:00:00:00:00:05 type bridge
ip link add br1 address 02:00:00:00:00:06 type bridge
ip link set p1 master br0
ip link set p1 master br1
brctl addif br0 p1
brctl addif br1 p1
brctl addif br0 br1
ip link set br0 master br1
ip link set br0 master br0
ip link set br0 type bridge vlan_filtering 1
ip link set br0 up
brctl delbr br0
brctl delbr lo
brctl delbr p1
brctl addbr p1
brctl addbr ''
brctl addbr 0123456789abcdefgh
ip link add link br0 name mv0 address 02:00:00:00:00:07 type macvlan
ip link add link mv0 name mv1 type macvlan
ip link add link lo name mv2 type macvlan
ip link add link p1 name mv3 type macvtap mode passthru
ip link add link p1 name mv4 type macvtap mode passthru
ip tuntap add dev p1 mode tap
tunctl -t p1
ip link add tap0 address 02:00:00:00:00:08 type veth peer name tap0p
ip tuntap del dev tap0 mode tap
tunctl -d tap0
ip link add vx0 type vxlan id 1 dstport 4789 dev nosuch
ip link add vx0 address 02:00:00:00:00:09 type vxlan id 1 dstport 4789
ip link add vx1 type vxlan id 1 dstport 4789
ip link set vx0 up
ip link add vx1 address 02:00:00:00:00:0a type vxlan id 1 dstport 4789
ip link set vx1 up
ip link set vx0 type vxlan id 2
ip link set vx0 type bridge
ip link set p1 type veth peer name zz
ip link set dev br1 mtu 65536
ip link set dev p1 mtu 68
ip link set dev p1 mtu 67
ip link set dev br1 address 00:00:00:00:00:00
ip link set dev br1 address ff:ff:ff:ff:ff:ff
ip link set dev lo address 02:00:00:00:00:0b
ip netns exec ns1 false; echo rc=$?
ip netns exec ns1 nosuchcommand; echo rc=$?
ip netns exec ns1
ip netns exec nosuch true
sh -c 'set -e; ip link add y0 type bridge; ip link set y0 mtu 99999; echo notreached'; echo rc=$?
ip -n ns1 -br link
ip -br link
