# ip link show / ip addr show filters, and every way a filter is refused.
! sysctl -qw net.ipv6.conf.all.dad_transmits=0 net.ipv6.conf.default.dad_transmits=0 net.ipv6.conf.all.router_solicitations=0 net.ipv6.conf.default.router_solicitations=0
! ip link set lo up
! ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
! ip link set veth0 up && ip link set veth1 up
! ip addr add 10.0.0.1/24 brd + dev veth0 && ip addr add 10.0.0.5/24 dev veth0
! ip addr add 2001:db8::1/64 dev veth0 nodad
! ip addr add 10.0.0.2 peer 10.0.0.9/32 dev veth1 label veth1:x
! ip link add br0 address 02:00:00:00:00:10 type bridge
! ip link add veth2 address 02:00:00:00:00:03 type veth peer name veth3 address 02:00:00:00:00:04
! ip link set veth2 master br0 && ip link set br0 up && ip link set veth2 up
! ip link add ifb0 address 02:00:00:00:00:08 type ifb && ip link set ifb0 group 7
! sleep 1
ip link show up
ip -j link show up
ip -br link show up
ip a s up
ip -j a s up
ip link show master br0
ip a s master br0
ip link show nomaster
ip link show type veth
ip link show type bridge
ip link show type bridge_slave
ip link show type _slave
ip link show type nosuchkind
ip link show group 7
ip link show group default
ip a s group 7
ip -j link show group 7
ip a s scope global
ip a s scope link
ip a s scope host
ip a s scope all
ip a s scope 0
ip -j a s scope global
ip -o a s scope global
ip a s to 10.0.0.0/24
ip a s to 10.0.0.0/8
ip a s to 10.0.0.5
ip a s to 2001:db8::/32
ip a s to default
ip -j a s to 10.0.0.1/32
ip a s primary
ip a s secondary
ip a s dynamic
ip a s permanent
ip a s -permanent
ip a s nodad
ip a s -nodad
ip a s tentative
ip a s -tentative
ip a s deprecated
ip a s dadfailed
ip a s temporary
ip a s home
ip a s mngtmpaddr
ip a s noprefixroute
ip a s autojoin
ip a s optimistic
ip a s -secondary
ip a s label lo
ip a s label 'veth*'
ip a s label veth1:x
ip -j a s label veth1:x
ip link show label lo
ip a s dev veth0 scope global secondary
ip a s veth0 to 10.0.0.0/8 scope global
ip link show if3
ip a s if3
ip a s if99
ip -j a s if99
ip link show if99
ip link show 1234567890123456789
ip a s dev ""
ip link show dev "a b"
ip -j link show if3
ip link show dev nosuch
ip link show nosuch
ip a s dev nosuch
ip -j a s dev nosuch
ip link show dev
ip a s dev
ip a s lo lo
ip link show lo dev lo
ip a s scope
ip a s scope foo
ip a s to
ip a s to foo
ip a s to 10.0.0.0/33
ip -6 a s to 10.0.0.0/8
ip -0 a s to 10.0.0.0/8
ip a s label
ip a s group
ip a s group nosuch
ip a s master
ip a s master nosuch
ip a s vrf nosuch
ip a s vrf br0
ip link show vrf veth0
ip link show type
ip a s help
ip a s he
ip a s - 
ip a s -- 
ip address help
ip address foo
ip -4 link show
ip -6 link show dev lo
# A single device is a GET by name: the other filters still apply to the answer.
ip link show dev lo type veth
ip -j link show dev lo type veth
ip link show lo master br0
ip link show veth2 master br0
ip link show veth2 type bridge_slave
ip -j link show dev veth3 up
ip link show dev veth3 up
ip a s dev veth3 up
ip -j a s dev veth3 up
ip link show lo group 0
ip link show lo group 5
ip a s lo group 5
ip a s lo nomaster
ip link show lo nomaster
ip link show veth2 nomaster
ip a s lo label 'l*'
ip -j a s lo label 'x*'
ip a s lo type veth
ip a s veth0 type veth
ip -br a s veth0 type veth
ip link show dev lo lo
ip link show dev lo dev veth0
ip link show group
ip link show type bridge master br0
