# Bridge and bridge port tuning, as CNI bridge plugin and lxc do
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
ip link add cni0 address 02:00:00:00:00:01 type bridge forward_delay 1500 hello_time 300 max_age 2500 ageing_time 30000 stp_state 0 priority 100 group_fwd_mask 0x8 group_address 01:80:c2:00:00:03 mcast_snooping 0 mcast_router 2 mcast_query_use_ifaddr 1 mcast_querier 1 mcast_hash_elasticity 16 mcast_hash_max 1024 mcast_last_member_count 3 mcast_startup_query_count 3 mcast_last_member_interval 200 mcast_membership_interval 26000 mcast_querier_interval 25500 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3125 mcast_stats_enabled 1 mcast_igmp_version 3 mcast_mld_version 2 nf_call_iptables 1 nf_call_ip6tables 1 nf_call_arptables 1
ip -d link show cni0
ip link add br1 type bridge vlan_filtering 1
ip link add br1 address 02:00:00:00:00:02 type bridge vlan_protocol 802.1ad
ip link add br2 address 02:00:00:00:00:03 type bridge vlan_default_pvid 5
ip link add br3 type bridge group_fwd_mask 1
ip link add br3 type bridge priority 70000
ip link add br3 type bridge ageing_time abc
ip link add br3 type bridge fdb_flush
ip link add br3 type bridge nosuchopt 1
ip link set cni0 type bridge stp_state 1 priority 4096
ip link set cni0 type bridge fdb_flush
ip link set cni0 type bridge mcast_flood_always 1
ip link add veth0 address 02:00:00:00:00:11 type veth peer name veth0p address 02:00:00:00:00:12
ip link set veth0 master cni0
ip link set veth0 type bridge_slave cost 10 priority 7 guard on hairpin on root_block on fastleave on learning off flood off proxy_arp on proxy_arp_wifi on mcast_router 2 mcast_fast_leave on mcast_flood off bcast_flood off mcast_to_unicast on group_fwd_mask 0 neigh_suppress on vlan_tunnel on isolated on locked on backup_port veth0
ip link set veth0 type bridge_slave state 3
ip link set veth0 type bridge_slave fdb_flush
ip link set veth0 type bridge_slave mab on
ip link set veth0 type bridge_slave backup_nhid 3
ip link set veth0 type bridge_slave nosuch on
ip link set veth0 type bridge_slave hairpin maybe
ip link set veth0p type bridge_slave cost 10
% ip -d link show veth0
bridge link set dev veth0 hairpin off cost 5 priority 3 guard off
bridge link set dev veth0 state 2
bridge link set dev veth0 learning on learning_sync on
bridge link set dev veth0p cost 1
% bridge -d link show
ip link set dev veth0 nomaster
ip link set dev veth0 master cni0 type bridge_slave cost 42
% ip -d link show veth0
ip -d -j link show cni0
ip link del cni0 type bridge
