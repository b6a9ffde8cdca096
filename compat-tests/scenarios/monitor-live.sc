# ip monitor on live events (ip/ipmonitor.c, lib/libnetlink.c rtnl_listen): the monitor
# and the commands making the events run in the same namespace; fixed MACs and IPv6 off
# keep the events the same from run to run.
! sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
timeout 1 ip monitor link & sleep 0.3; ip link add v1 address 02:00:00:00:00:01 type veth peer name v2 address 02:00:00:00:00:02; wait
timeout 1 ip monitor all & sleep 0.3; ip link set v1 up; ip link set v2 up; wait
timeout 1 ip monitor label address route & sleep 0.3; ip addr add 10.0.0.1/24 dev v1; ip route add 10.9.0.0/16 via 10.0.0.2; wait
timeout 1 ip -4 monitor rule & sleep 0.3; ip rule add pref 100 table 100; ip -6 rule add pref 101 table 101; ip rule del pref 100; wait
timeout 1 ip monitor neigh & sleep 0.3; ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev v1; ip neigh del 10.0.0.5 dev v1; wait
# `ip nexthop` is the reference's own (nlbox has no nexthop object yet).
timeout 1 ip monitor nexthop label & sleep 0.3; /usr/sbin/ip nexthop add id 2 blackhole; /usr/sbin/ip nexthop add id 3 via 10.0.0.9 dev v1; /usr/sbin/ip nexthop del id 2; wait
timeout 1 ip -d monitor route & sleep 0.3; ip route add 10.8.0.0/16 nhid 3; wait
# The name of a new nsid is looked up in /run/netns as the event arrives; the namespace is
# deleted on a line of its own so that the lookup never races the deletion.
! ip netns add foo
timeout 1 ip monitor nsid label & sleep 0.3; ip netns set foo 5; wait
timeout 1 ip monitor nsid & sleep 0.3; ip netns del foo; wait
timeout 1 ip monitor netconf & sleep 0.3; sysctl -qw net.ipv4.conf.v1.forwarding=1; sysctl -qw net.ipv4.conf.v1.rp_filter=2; wait
# A label printed for an event the device filter drops waits for the next printed line;
# the monitor is killed with the last one still unwritten.
timeout 1 ip monitor link dev v1 label & sleep 0.3; ip link set v2 mtu 1400; ip link set v1 mtu 1400; ip link set v2 mtu 1300; wait
timeout 1 ip -o monitor all-nsid & sleep 0.3; ip link set v1 down; wait
timeout 1 ip -br monitor link & sleep 0.3; ip link set v1 up; wait
timeout 1 ip -br monitor address & sleep 0.3; ip addr add 10.0.1.1/24 dev v2; wait
timeout 1 ip -6 monitor & sleep 0.3; ip addr add 10.0.2.1/24 dev v2; ip rule add pref 102 table 102; wait
% timeout 1 ip -t monitor link & sleep 0.3; ip link set v1 down; wait
% timeout 1 ip -ts monitor label & sleep 0.3; ip link set v1 up; wait
# iproute2 6.1's name cache keeps the first name of an index: after a rename the address
# event names the link by its old name.
timeout 1 ip monitor & sleep 0.3; ip link set v2 name v7; ip addr add 10.5.5.5/24 dev v7; wait
timeout 1 ip monitor & sleep 0.3; ip link del v1; wait
