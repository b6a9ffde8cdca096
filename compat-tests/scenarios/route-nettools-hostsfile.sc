# names from a private /etc/hosts and /etc/networks (bind-mounted inside the scenario's mount namespace)
! mount -t tmpfs tmpfs /etc/netns
! printf '127.0.0.1 localhost\n::1 localhost ip6-localhost\n10.1.0.2 gw1 gwalias\n2001:db8::2 gw6\n10.1.0.2 second\n10.7.0.1 host7  # comment\n#10.7.0.2 hidden\n::ffff:10.1.0.9 mapped\n' > /etc/netns/hosts && mount --bind /etc/netns/hosts /etc/hosts
! printf 'default 0.0.0.0\nloopback 127.0.0.0\nmynet 10.1 mynetalias\nother 10.2.0\nnet9 10.9.0.0\n' > /etc/netns/networks && mount --bind /etc/netns/networks /etc/networks
! sysctl -qw net.ipv6.conf.default.addr_gen_mode=1
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v0 up
! ip addr add 10.1.0.1/24 dev v0
! ip -6 addr add 2001:db8::1/64 dev v0 nodad
cat /etc/hosts
route add -net mynet netmask 255.255.0.0 gw gw1
route add -net other/24 gw gwalias
route add -host host7 gw GW1
route add -net net9/16 dev v0
route add -host hidden dev v0
route add -net mynetalias/16 dev v0
route add -host 10.7.0.3 gw second
route add -host 10.7.0.4 gw mynet
route -6 add 2001:db8:5::/64 gw gw6 dev v0
route -6 add ip6-localhost dev lo
route -6 add localhost dev lo
route
route -e
route -6
route -C
ifconfig v0 gw1
# its TX "dropped" counter depends on how many IPv6 packets the kernel sent before v1 came up
% ifconfig v0
