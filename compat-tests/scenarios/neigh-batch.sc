# -batch: neigh, rule and address commands, which failures end a batch and which -force survives.
! ip link add v1 address 02:00:00:00:00:01 type veth peer name v2 address 02:00:00:00:00:02
! printf 'neigh add 10.0.0.5 dev v1 lladdr 1\nneigh add 10.0.0.5 dev v1 lladdr 1\nneigh show dev v1\n' > b1.txt
! printf 'rule add pref 7 table 7\nrule add pref 7 table 7\nrule show pref 7\nneigh add 10.0.0.6 dev nope\nneigh show 10.0.0.6\nneigh add bogus dev v1\nrule show pref 7\n' > b2.txt
! printf 'addr add 10.0.0.1/24 dev v1\naddr add 10.0.0.1/24 dev v1\naddr add 1.2.3.4/24\naddr add 10.0.0.2/24 dev v1 valid_lft 0\nrule del pref 7\nrule del pref 7\nrule add l3mdev table 4\nneigh flush\nneigh show nud bogus\nrule show\n' > b3.txt
ip -batch b1.txt
ip -force -batch b1.txt
ip -force -batch b2.txt
ip -batch b2.txt
ip -force -batch b3.txt
ip -batch b3.txt
ip neigh show nud all
