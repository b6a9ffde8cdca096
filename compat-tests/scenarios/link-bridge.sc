# type bridge and type bridge_slave: every option ip link help bridge lists, and -d printing.
ip link add br0 address 02:00:00:00:00:03 type bridge
ip link add br1 address 02:00:00:00:00:04 type bridge stp_state 1 forward_delay 500 hello_time 300 max_age 3000 ageing_time 1000 priority 7 group_fwd_mask 0x4000 group_address 01:80:c2:00:00:05 vlan_protocol 802.1ad vlan_default_pvid 1 vlan_stats_enabled 1 vlan_stats_per_port 0 mcast_router 2 mcast_snooping 0 mcast_query_use_ifaddr 1 mcast_querier 1 mcast_hash_elasticity 4 mcast_hash_max 1024 mcast_last_member_count 3 mcast_startup_query_count 3 mcast_last_member_interval 200 mcast_membership_interval 26000 mcast_querier_interval 25500 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3000 mcast_stats_enabled 1 mcast_igmp_version 3 mcast_mld_version 2 nf_call_iptables 1 nf_call_ip6tables 1 nf_call_arptables 1 no_linklocal_learn 1
ip link add br2 type bridge vlan_filtering 1
ip link add br2 type bridge mcast_vlan_snooping 1
ip link add br2 type bridge foo
ip link add br2 type bridge help
ip link add br2 type bridge priority 70000
ip link add br2 type bridge vlan_protocol foo
ip link add br2 type bridge forward_delay
ip link add br2 type bridge group_address zz
ip link set br0 type bridge fdb_flush
ip link set br0 type bridge ageing_time 2000 stp_state 0
ip link set br0 type bridge mcast_snooping 0 mcast_query_interval 100 nf_call_iptables 0
ip link add v1 address 02:00:00:00:00:01 type veth peer name v2 address 02:00:00:00:00:02
ip link set v1 master br0
ip link set v2 master nope
ip link set v1 type bridge_slave cost 5 priority 3 state 3 guard on hairpin on fastleave on root_block on learning off flood off proxy_arp on proxy_arp_wifi on mcast_router 2 mcast_fast_leave off mcast_flood off bcast_flood off mcast_to_unicast on group_fwd_mask 0x4005 neigh_suppress on vlan_tunnel on isolated on
ip link set v1 type bridge_slave locked on
ip link set v1 type bridge_slave cost 7 backup_port v2
ip link set v1 type bridge_slave nobackup_port fdb_flush
ip link set v1 type bridge_slave cost x
ip link set v1 type bridge_slave hairpin maybe
ip link set v1 type bridge_slave backup_port nope
ip link set v1 type bridge_slave bogus
ip link set v1 type bridge_slave help
ip link set v2 type bridge_slave cost 5
% ip -d link show br1
% ip -d link show v1
% ip -d -j link show br1
% ip -d -j -p link show v1
% ip -d -o link show br0
ip link set v1 nomaster
ip link del br0
ip link help bridge
ip link help bridge_slave
ip link xstats type bridge_slave
ip link xstats type bridge
ip -j link xstats type bridge_slave
ip link xstats type bridge stp
ip link xstats type bridge_slave igmp dev v1
ip link xstats type bridge dev nope
ip link xstats type bridge foo
ip link xstats type bridge help
ip link xstats type bond
ip link xstats type bond_slave help
ip link del br1
ip link del br2
