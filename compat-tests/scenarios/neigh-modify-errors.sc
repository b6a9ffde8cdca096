# ip neigh add|del|change|replace with bad input: the reference's texts and exit codes.
! ip link add v1 address 02:00:00:00:00:01 type veth peer name v2 address 02:00:00:00:00:02
ip neigh add
ip neigh add 10.0.0.2
ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02
ip neigh add dev v1
ip neigh add dev v1 lladdr 02:00:00:00:00:02
ip neigh add 10.0.0.2 dev nope lladdr 02:00:00:00:00:02
ip neigh add 10.0.0.2 dev v1 lladdr 00:zz:11
ip neigh add 10.0.0.2 dev v1 lladdr 1.2.x
ip neigh add 10.0.0.2 dev v1 lladdr 1ff
ip neigh add 10.0.0.2 dev v1 lladdr 1 lladdr 2
ip neigh add 10.0.0.2 dev v1 lladdr
ip neigh add 10.0.0.2 dev v1 nud
ip neigh add 10.0.0.2 dev v1 nud bogus
ip neigh add 10.0.0.2 dev v1 nud 3
ip neigh add 10.0.0.2 dev v1 nud all
ip neigh add 10.0.0.2 dev v1 protocol bogus
ip neigh add 10.0.0.2 dev v1 protocol
ip neigh add 10.0.0.2 10.0.0.3 dev v1
ip neigh add 10.0.0.2 dev v1 dev
ip neigh add to
ip neigh add help
ip neigh add proxy
ip neigh add proxy help
ip neigh add proxy 10.0.0.7 proxy 10.0.0.8 dev v1
ip neigh add bogus dev v1
ip neigh add 10.0.0.2/24 dev v1
ip -4 neigh add 2001:db8::2 dev v1 lladdr 02:00:00:00:00:02
ip -6 neigh add 10.0.0.2 dev v1 lladdr 02:00:00:00:00:02
ip neigh add default dev v1 lladdr 02:00:00:00:00:02
ip neigh add any dev v1 lladdr 02:00:00:00:00:02
ip -4 neigh add default dev v1 lladdr 02:00:00:00:00:02
ip neigh show nud all
! ip neigh flush nud all
ip neigh add 10.0.0.2 dev v1 nud noarp
ip neigh add 10.0.0.2 dev v1 lladdr 02:00:00:00:00:02 use
ip neigh show nud all
! ip neigh flush nud all
ip neigh add 10.0.0.2 dev lo lladdr 02:00:00:00:00:02
ip neigh show nud all
! ip neigh flush nud all
ip neigh del 10.0.0.2 dev v1
ip neigh del 10.0.0.2
ip neigh del
ip neigh change 10.0.0.2 dev v1 lladdr 02:00:00:00:00:02
ip neigh replace dev v1
ip neigh show nud all
