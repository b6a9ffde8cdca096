# ip neigh add|del|change|replace: IPv4, IPv6, proxy entries, flags and states. Each check
# lists one entry (several of one family would come in the kernel's random hash order).
! ip link add v1 address 02:00:00:00:00:01 type veth peer name v2 address 02:00:00:00:00:02
ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev v1
ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev v1
ip neigh show 10.0.0.2
ip neigh add 10.0.0.3 lladdr 2:0:0:0:0:3 dev v1 nud stale router
ip neigh show 10.0.0.3
ip neigh add to 10.0.0.4 dev v1 nud noarp lladdr 1.2.3.4
ip neigh show 10.0.0.4 nud all
ip neigh add 10.0.0.5 dev v1 nud failed
ip neigh show 10.0.0.5
ip neigh add 10.0.0.6 lladdr 02:00:00:00:00:06 dev v1 extern_learn protocol static
ip -j neigh show 10.0.0.6
ip neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev v1 nud 0x80 protocol 42
ip neigh show 10.0.0.7
ip neigh add 10.0.0.8 lladdr null dev v1 nud incomplete
ip neigh show 10.0.0.8
ip neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev v1 nud perm
ip neigh show 10.0.0.9
ip neigh add help 10.0.0.10 dev v1 lladdr 02:00:00:00:00:10
ip neigh show 10.0.0.10
ip neigh a 10.0.0.11 dev v1 lladdr 02:00:00:00:00:11
ip neigh show 10.0.0.11
ip neigh add 2001:db8::2 lladdr 02:00:00:00:00:02 dev v1 router
ip neigh add fe80::2 lladdr 02:00:00:00:00:02 dev v2 nud noarp
ip -6 neigh show dev v1
ip -6 neigh show fe80::2 nud noarp
ip neigh add proxy 10.0.0.99 dev v1
ip neigh add proxy 10.0.0.99 dev v1
ip -6 neigh add proxy 2001:db8::99 dev v2
ip neigh show proxy
ip -6 neigh show proxy
ip neigh replace 10.0.0.2 lladdr 02:00:00:00:00:22 dev v1 nud stale
ip neigh show 10.0.0.2
ip neigh replace 10.0.0.20 lladdr 02:00:00:00:00:20 dev v1
ip neigh show 10.0.0.20
ip neigh change 10.0.0.3 lladdr 02:00:00:00:00:33 dev v1
ip neigh show 10.0.0.3
ip neigh chg 10.0.0.3 dev v1 nud permanent lladdr 02:00:00:00:00:34
ip neigh show 10.0.0.3
ip neigh change 10.0.0.30 lladdr 02:00:00:00:00:30 dev v1
ip neigh del 10.0.0.20 dev v1
ip neigh del 10.0.0.20 dev v1
ip neigh show 10.0.0.20
ip neigh delete 10.0.0.11 dev v1
ip neigh d 10.0.0.10 dev v1
ip neigh show 10.0.0.10
ip neigh del proxy 10.0.0.99 dev v1
ip neigh del proxy 10.0.0.99 dev v1
ip -6 neigh del proxy 2001:db8::99 dev v2
ip neigh show proxy
ip neigh del 2001:db8::2 dev v1
ip -6 neigh show dev v1
! ip neigh flush nud all
! ip -4 neigh flush nud noarp
ip neigh show
ip -4 neigh show nud all
