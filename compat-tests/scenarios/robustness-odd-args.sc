# Odd command lines (empty words, huge numbers, unicode, missing values, 300-byte words):
# mutations of ordinary commands (compat-tests/fuzz/README.md), each checked by hand to
# give the reference's message and exit code, never a panic.
tunctl ifconfig -d tap9
ip link 18446744073709551616 dev mtu 1500
brctl nan brx lo 300
ip from link add b8 type bridge ageing_time 3000 priority 3 vlan_protocol 802.1Q mcast_snooping 0 hello_time 300 max_age 2000
ip -j addr nan
ip -j addr show ''"'"''
brctl stp all brx type
ip route add
ip addr ' '
ip link ''"'"'' set dev lo mtu 1500
route add -net / netmask 255.255.0.0 dev lo
route 1e9 inet6 add 2001:db8::/64 dev lo
ifconfig lo hw ether /
ip -s -d link - show dev lo
ifconfig 1.2.3.4/33
tunctl : window -t tap9
bridge fdb 99999999999999999999999999 dev lo dst 10.0.0.1 vni 100 port 4789 via
ip link encap set dev lo 1500
route add -net - netmask 255.255.0.0 dev 99999999999999999999999999
ip -s -d ff:ff dev -
brctl 1e9 brx -
ip route dev add inf mpls 100/200 via 127.0.0.1 dev lo
ip 02:00:00:00:00:05 neigh 2001:db8::5 lladdr 02:00:00:00:00:07 dev lo proxy
ip router route add 10.1.0.0/16 dev via 127.0.0.1 dev lo metric 5 mtu
ip -n lo nosuchns
bridge link ip nan dev lo cost 4
bridge vlan add vid 10-20 dev lo 2001:db8::9/64 pvid untagged
ifconfig lo inf netmask ::/129 mtu dev
ip neigh 'éè' dev nud reachable
ip route -arp
ifconfig ip lo txqueuelen 100 -arp 0.0.0.0/0 allmulti 3
ip -s -d link 4294967296 256.1.1.1 dev lo
ip -s -d link . show 0.0.0.0/0
ip route 10.3.0.0/16 dev lo rtt 100ms dev 10 window 5 initcwnd 3 advmss 1400 features ecn
ip -j addr 255.0.0.0 iif dev show
ip neigh 0.0.0.0/0 lladdr 02:00:00:00:00:02 dev -- nud permanent
ip route ageing show table all
tunctl help -t tap9
ip -j 0xffffffffffffffff show
route del 1.2.3.4/33
ip route nan 10.3.0.0/16 dev lo rtt 100ms rttvar inf window initcwnd 3 advmss 1400 features ecn
ip -0 256.1.1.1 route show table 100
ip link 0/0 vx8 type vxlan id 7 group 239.1.1.1 dev lo ttl 4 tos 0x10 ageing 30 maxaddress 5 srcport 100 200 learning
ip addr / 10.0.0.1/24 dev lo label lo:1
ip route lladdr add 2001:db8:1::/64 dev lo
ip -s / link show dev lo
ip . add v8 type veth peer name v9 address 02:00:00:00:00:05 mtu . 9000 numtxqueues 4 pvid
route /
ip -j addr '\' show
ifconfig 0/0 valid_lft lo
ifconfig lo:3 10.0.0.9 broadcast 1.2.3.4/33 10.0.0.255 ::/129 255.255.255.0 up
route add -net 10.9.0.0 netmask dev lo
ip tuntap add dev 4294967296 mode tap user 0 group multi_queue
ip netns neigh add lladdr 02:00:00:00:00:02 dev lo nud
ip vxlan addr add 2001:db8::1/64 dev lo valid_lft 100 preferred_lft 50
ip link hello_time add b8 type bridge ageing_time 3000 priority 3 vlan_protocol 802.1Q mcast_snooping 0 hello_time 300 0x max_age 2000
brctl setageing brx -
ip -j '😀' irtt
ip link add b8 type bridge inf 3000 1.2.3 3 0.0.0.0/0 802.1Q mcast_snooping 0 hello_time 300 max_age 2000
ip tuntap add dev tap8 mode tap 1.2.3 0 group 0 multi_queue
ip netns exec ns9
tunctl -d
ip netns 18446744073709551616 exec ns9 ip
ip tuntap add dev tap8 mode
bridge fdb flush dev type
ifconfig lo rate add 2001:db8::9/64 -1
ip -s ''"'"'' link show dev %s%n
ip : neigh show dev ff:ff nud reachable
brctl allmulti setfd brx :
ip -j addr 256.1.1.1 show
ip -n
ip -netns
ip -n ''
ifconfig lo broadcast aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
ifconfig lo netmask aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
ifconfig lo pointopoint aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
ifconfig lo:3 10.0.0.9 broadcast aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
ifconfig lo aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
ifconfig lo add aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
# Huge, negative, empty and unicode values for the options of each applet.
ip link add x type veth peer name ''
ip link add '' type veth
ip link add xxxxxxxxxxxxxxxxx type veth
ip link add x type veth peer name yyyyyyyyyyyyyyyyyy
ip link set dev lo mtu 4294967296
ip link set dev lo mtu -1
ip link set dev lo mtu ''
ip link set dev lo txqueuelen 99999999999999999999
ip link set dev lo address ''
ip link set dev lo address 02:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00
ip link set dev lo alias ''
ip link set dev lo group 4294967296
ip link set dev lo netns 99999999999
ip link set dev lo netns ''
ip link add br0 type bridge ageing_time 99999999999999999999
ip link add br0 type bridge forward_delay -5
ip link add br0 type bridge vlan_protocol 802.1x
ip link add br0 type bridge group_address ''
ip link add vx type vxlan id 16777216
ip link add vx type vxlan id 0 dstport 65536
ip link add vx type vxlan id 1 srcport 5
ip link add vx type vxlan id 1 ttl 256
ip link add vx type vxlan id 1 tos 0x100
ip link add vx type vxlan id 1 group 'é'
ip link add mv link lo type macvlan mode ''
ip link add mv link '' type macvlan
ip addr add 10.0.0.1/-1 dev lo
ip addr add 10.0.0.1/4294967296 dev lo
ip addr add 1.2.3.4.5 dev lo
ip addr add 10.0.0.1/24 dev lo valid_lft 4294967296
ip addr add 10.0.0.1/24 dev lo preferred_lft forever valid_lft 5
ip addr add 10.0.0.1/24 dev lo label 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
ip addr add ::1/129 dev lo
ip addr add 😀 dev lo
ip route add 10.0.0.0/8 dev lo metric 4294967296
ip route add 10.0.0.0/8 dev lo mtu lock 99999999999
ip route add 10.0.0.0/8 dev lo table 4294967296
ip route add 10.0.0.0/8 dev lo table ''
ip route add 10.0.0.0/8 via '' dev lo
ip route add 10.0.0.0/8 nexthop
ip route add 10.0.0.0/8 nexthop via 127.0.0.1 weight 257
ip route add 10.0.0.0/8 nexthop via 127.0.0.1 weight 0
ip route add 10.0.0.0/8 encap mpls '' dev lo
ip route add 10.0.0.0/8 encap ip id 99999999999999999999 dst 1.1.1.1 dev lo
ip route add 10.0.0.0/8 dev lo rtt 99999999999s
ip route add 10.0.0.0/8 dev lo rtt -1ms
ip route add 10.0.0.0/8 dev lo congctl ''
ip route add 10.0.0.0/8 dev lo realms 1/2/3
ip route get ''
ip route get 1.2.3.4 mark 99999999999
ip neigh add 10.0.0.9 lladdr '' dev lo
ip neigh add 10.0.0.9 lladdr 0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0 dev lo
ip neigh add 10.0.0.9 nud '' dev lo
ip neigh add '' dev lo
ip rule add prio 4294967296
ip rule add fwmark 0x1/0x100000000
ip rule add uidrange 5-
ip rule add sport 70000
ip rule add dport 5-4
ip rule add tos 256
ip rule add table ''
ip rule add goto -1
bridge fdb add '' dev lo
bridge fdb add 02:00:00:00:00:01 dev lo vlan 4096
bridge fdb add 02:00:00:00:00:01 dev lo port 99999999
bridge fdb add 02:00:00:00:00:01 dev lo vni 16777216
bridge fdb add 02:00:00:00:00:01 dev lo dst ''
bridge link set dev lo cost 4294967296
bridge link set dev lo priority 99999
bridge link set dev lo state ''
bridge -j fdb show br ''
brctl addbr ''
brctl addbr xxxxxxxxxxxxxxxxxxxxxxxxxxx
brctl setfd '' 1
brctl setageing x 1e999
brctl setbridgeprio x 99999999999
route add -net 10.0.0.0 netmask 255.255.255.256 dev lo
route add -net '' dev lo
route add -host 1.2.3.4 metric 99999999999 dev lo
route add -net 10.0.0.0/33 dev lo
route -A '' -n
route add default gw '' 
ifconfig '' up
ifconfig lo mtu 99999999999
ifconfig lo mtu -1
ifconfig lo netmask ''
ifconfig lo hw ether ''
ifconfig lo hw ether 00:11:22:33:44:55:66:77
ifconfig lo add ::1/999
ifconfig lo txqueuelen ''
tunctl -u ''
tunctl -t ''
tunctl -t xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
tunctl -g 99999999999
ip tuntap add dev '' mode tap
ip tuntap add mode tun user 99999999999
ip -batch /dev/null ''
ip -rc 99999999999999999999 link
ip -l -5 addr flush dev lo
ip -f '' link
# -batch lines are C strings: a NUL byte ends the line (and hides a continuation), a last
# line without its newline continues nothing.
printf 'link\000show lo\n' | ip -batch -
printf 'link show lo \\' | ip -batch -
printf 'link sh\000ow lo \\\nlink show lo\n' | ip -force -batch -
printf '\000\nlink show lo\n' | ip -batch -
printf 'link show lo # x \\\nlink show lo\n' | ip -batch -
printf 'fdb show\000 dev lo\n' | bridge -batch -
