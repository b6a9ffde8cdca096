# ip rule flush with selectors, save to a file and restore from it.
! ip rule add from 10.0.0.0/8 table 100 pref 100
! ip rule add fwmark 5 table 200 pref 50
! ip rule add from 10.0.0.0/8 table 101 pref 100
! ip rule add table 7 pref 60 protocol boot
! ip -6 rule add from 2001:db8::/32 table 10 pref 300
ip rule save > rules.bin
ip rule flush table 100
ip rule
ip rule flush protocol kernel
ip rule
ip rule flush protocol boot
ip rule
ip rule flush fwmark 5
ip rule
ip -6 rule flush
ip -6 rule
ip rule flush
ip rule
ip rule restore < rules.bin
ip rule
ip rule restore < rules.bin
ip rule restore < /dev/null
ip rule
