# ip link show / ip address show in every output mode, on lo, a veth pair with IPv4 and
# IPv6 addresses, a bridge with a port, macvlan, vxlan, a tap and an ifb (fixed MACs).
# DAD and router solicitations are off so no address is caught "tentative".
! sysctl -qw net.ipv6.conf.all.dad_transmits=0 net.ipv6.conf.default.dad_transmits=0 net.ipv6.conf.all.router_solicitations=0 net.ipv6.conf.default.router_solicitations=0
! ip link set lo up
! ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
! ip link set veth0 up && ip link set veth1 up
! ip addr add 10.0.0.1/24 brd + dev veth0 && ip addr add 10.0.0.5/24 dev veth0
! ip addr add 2001:db8::1/64 dev veth0 nodad && ip addr add 2001:db8:1::1/64 dev veth0 noprefixroute
! ip addr add 10.0.0.2 peer 10.0.0.9/32 dev veth1 label veth1:x && ip addr add 10.0.3.1/24 dev veth1 metric 100
! ip link add br0 address 02:00:00:00:00:10 type bridge
! ip link add veth2 address 02:00:00:00:00:03 type veth peer name veth3 address 02:00:00:00:00:04
! ip link set veth2 master br0 && ip link set br0 up && ip link set veth2 up
! ip link add mv0 link veth0 address 02:00:00:00:00:05 type macvlan mode bridge
! ip link add vx0 address 02:00:00:00:00:06 type vxlan id 42 dstport 4789 local 10.0.0.1 dev veth0
! ip tuntap add dev tap0 mode tap && ip link set tap0 address 02:00:00:00:00:07
! ip link add ifb0 address 02:00:00:00:00:08 type ifb
! ip link property add dev veth0 altname veth0-alternative-name
! ip link set veth0 alias "the first veth"
! sleep 1
ip link show
ip link
ip -o link
ip -br link
ip -br -c=always link
ip -c=always link
ip -j link
ip -j -p link
ip -N link
ip address show
ip address
ip addr
ip a
ip -o a
ip -br a
ip -br -c=always a
ip -c=always a
ip -c=never a
ip -j a
ip -j -p a
# -r: the reference asks DNS (127.0.0.1 here) for each address, which moves lo's counters below.
ip -r a
ip -4 a
ip -6 a
ip -0 a
ip -4 -o a
ip -6 -br a
ip -0 -br a
ip -M a
ip -B a
ip -4 link
ip link show dev veth0
ip link show veth0
ip link show veth0-alternative-name
ip -j -p link show veth0
ip -o link show veth0
ip a s dev lo
ip a s veth0-alternative-name
ip -j -p a s dev veth0
ip -o a s dev veth0
ip -br a s dev veth1
ip -d link show lo
ip -d link show veth0
ip -d link show veth3
ip -d link show ifb0
ip -j -d link show veth1
ip -d a s dev veth1
% ip -s link show lo
ip -s -s link show tap0
ip -s -s -s link show ifb0
% ip -s -h link show lo
% ip -s -iec link show lo
% ip -j -s -s link show lo
% ip -s a s dev lo
% ip -s -s a s dev lo
% ip -j -s a s dev lo
% ip -s link show veth0
% ip -s -s a s veth1
% ip -j -s -s a
