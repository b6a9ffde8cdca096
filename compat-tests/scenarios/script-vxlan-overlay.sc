# VXLAN overlay setup with flood fdb entries (flannel / docker overlay style)
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
ip link add underlay address 02:00:00:00:00:10 type veth peer name underlay-p address 02:00:00:00:00:11
ip addr add 10.0.0.1/24 dev underlay
ip link set underlay up
ip link set underlay-p up
# No IPv6 on the overlay links: their MLD reports would make ARP entries in a random order
! sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add vxlan100 address 02:00:00:00:01:00 type vxlan id 100 dstport 4789 local 10.0.0.1 dev underlay nolearning ttl 64
ip link add flannel.1 address 02:00:00:00:01:01 type vxlan id 1 local 10.0.0.1 dev underlay dstport 8472 nolearning
ip link add vx6 type vxlan id 6 group 239.1.1.1 dev underlay dstport 0
ip link add vx7 address 02:00:00:00:01:07 type vxlan id 7 remote 10.0.0.2 dstport 4789 srcport 1000 2000 tos inherit ttl auto df set udpcsum noudp6zerocsumtx
ip link add vxbad type vxlan id 8 group 10.0.0.2 dev underlay
ip link add vxbad type vxlan id 8 remote 239.1.1.1
ip link add vxbad type vxlan id 16777216
ip link add vxbad type vxlan dstport 4789
ip link set vxlan100 mtu 1450 up
ip link set flannel.1 up
bridge fdb append 00:00:00:00:00:00 dev vxlan100 dst 10.0.0.2
bridge fdb append 00:00:00:00:00:00 dev vxlan100 dst 10.0.0.3
bridge fdb append 00:00:00:00:00:00 dev vxlan100 dst 10.0.0.3
bridge fdb add 02:00:00:00:aa:01 dev flannel.1 dst 10.0.0.5 self permanent
bridge fdb replace 02:00:00:00:aa:01 dev flannel.1 dst 10.0.0.6 self permanent
bridge fdb add 02:00:00:00:aa:02 dev vxlan100 dst 10.0.0.7 port 4790 vni 200
bridge fdb show dev vxlan100
bridge fdb show dev flannel.1
bridge -j fdb show dev vxlan100
ip -d link show vxlan100
ip -d link show vx7
ip -d -j link show flannel.1
ip link add br100 address 02:00:00:00:02:00 type bridge
ip link set vxlan100 master br100
ip link set br100 up
bridge fdb show br br100
bridge fdb del 00:00:00:00:00:00 dev vxlan100 dst 10.0.0.3
bridge fdb del 00:00:00:00:00:00 dev vxlan100 dst 10.0.0.3
bridge fdb show dev vxlan100
ip link set vxlan100 type vxlan id 101
ip link set vxlan100 type vxlan ttl 10
ip link change vx7 type vxlan learning
ip -d link show vxlan100 | grep -o 'vxlan id [0-9]*'
ip link del vx6
ip link del flannel.1
ip link del vxlan100
bridge fdb show br br100
# Stray overlay traffic leaves ARP entries in a random order: take the underlay down at the end
! ip link set underlay down
