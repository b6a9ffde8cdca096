# ip addr save | showdump | restore: the binary stream round trip, and its refusals.
# (The stream itself holds sequence numbers and port ids, so it is compared through showdump.)
! sysctl -qw net.ipv6.conf.all.dad_transmits=0 net.ipv6.conf.default.dad_transmits=0
! ip link set lo up
! ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
! ip link set veth0 up && ip link set veth1 up
! ip addr add 10.0.0.1/24 brd + dev veth0 && ip addr add 10.0.0.5/24 dev veth0 && ip addr add 2001:db8::1/64 dev veth0 nodad
! sleep 1
ip addr save | ip addr showdump
ip -4 addr save | ip addr showdump
ip addr save dev veth0 | ip -o addr showdump
ip addr save dev veth0 | ip -j addr showdump
ip addr save dev veth0 | ip -br addr showdump
ip addr save scope host | ip addr showdump
ip addr save dev nosuch
ip addr save dev veth0 > /tmp/save0 && ip addr showdump < /tmp/save0
ip addr showdump < /dev/null
ip addr showdump < /etc/hostname
ip addr restore < /etc/hostname
head -c 30 /tmp/save0 > /tmp/trunc0 && ip addr showdump < /tmp/trunc0
! ip addr flush dev veth0
ip addr restore < /tmp/save0
ip a s dev veth0
ip addr restore < /tmp/save0
