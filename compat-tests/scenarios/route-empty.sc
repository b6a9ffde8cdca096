# a namespace with no routes yet: missing FIB tables, empty JSON lists, nothing to flush
# DAD off: link-local addresses and their routes appear at once, not a second later.
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
ip route
ip route show table main
ip route show table local
ip route show table default
ip route show table 5
ip -6 route show table main
ip -6 route show table 5
ip -j route
ip -j -p route
ip -j route show table local
ip route show table all
ip -4 route show table all
ip route show cached
ip route flush table main
ip -s route flush table main
ip -s route flush table all
ip route get 1.2.3.4
ip -6 route get ::1
ip route save | od -c | head -1
