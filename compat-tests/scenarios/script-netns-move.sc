# Moving links between namespaces by name, by path, by pid; renaming on the way
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
ip netns add red
ip netns add blue
ip link add veth-r address 02:00:00:00:00:01 netns red type veth peer name veth-b address 02:00:00:00:00:02 netns blue
ip -n red link set veth-r up
ip -n blue link set veth-b up
ip -n red addr add 10.9.0.1/30 dev veth-r
ip -n blue addr add 10.9.0.2/30 dev veth-b
ip -n red link show
ip -n blue -d link show
ip -n red link set veth-r netns blue
ip -n red link set veth-r netns blue
ip -n blue link set veth-r name eth0
ip -n blue link set veth-b netns red
ip netns exec blue ip link set eth0 netns red
ip -n red link set eth0 name eth1
ip -n red -br addr
ip link add mv address 02:00:00:00:00:03 type veth peer name mvp address 02:00:00:00:00:04
ip link set mv netns /run/netns/red
ip link set mvp netns /nonexistent
ip link set mvp netns 0x
ip netns exec red ip -o link | cut -d' ' -f2
ip -n nosuch link
ip -n red link set lo netns blue
ip netns list
ip netns del red
ip netns list
ip -n blue link show
ip link show mvp
