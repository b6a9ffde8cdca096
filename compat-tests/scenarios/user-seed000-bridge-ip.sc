# Linux bridge first steps (seed 000): veth on a bridge, the IP moved to the bridge, promisc
ip link add name br0 type bridge
ip link set br0 up
ip link add veth0 type veth peer name veth1
ip addr add 1.2.3.101/24 dev veth0
ip addr add 1.2.3.102/24 dev veth1
ip link set veth0 up
ip link set veth1 up
ip link set dev veth0 master br0
bridge link
brctl show
% ip -d link show veth0
ip addr del 1.2.3.101/24 dev veth0
ip addr add 1.2.3.101/24 dev br0
ip addr
ip route
~ ping -c 1 -W 2 -I br0 1.2.3.102
ip link add veth2 type veth peer name eth0
ip addr add 1.2.3.4/24 dev eth0
ip link set eth0 up
ip link set dev eth0 master br0
ip route
ip addr del 1.2.3.4/24 dev eth0
ip route add default via 1.2.3.1
ip route
route -n
ip link set veth2 promisc on
ip link show veth2
ip -d link show veth2
ip link set veth2 promisc off
ip link show veth0
ip link set veth0 nomaster
ip link show veth0
# The bridge's packet counters move on their own (IPv6 MLD/ND are sent at random
# times after the link comes up), so its numbers are masked.
% ip -s link show br0
% ip -d link show br0
