# ip rule list|show|lst with every selector, output modes, -4/-6, -N, -d.
! ip link add v1 address 02:00:00:00:00:01 type veth peer name v2 address 02:00:00:00:00:02
! ip rule add from 10.0.0.0/8 table 100 pref 100
! ip rule add not to 10.1.0.0/16 lookup main pref 101
! ip rule add fwmark 0x10/0xff table 200 pref 102
! ip rule add fwmark 5 table 200
! ip rule add iif v1 oif v2 table 300 pref 103
! ip rule add from 1.2.3.4 uidrange 100-200 ipproto tcp sport 80 dport 1000-2000 table 1000 pref 104
! ip rule add tos 0x10 table 5 pref 105 suppress_prefixlength 0 suppress_ifgroup default
! ip rule add realms 3/4 table 6 pref 106 protocol static
! ip rule add goto 200 pref 107
! ip rule add pref 108 nop
! ip rule add pref 109 unreachable
! ip rule add pref 113 l3mdev
! ip rule add pref 200 table 7 iif nonexist
! ip rule add pref 201 table 7 tun_id 77 from 10.0.0.1/32 to 0/8 realms 5 fwmark 0/0xffffffff
! ip -6 rule add from 2001:db8::/32 table 10 pref 300
! ip -6 rule add to 2001:db8::1 table 10 pref 301 ipproto 58 sport 5-6
ip rule
ip rule show
ip rule list
ip rule lst
ip ru
ip -4 rule
ip -6 rule
ip -o rule
ip -d rule
ip -N rule
ip -d -N -j rule
ip -j rule
ip -j -p rule
ip -6 -j -p rule
ip rule list pref 101
ip rule list priority 101
ip rule list not
ip rule list from 10.0.0.0/8
ip rule list from all
ip rule list from 10.0.0.0
ip rule list src 1.2.3.4
ip rule list to 10.1.0.0/16
ip rule list dst 10.1.0.0/16
ip rule list 10.1.0.0/16
ip rule list tos 0x10
ip rule list dsfield 0x10
ip rule list fwmark 0x10
ip rule list fwmark 0x10/0xff
ip rule list fwmark 5/0xffffffff
ip rule list iif v1
ip rule list dev v1
ip rule list oif v2
ip rule list l3mdev
ip rule list uidrange 100-200
ip rule list uidrange 100-201
ip rule list tun_id 77
ip rule list table 200
ip rule list lookup main
ip rule list protocol static
ip rule list protocol all
ip rule list ipproto tcp
ip rule list ipproto 6
ip rule list sport 80
ip rule list dport 1000-2000
ip rule list dport 1000
ip -6 rule list from 2001:db8::/16
ip -6 rule list sport 5-6
ip -6 rule list ipproto ipv6-icmp
ip -6 rule list from 10.0.0.0/8
ip rule list from 2001::/16
ip rule list t 77
ip rule list p 100
ip rule help
ip rule list help
