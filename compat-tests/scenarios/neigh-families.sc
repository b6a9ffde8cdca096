# ip neigh/rule/address under -0 (link-layer addresses), -M (MPLS labels), -B and -f:
# parsed as the reference parses them, so the kernel's refusal is the same.
! ip link add v1 address 02:00:00:00:00:01 type veth peer name v2 address 02:00:00:00:00:02
ip -0 neigh add 10.0.0.2 dev v1
ip -0 neigh add 02:00:00:00:00:02 dev v1
ip -0 neigh add zz:00 dev v1
ip -0 neigh add 00:zz:11 dev v1
ip -0 neigh get zz dev v1
ip -0 neigh add proxy 10.0.0.2 dev v1
ip -M neigh add 10.0.0.2 dev v1
ip -M neigh add 100 dev v1
ip -M neigh add 100/200 dev v1
ip -M neigh add 2000000 dev v1
ip -B neigh add 10.0.0.2 dev v1
ip -f inet6 neigh add 10.0.0.2 dev v1 lladdr 02:00:00:00:00:02
ip -0 neigh get 10.0.0.2 dev v1
ip -0 neigh show 10.0.0.2
ip -M neigh show 100
ip -M neigh show 100/8
ip -M neigh show 100/30
ip -0 neigh show
ip -M neigh show
ip -0 rule add from 10.0.0.0/8 table 5
ip -M rule add from 10.0.0.0/8 table 5
ip -B rule add pref 5 table 5
ip -0 rule list from 10.0.0.0/8
ip -M rule
ip -0 rule add nat 1.2.3.4
ip -0 addr add 10.0.0.1/24 dev v1
ip -M addr add 100 dev v1
ip -B addr add 10.0.0.1/24 dev v1
ip -0 addr add 10.0.0.1/24 dev v1 brd 1.2.3.4
ip -M addr add 10.0.0.1/24 dev v1 brd 1.2.3.4
ip -M addr add 100 dev v1 brd +
