# ip rule add|del: selectors, actions, suppressors, IPv4 and IPv6, -echo.
! ip link add v1 address 02:00:00:00:00:01 type veth peer name v2 address 02:00:00:00:00:02
ip rule add from 10.0.0.0/8 table 100 pref 100
ip rule add from 10.0.0.0/8 table 100 pref 100
ip rule add not to 10.1.0.0/16 lookup main pref 101
ip rule add fwmark 0x10/0xff table 200 priority 102
ip rule add fwmark 5 table 200
ip rule add iif v1 oif v2 table 300 order 103
ip rule add from 1.2.3.4 uidrange 100-200 ipproto tcp sport 80 dport 1000-2000 table 1000 pref 104
ip rule add tos 0x10 table 5 pref 105 suppress_prefixlength 0 suppress_ifgroup default
ip rule add dsfield 0x08 table 5 pref 106 sup_pl 3 sup_group 7
ip rule add realms 3/4 table 6 pref 107 protocol static
ip rule add realms 4 table 6 pref 108
ip rule add goto 200 pref 109
ip rule add pref 110 nop
ip rule add pref 111 unreachable
ip rule add pref 112 type prohibit
ip rule add pref 113 blackhole
ip rule add pref 114 nat 1.2.3.4
ip rule add pref 115 l3mdev
ip rule add pref 200 table 7 iif nonexist
ip rule add pref 201 table 7 tun_id 77 from 10.0.0.1/32 to 0/8 realms 5 fwmark 0/0xffffffff
ip rule add pref 202 lookup 99999 protocol 99
ip rule add pref 203 from all table 9
ip rule add pref 204 goto 555
ip rule add pref 205 table 9 ipproto udp dport 53 sport 1024-65535
ip rule add pref 206 table local
ip rule add pref 207 table 9 uidrange 0-0
ip -6 rule add from 2001:db8::/32 table 10 pref 300
ip -6 rule add to 2001:db8::1 table 10 pref 301 ipproto 58 sport 5-6
ip -6 rule add not from ::/0 iif v1 lookup main pref 302
ip rule
ip -6 rule
ip -d rule
ip -j -p rule
ip -echo rule add from 10.9.0.0/16 table 100 pref 400
ip -echo -j rule add from 10.8.0.0/16 table 100 pref 401
ip -echo rule del pref 401
ip rule del from 10.0.0.0/8 table 100 pref 100
ip rule del from 10.0.0.0/8 table 100 pref 100
ip rule del pref 101
ip rule delete fwmark 5
ip rule d pref 102
ip rule del table 300
ip rule del pref 999
ip -6 rule del pref 300
ip rule
ip -6 rule
