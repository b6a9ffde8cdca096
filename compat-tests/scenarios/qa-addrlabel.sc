# QA: ip addrlabel list/add/del/flush
! ip link add v0 type veth peer name v1
ip addrlabel
ip addrl
ip addrlabel list
ip addrlabel show
ip addrlabel s
ip addrlabel list foo
ip -j addrlabel
ip -j -p addrlabel
ip -4 addrlabel
ip -o addrlabel
ip -c=always addrlabel
ip addrlabel add prefix 2001:db8:1::/48 label 99
ip addrlabel add prefix 2001:db8:2::/48 dev v0 label 100
ip addrlabel add prefix 2001:db8:1::/48 label 99
ip addrlabel
ip addrlabel add prefix 2001:db8:3::/48
ip addrlabel add label 5
ip addrlabel add prefix bad label 5
ip addrlabel add prefix 2001:db8:3::/48 label bad
ip addrlabel add prefix 2001:db8:3::/48 label 4294967295
ip addrlabel add prefix 2001:db8:3::/48 label 4294967294 garbage
ip addrlabel add prefix 2001:db8:4::/48 dev nope label 5
ip addrlabel add prefix 10.0.0.0/8 label 5
ip -4 addrlabel add prefix 10.0.0.0/8 label 5
ip addrlabel add prefix default label 7
ip addrlabel add prefix
ip addrlabel del prefix 2001:db8:1::/48 label 99
ip addrlabel del prefix 2001:db8:1::/48 label 99
ip addrlabel del prefix 2001:db8:2::/48 label 100
ip addrlabel del prefix 2001:db8:2::/48 dev v0 label 100
ip addrlabel
ip addrlabel flush foo
ip addrlabel flush
ip addrlabel
ip addrlabel help
ip addrlabel frob
ip -6 addrlabel add prefix ::ffff:1.2.3.4/128 label 8
ip addrlabel
