# Address flags, lifetimes, metric, labels, broadcast and autojoin as ip addr prints and
# filters them (lifetimes count down, so those lines are compared with numbers masked).
! sysctl -qw net.ipv6.conf.all.dad_transmits=0 net.ipv6.conf.default.dad_transmits=0 net.ipv6.conf.all.router_solicitations=0 net.ipv6.conf.default.router_solicitations=0
! ip link set lo up
! ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
! ip link set veth0 up && ip link set veth1 up
! ip addr add 10.5.0.1/24 dev veth0 valid_lft 1000 preferred_lft 500
! ip addr add 10.5.1.1/24 dev veth0 valid_lft 1000 preferred_lft 0
! ip addr add 2001:db8:5::1/64 dev veth0 valid_lft 1000 preferred_lft 0 nodad
! ip addr add 2001:db8:6::1/64 dev veth0 mngtmpaddr noprefixroute home nodad
! ip addr add 239.1.1.1/32 dev veth0 autojoin
! ip addr add 10.5.2.1/24 dev veth0 metric 77 broadcast 10.5.2.200 label veth0:lab
! ip addr add 10.5.2.9/24 dev veth0 anycast 10.5.2.0
! ip addr add 127.0.0.2/8 dev lo scope link
! sleep 1
% ip a s dev veth0
% ip -j -p a s dev veth0
% ip -o a s dev veth0
ip -br a s dev veth0
% ip a s dev veth0 deprecated
% ip a s dev veth0 -deprecated
% ip a s dev veth0 dynamic
ip a s dev veth0 home
ip a s dev veth0 mngtmpaddr
ip a s dev veth0 noprefixroute
ip a s dev veth0 autojoin
ip a s dev veth0 nodad permanent
ip a s label 'veth0:*'
ip -j a s label 'veth0:*'
ip a s dev lo
ip -r a s dev lo
ip -r -j a s dev lo
% ip -s -s a flush dev veth0 dynamic
ip a s dev veth0
