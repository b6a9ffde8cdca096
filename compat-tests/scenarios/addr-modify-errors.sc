# ip address add|change|replace|del with bad input: exact texts and exit codes.
! ip link add v1 address 02:00:00:00:00:01 type veth peer name v2 address 02:00:00:00:00:02
ip addr add
ip addr add 10.0.0.1/24
ip addr add dev v1
ip addr add 10.0.0.1/24 dev
ip addr add 10.0.0.1/24 dev nope
ip addr add 10.0.0.1/24 10.0.0.2/24 dev v1
ip addr add 10.0.0.1/24 dev v1 peer 1.1.1.1 peer 2.2.2.2
ip addr add 10.0.0.1/24 dev v1 brd + brd -
ip addr add 10.0.0.1/24 dev v1 brd 1.1.1.1 brd 2.2.2.2
ip addr add 10.0.0.1/24 dev v1 anycast 1.1.1.1 anycast 2.2.2.2
ip addr add 10.0.0.1/24 dev v1 scope bogus
ip addr add 10.0.0.1/24 dev v1 metric x
ip addr add 10.0.0.1/24 dev v1 metric
ip addr add 10.0.0.1/24 dev v1 valid_lft 0
ip addr add 10.0.0.1/24 dev v1 valid_lft 10 preferred_lft 50
ip addr add 10.0.0.1/24 dev v1 valid_lft 10 valid_lft 5
ip addr add 10.0.0.1/24 dev v1 preferred_lft 10 preferred_lft 5
ip addr add 10.0.0.1/24 dev v1 preferred_lft x
ip addr add 10.0.0.1/24 dev v1 valid_lft
ip addr add 10.0.0.1/24 dev v1 label
ip addr add 10.0.0.1/24 dev v1 nodad home mngtmpaddr optimistic
ip addr add 10.0.0.1/24 dev v1 autojoin
ip addr add 10.0.0.1/33 dev v1
ip addr add 10.0.0.1/x dev v1
ip addr add bogus dev v1
ip addr add 10.0.0.1/24 dev v1 brd 2001::1
ip addr add 2001:db8::1/64 dev v1 brd +
ip addr add 2001:db8::1/64 dev v1 broadcast -
ip -4 addr add 2001:db8::1/64 dev v1
ip -6 addr add 10.0.0.1/24 dev v1
ip addr add default dev v1
ip addr add any dev v1
ip -4 addr add default dev v1
ip addr add 10.0.0.1/24 dev v1 label foo
ip addr add 10.0.0.1/24 dev lo scope nowhere
ip addr replace 10.0.0.1/24
ip addr change 10.0.0.9/24 dev v1
ip addr del 10.0.0.9/24 dev v1
ip addr del 10.0.0.9 dev v1
ip addr del 10.0.0.1/24
ip addr del
ip addr del dev v1
ip addr del dev nope
ip addr frob
ip addr add help
ip addr del local help dev v1
ip address change 10.0.0.1/24 help
/usr/sbin/ip addr show dev v1
