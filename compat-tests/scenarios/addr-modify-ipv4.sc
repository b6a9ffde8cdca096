# ip address add|change|replace|del for IPv4: broadcast +/-/ADDR, peer, label, scope, metric,
# lifetimes, the wildcard-deletion warning. State is checked with the reference's addr show.
! ip link add v1 address 02:00:00:00:00:01 type veth peer name v2 address 02:00:00:00:00:02
ip addr add 10.0.0.1/24 dev v1
ip addr add 10.0.0.1/24 dev v1
ip addr add 10.0.1.1/24 brd + dev v1
ip addr add 10.0.2.1/24 broadcast - dev v1
ip addr add 10.0.3.1/24 brd 10.0.3.77 dev v1 label v1:foo scope link metric 50
ip addr add 10.0.4.1 peer 10.0.4.2/24 dev v1 brd +
ip addr add 10.0.5.1 peer 10.0.5.2 dev v1
ip addr add local 10.0.6.1/30 brd + dev v1
ip addr add 10.0.7.1/31 brd + dev v1
ip addr add 10.0.8.1/255.255.255.0 dev v1 pri 5
ip addr add 10.0.9.1/24 dev v1 noprefixroute
ip addr add 10.0.10.1/24 dev v1 scope 200
ip addr add 10.0.11.1/24 dev v1 valid_lft forever preferred_lft forever
ip addr add 10.0.12.1/24 dev v1 preferred_lft 0
ip a a 10.0.13.1/24 dev v1
ip addr add 127.0.0.2/8 dev lo
ip addr add 224.1.1.1/32 dev v1 autojoin
/usr/sbin/ip addr show dev v1
/usr/sbin/ip addr show dev lo
/usr/sbin/ip route show table all
ip addr replace 10.0.0.1/24 dev v1 metric 9
ip addr replace 10.0.20.1/24 dev v1
ip addr change 10.0.1.1/24 dev v1 metric 7
ip addr chg 10.0.2.1/24 dev v1 scope host
ip addr change 10.0.30.1/24 dev v1
/usr/sbin/ip addr show dev v1
ip addr del 10.0.0.1/24 dev v1
ip addr del 10.0.0.1/24 dev v1
ip addr del 10.0.1.1 dev v1
ip addr del 10.0.2.1/16 dev v1
ip addr d 10.0.3.1/24 dev v1 brd +
ip addr delete 10.0.4.1 peer 10.0.4.2/24 dev v1
ip address del 10.0.13.1/24 dev v1
ip addr del dev v1
/usr/sbin/ip addr show dev v1
ip -echo addr add 10.0.40.1/24 dev v1
ip -echo -j addr add 10.0.41.1/24 dev v1 label v1:e
ip -echo -j -p addr add 10.0.42.1/24 brd + dev v1
ip -echo addr add 10.0.40.1/24 dev v1
ip -echo addr replace 10.0.40.1/24 dev v1 metric 3
ip -echo addr del 10.0.41.1/24 dev v1
ip -echo -j addr del 10.0.42.1/24 dev v1
/usr/sbin/ip addr show dev v1
