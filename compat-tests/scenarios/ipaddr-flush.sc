# ip addr flush: filters, the -s report, rounds, secondaries, and the refusals.
! sysctl -qw net.ipv6.conf.all.dad_transmits=0 net.ipv6.conf.default.dad_transmits=0 net.ipv6.conf.all.router_solicitations=0 net.ipv6.conf.default.router_solicitations=0
! ip link set lo up
! ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
! ip link set veth0 up && ip link set veth1 up
! ip addr add 10.0.0.1/24 brd + dev veth0 && ip addr add 10.0.0.5/24 dev veth0 && ip addr add 10.0.0.6/24 dev veth0
! ip addr add 2001:db8::1/64 dev veth0 nodad
! ip addr add 10.0.1.2/24 dev veth1 label veth1:x && ip addr add 10.0.2.2/24 dev veth1
! sleep 1
ip addr flush
ip -0 addr flush dev lo
ip addr flush dev nosuch
ip addr flush dev
ip addr flush scope foo
ip addr flush nosuch
ip addr flush help
ip -s addr flush dev veth0 to 192.168.0.0/16
ip addr flush dev veth0 to 192.168.0.0/16
ip -s addr flush dev veth0 secondary
ip a s dev veth0
ip -s -s addr flush dev veth0 scope global primary
ip a s dev veth0
ip -s addr flush label veth1:x
ip a s dev veth1
ip -o -s -s addr flush dev veth1 scope global
ip -j -s -s addr flush dev veth0
ip a
! ip addr add 10.0.0.1/24 dev veth0 && ip addr add 10.0.0.5/24 dev veth0 && ip addr add 10.0.0.6/24 dev veth0
ip -l 1 -s addr flush dev veth0 primary
! ip addr add 10.0.0.1/24 dev veth0 && ip addr add 10.0.0.5/24 dev veth0
ip -s addr flush dev veth0 to 10.0.0.0/8
! ip addr add 10.0.0.1/24 dev veth0 && ip addr add 10.0.0.5/24 dev veth0 && sysctl -qw net.ipv4.conf.veth0.promote_secondaries=1
ip -s addr flush dev veth0 to 10.0.0.0/8
! sysctl -qw net.ipv4.conf.veth0.promote_secondaries=1 && ip addr add 10.0.0.1/24 dev veth0 && ip addr add 10.0.0.5/24 dev veth0 && ip addr add 10.0.0.6/24 dev veth0
ip -l 2 -s addr flush dev veth0 primary
ip -l 1 -s addr flush dev veth0
ip a s dev veth0
! for i in $(seq 1 120); do echo "addr add 10.9.$((i/200)).$((i%200+1))/16 dev veth1"; done > /tmp/b1 && ip -b /tmp/b1
! for i in $(seq 1 90); do echo "addr add 2001:db8:1::$i/64 dev veth1 nodad"; done > /tmp/b2 && ip -b /tmp/b2
ip -s addr flush dev veth1 to 10.9.0.0/16
ip -s -s addr flush dev veth1 to 2001:db8:1::/48
ip -4 -s addr flush lo
ip -6 -s addr flush dev lo
ip a s dev lo
ip -s addr flush dev lo
# A device named ifN that does not exist reaches the kernel, which refuses the dump.
ip addr flush dev if99
ip -s addr flush dev if99
