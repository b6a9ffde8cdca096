# Docker-style bridge networking: bridge, veth pair, peer moved into a netns and renamed eth0
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
ip link add name docker0 address 02:42:00:00:00:01 type bridge
ip link set docker0 mtu 1500
ip addr add 172.17.0.1/16 brd + dev docker0
ip link set docker0 up
ip netns add c1
ip link add veth1a2b3c4 address 02:00:00:00:01:01 mtu 1500 type veth peer name vethtmp1 address 02:42:ac:11:00:02
ip link set veth1a2b3c4 master docker0
ip link set veth1a2b3c4 up
ip link set vethtmp1 netns c1
ip -n c1 link set vethtmp1 name eth0
ip -n c1 link set eth0 address 02:42:ac:11:00:02 mtu 1500
ip -n c1 addr add 172.17.0.2/16 brd 172.17.255.255 dev eth0
ip -n c1 link set eth0 up
ip -n c1 link set lo up
ip -n c1 route add default via 172.17.0.1 dev eth0
ip -n c1 -o -4 addr show dev eth0 | awk '{print $4}'
ip -n c1 -br link show
ip -n c1 -br addr
ip -br link show master docker0
ip -j link show docker0
ip -o link show type veth
ip -o link show type bridge | awk -F': ' '{print $2}'
% ip -d link show veth1a2b3c4
bridge link show
brctl show docker0
ip link set dev veth1a2b3c4 nomaster
ip link set dev veth1a2b3c4 master docker0
ip -n c1 route show
ip -n c1 link show eth0 | grep -o 'mtu [0-9]*'
ip link show dev docker0 | grep -c UP
ip netns exec c1 ip -4 -j addr show eth0
ip link del veth1a2b3c4
ip -n c1 link show
ip netns del c1
ip link del docker0
ip link show docker0 2>/dev/null || echo gone
