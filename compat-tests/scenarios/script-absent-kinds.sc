# Kinds this kernel lacks: scripts try them and fall back; the refusal must print identically
ip link add dummy0 type dummy || echo fallback
ip link add eth0 address 02:00:00:00:00:01 type veth peer name eth0p address 02:00:00:00:00:02
ip link add link eth0 name eth0.100 type vlan id 100
ip link add link eth0 name eth0.100 type vlan id 100 protocol 802.1ad reorder_hdr off gvrp on mvrp on loose_binding on bridge_binding on egress-qos-map 1:2 ingress-qos-map 3:4
ip link add link eth0 eth0.5 type vlan id 4096
ip link add link eth0 name ipv0 type ipvlan mode l3s
ip link add link eth0 name ipv1 type ipvlan mode l2 bridge
ip link add gre1 type gre remote 10.0.0.2 local 10.0.0.1 ttl 255
ip link add gre2 type gretap remote 10.0.0.2 local 10.0.0.1 key 5
ip link add tun1 type ipip remote 10.0.0.2 local 10.0.0.1 dev eth0
ip link add sit1 type sit remote 10.0.0.2 mode ip6ip
ip link add wg0 type wireguard
ip link add bond0 type bond mode 802.3ad miimon 100 lacp_rate fast xmit_hash_policy layer3+4
ip link add bond1 type bond mode active-backup
ip link add bond2 type bond mode nosuchmode
ip link add vrf-blue type vrf table 10
ip link add vrf-red type vrf
ip link add gen0 type geneve id 10 remote 10.0.0.2
ip link add gen1 type geneve id 10
ip link add ip6t type ip6tnl mode ip6ip6 remote 2001:db8::2 local 2001:db8::1
ip link add nlmon0 type nlmon
ip link add xyz0 type nosuchkind
ip link add team0 type team
ip link add can0 type vcan
ip link add hsr0 type hsr slave1 eth0 slave2 eth0p
ip link set eth0 type dummy
ip link change eth0 type vlan id 5
ip link replace dummy1 type dummy
ip -o link show | awk -F': ' '{print $2}'
ip link del eth0
