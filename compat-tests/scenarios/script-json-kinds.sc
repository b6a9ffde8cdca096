# Inventory scripts: -j/-d/-br/-o outputs of every kind this kernel has, parsed by tools
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
ip link add e0 address 02:00:00:00:00:01 type veth peer name e1 address 02:00:00:00:00:02
ip link add br0 address 02:00:00:00:00:03 type bridge
ip link set e0 master br0
ip link add vx6 address 02:00:00:00:00:04 type vxlan id 66 group ff05::100 dev e1 dstport 4789 ttl 5 flowlabel 7 label 3
ip link add vx4 address 02:00:00:00:00:05 type vxlan id 44 local 10.1.1.1 remote 10.1.1.2 dstport 4789 gbp
ip link add vxe address 02:00:00:00:00:06 type vxlan external
ip link add mv0 link e1 address 02:00:00:00:00:07 type macvlan mode source
ip link set mv0 type macvlan macaddr add 02:00:00:00:aa:01
ip link add mt0 link e1 address 02:00:00:00:00:08 type macvtap mode vepa
ip tuntap add tp0 mode tap user nobody group nogroup multi_queue
ip tuntap add tn0 mode tun pi vnet_hdr
ip link add ifb0 address 02:00:00:00:00:09 type ifb
ip -d -j link show e0
ip -d -j -p link show br0
ip -d -j link show vx6
ip -d -j link show vx4
ip -d -j link show vxe
ip -d -j link show mv0
ip -d -j link show mt0
ip -d -j link show tp0
ip -d -j link show tn0
ip -d -j link show ifb0
ip -d link show vx6
ip -d link show mv0
ip -d link show tp0
ip -d -o link show tn0
ip -br -j link
ip -j link show type vxlan
ip -j link show master br0
ip -j -d link show type bridge_slave
ip -d link show type macvtap
% ip -s -j link show e1
ip -o -d link show | awk '{print $2, $NF}'
ip -o -d link show vx6
ip -o -d link show mv0
ip -o -d link show mt0
ip -o -d link show tp0
ip -o -d link show br0 | tr '\\' '\n' | sed -n 2p | cut -c1-60
ip -br -d link
ip -p -j -d link show vx4
