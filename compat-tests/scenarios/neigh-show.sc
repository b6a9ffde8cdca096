# ip neigh show|list|lst: states, flags, filters and every output mode. Listings of several
# entries of one family come in the kernel's hash order, which differs from run to run, so
# every listing here holds at most one IPv4 and one IPv6 entry (the tables are dumped IPv4
# first). The links stay down so no IPv6 multicast (NOARP ff02::) entries appear.
! ip link add v1 address 02:00:00:00:00:01 type veth peer name v2 address 02:00:00:00:00:02
! ip link add br0 address 02:00:00:00:00:10 type bridge
! ip link set v2 master br0
ip neigh
ip -j neigh
ip -j -p neigh
ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev v1
ip neigh add 2001:db8::2 lladdr 02:00:00:00:00:02 dev v1 router
ip neigh
ip neigh show
ip neigh list
ip neigh lst
ip neigh ls
ip neighbour
ip neighbor show
ip -4 neigh
ip -6 neigh
ip -o neigh
ip -j neigh
ip -j -p neigh
ip -br neigh
ip -br -j neigh
ip -N neigh
ip -c=never neigh
ip -c=always neigh
ip -r neigh
ip -d neigh
% ip -s neigh
% ip -s -s neigh
% ip -j -s neigh
% ip -j -p -s neigh
ip neigh show nud all
ip neigh show nud permanent
ip neigh show nud perm nud stale
ip neigh show nud stale
ip neigh show nud none
ip neigh show dev v1
ip -j neigh show dev v1
ip -br neigh show dev v1
ip neigh show dev v2
ip neigh show to 10.0.0.0/29
ip neigh show 10.0.0.2
ip neigh show to 2001:db8::/32
ip neigh show default
ip neigh show any
ip -6 neigh show any
ip neigh show unused
ip neigh show protocol all
ip neigh show nomaster
ip neigh show master br0
ip neigh get 10.0.0.2 dev v1
ip neigh get to 10.0.0.2 dev v1
ip -j neigh get 10.0.0.2 dev v1
ip -br neigh get 10.0.0.2 dev v1
% ip -s neigh get 10.0.0.2 dev v1
ip neigh get 2001:db8::2 dev v1
ip neigh get 10.0.0.77 dev v1
ip neigh get 10.0.0.2 dev v2
ip neigh del 10.0.0.2 dev v1
ip neigh del 2001:db8::2 dev v1
ip neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev v1 nud stale router
ip neigh add fe80::9 lladdr 02:00:00:00:00:09 dev v2 nud permanent protocol 99
ip neigh
ip -j -p neigh
ip -br neigh
ip -N neigh
% ip -s neigh
ip neigh show nud stale
ip neigh show nud r
ip neigh show protocol 99
ip -N neigh show protocol 99
ip neigh show master br0
ip neigh show nomaster
ip neigh show dev v2
ip neigh del 10.0.0.3 dev v1
ip neigh del fe80::9 dev v2
ip neigh add 10.0.0.4 lladdr 02:00:00:00:00:04 dev v1 nud reachable extern_learn
ip neigh
ip -j neigh
ip neigh show nud reachable
ip neigh show nud stale
ip neigh del 10.0.0.4 dev v1
ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev v1 nud noarp protocol static
ip neigh
ip neigh show nud noarp
ip neigh show nud all
ip -j neigh show nud 0x40
ip neigh show protocol static
ip neigh show protocol boot
ip neigh del 10.0.0.5 dev v1
ip neigh add 10.0.0.6 dev v1 nud failed
ip neigh
ip -j neigh
ip neigh show nud failed
ip neigh del 10.0.0.6 dev v1
ip neigh add 10.0.0.7 dev v1 nud incomplete
ip neigh
ip -j -p neigh
ip neigh show nud incomplete
ip neigh show nud delay
ip neigh show nud probe
ip neigh del 10.0.0.7 dev v1
ip neigh add proxy 10.0.0.99 dev v1
ip -6 neigh add proxy 2001:db8::99 dev v2
ip neigh show proxy
ip -4 neigh show proxy
ip -6 neigh show proxy
ip -j neigh show proxy
ip -j -p neigh show proxy
ip -br neigh show proxy
ip neigh show proxy dev v1
ip neigh show proxy to 10.0.0.0/8
ip neigh get proxy 10.0.0.99 dev v1
ip neigh
