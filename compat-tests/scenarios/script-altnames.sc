# Predictable names via altname (systemd-style), used everywhere a name is accepted
ip link add enp0s31f6 address 02:00:00:00:00:01 type veth peer name p0 address 02:00:00:00:00:02
ip link property add dev enp0s31f6 altname eth0
ip link property add dev enp0s31f6 altname enxde00000001 altname longer-alternative-name-here
ip link property add dev p0 altname eth0
ip link property add dev p0 altname enp0s31f6
ip link property add dev p0 altname 0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz
ip link property add dev p0 altname a/b
ip link property add dev p0 altname ''
ip link set eth0 up
ip link set dev eth0 mtu 1400
ip addr add 10.0.0.1/24 dev eth0
ip route add 10.1.0.0/16 dev eth0
ip -br link show eth0
ip link show dev eth0
ip -j link show eth0
ip -d link show longer-alternative-name-here
ip route show dev eth0
ip addr show eth0
ip link add br0 address 02:00:00:00:00:03 type bridge
ip link set eth0 master br0
bridge link show dev eth0
brctl addif br0 eth0
ip netns add ns1
ip link set eth0 netns ns1
ip -n ns1 link show eth0
ip -n ns1 link property del dev eth0 altname enxde00000001
ip -n ns1 link property del dev enp0s31f6 altname enp0s31f6
ip -n ns1 link set eth0 name eth1
ip -n ns1 link del eth0
ip link show p0
