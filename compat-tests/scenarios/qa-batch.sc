# QA: -batch files that mix netns, route, addr and bridge commands with errors
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
! ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
! ip link add br0 address 02:00:00:00:00:10 type bridge
! ip link set veth1 master br0
! ip link set veth0 up
! ip addr add 10.0.0.1/24 dev veth0
! ip netns add pod1
printf 'netns add x1\nnetns exec x1 ip -br l\nnetns list\nlink show nope\nnetns exec pod1 ip -br a\nnetns del x1\nnetns list\n' | ip -batch -
printf 'netns add x2\nnetns exec x2 ip -br l\nnetns list\nlink show nope\nnetns exec pod1 ip -br a\nnetns del x2\nnetns list\n' | ip -force -batch -
printf 'netns exec pod1 ip -br a\nlink sh lo\nnetns exec pod1 false\nlink sh lo\n' | ip -batch -
printf 'netns exec pod1 ip -br a\nlink sh lo\nnetns exec pod1 false\nlink sh lo\n' | ip -force -batch -
printf 'route add 10.77.0.0/16 via 10.0.0.254\nroute add 10.77.0.0/16 via 10.0.0.254\nroute del 10.77.0.0/16\nroute del 10.77.0.0/16\naddr flush dev nope\naddr add 10.5.0.1/24 dev veth1\naddr flush dev veth1\naddr show dev veth1\nroute add 10.78.0.0/16 dev veth0 table 200\nroute flush table 200\nroute show table 200\n' | ip -force -batch -
printf 'route add 10.79.0.0/16 via 10.0.0.254\nroute add 10.79.0.0/16 via 10.0.0.254\nroute show\n' | ip -batch -
printf 'route add 10.80.0.0/16 via 10.0.0.254\nroute add 10.80.0.0/16 via 10.0.0.254\nroute show 10.80.0.0/16\n' | ip -j -force -batch -
printf 'route add 10.81.0.0/16 via 10.0.0.254\nroute add 10.81.0.0/16 foo 10.0.0.254\nroute show 10.81.0.0/16\n' | ip -force -batch -
printf 'fdb add 02:00:00:00:02:02 dev veth1 master static\nfdb add 02:00:00:00:02:02 dev veth1 master static\nfdb show dev veth1\nlink set dev veth1 cost 9\nlink show dev veth1\nfdb del 02:00:00:00:02:02 dev veth1 master\nfrob\nfdb show dev veth1\n' | bridge -force -batch -
printf 'fdb add 02:00:00:00:02:03 dev veth1 master static\nfdb add 02:00:00:00:02:03 dev veth1 master static\nfdb show dev veth1\n' | bridge -batch -
printf 'link set dev veth1 cost 0\nlink set dev veth1 priority 64\nlink set dev nope cost 1\nlink show\n' | bridge -force -batch -
printf 'addr add 10.6.0.1/24 dev veth0\naddr add 10.6.0.1/24 dev veth0\naddr show dev veth0\n' | ip -n pod1 -force -batch -
ip -n pod1 link
ip route show table all
