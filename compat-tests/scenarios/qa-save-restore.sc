# QA: ip route/addr save | restore round trips, as a VM network migration script does
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
! ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
! ip link set veth0 up
! ip link set veth1 up
! ip addr add 10.0.0.1/24 dev veth0
! ip addr add 10.0.0.2/24 dev veth0 label veth0:1
! ip addr add 2001:db8::1/64 dev veth0 nodad
! ip route add 10.1.0.0/16 via 10.0.0.254
! ip route add blackhole 10.4.0.0/16
! ip route add 10.3.0.0/16 nexthop via 10.0.0.253 weight 2 nexthop via 10.0.0.254
! ip route add 10.7.0.0/16 dev veth0 table 100 mtu 1400
ip route save > /tmp/qa-rt.$$; ip route flush table main; ip route restore < /tmp/qa-rt.$$; echo $?; rm -f /tmp/qa-rt.$$
ip route
ip route save table all | ip route showdump
ip -j route save table 100 | ip -j route showdump
ip addr save | ip addr showdump
ip addr save dev veth0 | ip -o addr showdump
ip addr save > /tmp/qa-ad.$$; ip addr flush dev veth0; ip addr restore < /tmp/qa-ad.$$; echo $?; rm -f /tmp/qa-ad.$$
ip addr show dev veth0
ip route save garbage
ip route save dev nosuch
ip addr save dev nosuch
echo garbage | ip route restore
echo garbage | ip addr restore
echo garbage | ip route showdump
ip route restore < /dev/null
ip route save > /dev/full
ip -6 route save | ip -6 route showdump
