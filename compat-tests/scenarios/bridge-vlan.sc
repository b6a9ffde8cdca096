# bridge vlan on a kernel without VLAN filtering: show prints the headers, changes get the kernel's refusal.
! ip link add br0 address 02:00:00:00:00:10 type bridge
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v0 master br0
bridge vlan
bridge vlan show
bridge vlan list dev v0
bridge vlan show dev nosuch
bridge vlan show dev v0 dev v0
bridge vlan show vid 3 vid 4
bridge -j vlan show
bridge -j -p vlan show
bridge -o vlan show
bridge -c vlan show
bridge -com vlan show
bridge -s vlan show
bridge -s -j vlan show
bridge -d vlan show
bridge -d -j vlan show
bridge -d -s vlan show
bridge vlan tunnelshow
bridge -j vlan tunnelshow
bridge vlan global show
bridge vlan global
bridge -j vlan global show
bridge vlan add vid 5 dev v0
bridge vlan add vid 5 dev v0 pvid untagged master
bridge vlan add vid 5-9 dev v0 untagged self
bridge vlan add vid 5 dev nosuch
bridge vlan add dev v0
bridge vlan add vid 5 
bridge vlan add vid 5-3 dev v0
bridge vlan add vid 5- dev v0
bridge vlan add vid 5000 dev v0
bridge vlan add vid 3-5000 dev v0
bridge vlan add vid 3-5 dev v0 pvid
bridge vlan add vid 5 dev v0 tunnel_info id 100
bridge vlan add vid 5-7 dev v0 tunnel_info id 100-102
bridge vlan add vid 3 dev v0 tunnel_info
bridge vlan add vid 3 dev v0 tunnel_info foo
bridge vlan add vid 3 dev v0 tunnel_info id x
bridge vlan add vid 3 dev v0 tunnel_info id 16777216
bridge vlan add vid 3 dev v0 help x
bridge vlan del vid 5 dev v0
bridge vlan d vid 5 dev br0 self
bridge vlan set vid 3 dev v0 state forwarding mcast_router 2
bridge vlan set vid 3
bridge vlan set dev nosuch vid 3
bridge vlan set vid 5000 dev v0
bridge vlan set vid 5-3 dev v0
bridge vlan set vid 3 dev v0 state foo
bridge vlan set vid 3 dev v0 state -1
bridge vlan set vid 3 dev v0 mcast_router 300
bridge vlan global set vid 3 dev br0 mcast_snooping 1 mcast_querier 0 mcast_query_interval 100
bridge vlan global set vid 3 dev br0 mcast_snooping x
bridge vlan global set
bridge vlan global foo
bridge vlan t
bridge vlan l
