# ip neigh show/get: bad filters and incomplete commands fail like the reference.
! ip link add v1 address 02:00:00:00:00:01 type veth peer name v2 address 02:00:00:00:00:02
ip neigh show dev nope
ip neigh show dev v1 dev v2
ip neigh show dev
ip neigh show nud
ip neigh show nud bogus
ip neigh show nud 3
ip neigh show nud 256
ip neigh show master nope
ip neigh show master
ip neigh show vrf nope
ip neigh show vrf v1
ip neigh show protocol bogus
ip neigh show protocol
ip neigh show to
ip neigh show bogus
ip neigh show 10.0.0.0/33
ip -4 neigh show 2001:db8::1
ip -6 neigh show 10.0.0.1
ip -0 neigh show
ip -f bridge neigh show
ip neigh show help
ip neigh show to help
ip neigh help
ip neigh frob
ip neigh get
ip neigh get 10.0.0.1
ip neigh get dev v1
ip neigh get 10.0.0.1 dev nope
ip neigh get 10.0.0.1 10.0.0.2 dev v1
ip neigh get proxy
ip neigh get proxy help
ip neigh get proxy 10.0.0.1 proxy 10.0.0.2
ip neigh get help
ip neigh get bogus dev v1
ip neigh get 10.0.0.1 dev
