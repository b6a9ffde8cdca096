# ip rule with bad input: the reference's texts and exit codes.
ip rule add
ip rule del
ip rule add pref x
ip rule add pref
ip rule add tos bogus
ip rule add fwmark x
ip rule add fwmark 1/x
ip rule add table bogus
ip rule add suppress_prefixlength -1
ip rule add suppress_prefixlength x
ip rule add suppress_ifgroup bogus
ip rule add iif a/b
ip rule add oif 12345678901234567
ip rule add uidrange 5
ip rule add ipproto bogus
ip rule add sport x
ip rule add dport 1-x
ip rule add protocol bogus
ip rule add realms x/y table 6
ip rule add tun_id x
ip rule add goto x
ip rule add bogus
ip rule add help
ip rule add type
ip rule add pref 5 nat bogus
ip rule add pref 5 l3mdev table 5
ip rule add table 5 pref 5 unicast
ip rule add table 5 pref 5 throw
ip rule add table 5 pref 5 300
ip rule add from x table 5
ip -6 rule add from 1.2.3.4 table 5
ip rule add from 1.2.3.4 table 5 to 2001::1
ip rule add from 2001:db8::/32 table 5
ip rule list pref x
ip rule list tos xx
ip rule list fwmark x
ip rule list fwmark 1/x
ip rule list iif a/b
ip rule list oif
ip rule list uidrange 1
ip rule list tun_id x
ip rule list table nope
ip rule list from x
ip rule list protocol nope
ip rule list ipproto nope
ip rule list sport x
ip rule list dport x
ip rule list to 1.2.3.4/40
ip rule list bogus
ip rule frob
ip rule save x
ip rule flush bogus
ip rule
