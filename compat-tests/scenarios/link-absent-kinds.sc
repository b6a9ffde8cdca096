# Kinds this kernel lacks: parsed and sent exactly as iproute2 sends them, so the kernel's
# refusal (and every parse error before it) prints identically.
! ip link add v1 address 02:00:00:00:00:01 type veth peer name v2 address 02:00:00:00:00:02
ip link add d0 type dummy
ip link add d0 type dummy foo bar
ip link add wg0 type wireguard
ip link add wg0 type wireguard foo
ip link add vl link v1 type vlan id 5 protocol 802.1ad reorder_hdr off gvrp on mvrp off loose_binding on bridge_binding off ingress-qos-map 1:2 3:4 egress-qos-map 5:6
ip link add vl link v1 type vlan id 5 ingress-qos-map 1:x
ip link add vl link v1 type vlan id 5 egress-qos-map x:1
ip link add vl link v1 type vlan id 70000
ip link add vl link v1 type vlan id 5 protocol foo
ip link add vl link v1 type vlan id 5 gvrp maybe
ip link add vl link v1 type vlan id 5 foo
ip link add vl link v1 type vlan help
ip link add iv link v1 type ipvlan mode l3s private
ip link add iv link v1 type ipvtap mode l2 vepa bridge
ip link add iv link v1 type ipvlan mode l4
ip link add iv link v1 type ipvlan foo
ip link add g1 type gre remote 1.2.3.4 local 5.6.7.8 ttl 64 tos 10 key 5 csum seq nopmtudisc ignore-df fwmark 7
ip link add g1 type gretap remote 239.1.1.1 local 1.1.1.1 dev v1 encap fou encap-sport 5555 encap-dport 6666 encap-csum
ip link add g1 type gre remote 239.1.1.1
ip link add g1 type gre external
ip link add g1 type gre ikey 1.2.3.4 okey 7 iseq ocsum noicsum
ip link add g1 type gre key x
ip link add g1 type gre key 1.2.x.4
ip link add g1 type gre remote nope
ip link add g1 type gre dev nope
ip link add g1 type gre ttl 300
ip link add g1 type gre encap bad
ip link add g1 type gre bogus
ip link set v1 type gre remote 1.2.3.4
ip link add t1 type ipip remote 1.2.3.4 local 2.3.4.5 mode any ttl 10 tos inherit encap gue
ip link add t1 type sit mode ip6ip remote 1.2.3.4 6rd-prefix 2001:db8::/32 6rd-relay_prefix 10.0.0.0/8 isatap
ip link add t1 type ipip mode ip6ip
ip link add t1 type ipip ttl 5 nopmtudisc
ip link add t1 type ipip isatap
ip link add t1 type sit 6rd-prefix zz
ip link add t1 type sit 6rd-reset
ip link set v1 type sit mode any
ip link add b0 type bond mode 802.3ad miimon 100 lacp_rate fast xmit_hash_policy layer3+4 arp_ip_target 1.2.3.4,5.6.7.8 ns_ip6_target ::1 ad_actor_system 02:00:00:00:00:01 primary v1 active_slave v2 clear_active_slave lacp_active on arp_missed_max 2 arp_validate 3
ip link add b0 type bond mode 9
ip link add b0 type bond mode 1
ip link add b0 type bond primary nope
ip link add b0 type bond arp_ip_target
ip link add b0 type bond arp_ip_target 1.2.x
ip link add b0 type bond ad_actor_system zz
ip link add b0 type bond zzz
ip link add vr type vrf table 10
ip link add vr type vrf table main
ip link add vr type vrf table foo
ip link add vr type vrf tablex 10
ip link set v1 vrf v2
ip link set v1 master v2
ip link add gn type geneve id 5 remote 1.2.3.4 ttl 3 tos 10 df set flowlabel 7 dstport 6081 udpcsum noudp6zerocsumtx innerprotoinherit
ip link add gn type geneve external
ip link add gn type geneve id 5
ip link add gn type geneve id 5 id 6
ip link add gn type geneve remote 224.1.1.1
ip link add gn type geneve id 1 remote fe80::1
ip link add gn type geneve external id 1
ip link add gn type geneve foo
ip link set v1 type geneve id 3
ip link add x type ifb
ip link add x type nlmon
ip link add x type xfrm dev v1 if_id 5
ip link add x type xfrm if_id 0
ip link add x type xfrm dev v1
ip link add x type xfrm external if_id 3
ip link add x type vxcan peer name y mtu 100
ip link add x type vxcan foo
ip link add x type dsa conduit v1
ip link add x type dsa master nope
ip link add x type rmnet mux_id 5
ip link add x type rmnet mux_id x
ip link add x type wwan linkid 5
ip link add x type batadv ra BATMAN_IV
ip link add x type batadv foo
ip link add x type ipoib pkey 5 mode connected umcast 1
ip link add x type ipoib mode foo
ip link add x type hsr slave1 v1 slave2 v2 supervision 5 version 9 proto 1
ip link add x type hsr slave1 nope
ip link add x type gtp role sgsn hsize 5 restart_count 3 foo
ip link add x type gtp hsize 5
ip link add x type bareudp dstport 6635 ethertype mpls_uc srcportmin 5 multiproto
ip link add x type bareudp dstport 5
ip link add x type erspan remote 1.2.3.4 local 1.2.3.5 erspan 5 key 3
ip link add x type erspan erspan_ver 3
ip link add x type vti remote 1.2.3.4 local 1.2.3.5 key 5 dev v1 fwmark 3
ip link add x type vti6 remote 2001:db8::1 ikey 1.2.3.4 okey 9
ip link add x type amt mode gateway relay_port 5 max_tunnels 3 dev v1 local 1.2.3.4 discovery 5.6.7.8
ip link add x type amt mode foo
ip link add x type ip6tnl remote 2001:db8::1 local 2001:db8::2 mode ip4ip6 ttl 10 encaplimit 5 tclass 0x10 flowlabel 0x123 dscp inherit fwmark 7 dev v1
ip link add x type ip6tnl mode foo
ip link add x type ip6gre remote 2001:db8::1 key 5 csum seq ttl 10 tclass 0x10 encaplimit 3
ip link add x type ip6erspan erspan_ver 2 erspan_dir egress erspan_hwid 9
ip link add x type ip6gretap encaplimit x
ip link set v1 type bond_slave queue_id 3 prio -5
ip link set v1 type bond_slave foo
ip link add x type can bitrate 500000 sample-point 0.875 sjw 2 dbitrate 2000000 loopback on fd on tdc-mode auto tdcv 5 restart-ms 100 termination 120
ip link add x type can sample-point x
ip link add x type can loopback maybe
ip link add x type can foo
ip link add link v1 x type macsec port 5 cipher gcm-aes-256 icvlen 16 encrypt on send_sci on replay on window 8 validate strict encodingsa 2
ip link add link v1 x type macsec address 02:00:00:00:00:01 port 7
ip link add link v1 x type macsec port 0
ip link add link v1 x type macsec encrypt x
ip link add link v1 x type macsec replay on
ip link add link v1 x type macsec end_station on scb on
ip link add x type veth peer name y carrier x
