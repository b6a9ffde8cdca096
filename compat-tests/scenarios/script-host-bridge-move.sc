# Moving a host IP onto a bridge (netplan/ifupdown style), then undoing it
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
ip link add eth0 address 02:00:00:00:00:01 type veth peer name peer0 address 02:00:00:00:00:02
# peer0 stays down: no carrier, so no IPv6 routes whose order would depend on timing
ip addr add 192.168.50.10/24 dev eth0
ip link set eth0 up
ip route add default via 192.168.50.1 dev eth0 metric 100
ip link add br0 type bridge
ip link set br0 address $(ip -br link show eth0 | awk '{print $3}')
ip link set eth0 master br0
ip addr flush dev eth0
ip addr add 192.168.50.10/24 dev br0
ip link set br0 up
ip route replace default via 192.168.50.1 dev br0 metric 100
ip -br addr show
ip -br link show
ip route
bridge link
ip link set eth0 nomaster
ip addr del 192.168.50.10/24 dev br0
ip addr add 192.168.50.10/24 dev eth0
ip route add default via 192.168.50.1 dev eth0 metric 100
ip link set br0 down
ip link delete br0 type bridge
ip route
