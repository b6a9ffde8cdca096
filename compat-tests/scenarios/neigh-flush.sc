# ip neigh flush: filters, the -s round reports, nothing to flush, proxy entries. Only
# counts are printed for several entries (their order is the kernel's random hash order).
! ip link add v1 address 02:00:00:00:00:01 type veth peer name v2 address 02:00:00:00:00:02
! ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev v1 nud stale
! ip neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev v1 nud stale
! ip neigh add 10.0.0.4 lladdr 02:00:00:00:00:04 dev v1
! ip neigh add 10.0.0.5 dev v1 nud failed
! ip neigh add 10.0.0.6 lladdr 02:00:00:00:00:06 dev v2 nud stale
! ip neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev v1 nud noarp
! ip neigh add 2001:db8::2 lladdr 02:00:00:00:00:02 dev v1 nud stale
! ip neigh add proxy 10.0.0.99 dev v1
ip neigh flush
ip neigh flush dev
ip neigh flush dev nope
ip neigh flush nud bogus
ip neigh flush help
ip -s neigh flush dev v2
ip -s neigh flush dev v2
ip neigh show dev v2
ip -s -s neigh flush 10.0.0.5
ip -s -s -j neigh flush 10.0.0.3
ip -s neigh flush to 10.0.0.2
ip neigh show 10.0.0.2
ip -s -s neigh flush 10.0.0.2
ip -6 neigh show dev v1
ip -6 neigh flush dev v1
ip -6 neigh show dev v1
ip neigh flush nud permanent
ip neigh show nud permanent
ip -s neigh flush all
ip neigh show nud noarp
ip -s neigh flush nud all
ip -s neigh flush nud noarp
ip neigh show nud all
ip neigh show proxy
ip neigh flush proxy
ip neigh show proxy
