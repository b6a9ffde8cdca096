# Less common link attributes: protodown and its reasons, link modes, txqueuelen 0, the
# IPv6 address generation mode, aliases, alternative names, a peer in a named netns.
! sysctl -qw net.ipv6.conf.all.dad_transmits=0 net.ipv6.conf.default.dad_transmits=0
! ip link set lo up
! ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
! ip link add mv0 link veth0 address 02:00:00:00:00:05 type macvlan mode bridge
! ip link add vx0 address 02:00:00:00:00:06 type vxlan id 42 dstport 4789
! ip link set vx0 protodown on
! ip link set mv0 protodown_reason 3 on && ip link set mv0 protodown_reason 0 on && ip link set mv0 protodown on
ip link show vx0
ip link show mv0
ip -N link show mv0
ip -j link show mv0
ip -j -p link show vx0
ip -br link show mv0
! ip link set dev veth1 txqueuelen 0 && ip link set dev lo mode dormant
ip link show veth1
ip -j link show veth1
ip a s dev veth1
ip link show lo
ip -j link show lo
! ip link set dev veth0 addrgenmode none
ip -d link show veth0
! ip link set dev veth0 addrgenmode random
ip -d link show veth0
ip -d -j link show veth0
! ip link set dev veth0 addrgenmode stable_secret
ip -d link show veth0
! ip link set veth0 alias "an alias with spaces" && ip link property add dev veth0 altname veth0-first-alternative altname v0alt
ip link show veth0
ip link show v0alt
ip -o link show veth0
ip -j link show veth0
ip -j -p link show veth0-first-alternative
ip a s veth0
ip -d a s veth0
ip a s dev veth0-first-alternative
! ip link set veth0 name vethz
ip link show v0alt
ip link show veth0
! ip netns add peerns && ip link add vp0 address 02:00:00:00:00:30 type veth peer name vp1 netns peerns
ip link show vp0
ip -j link show vp0
ip -o link show vp0
ip -br link show vp0
ip a s vp0
# Aliases and labels are bytes, not necessarily UTF-8.
! ip link set vethz alias "$(printf 'a\377b')" && ip addr add 10.7.0.1/24 dev vethz label "$(printf 'vethz:\377')"
ip link show vethz
ip -j link show vethz
ip a s vethz
ip -j a s vethz
ip a s label 'vethz:*'
