# QA: ip netconf, as a proxy-ARP / routed-pod setup checks its sysctls
! ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
! sysctl -qw net.ipv4.conf.veth0.proxy_arp=1 net.ipv6.conf.veth1.proxy_ndp=1 net.ipv4.conf.veth1.rp_filter=2 net.ipv4.conf.all.forwarding=1
ip netconf
ip -j netconf
ip -j -p -6 netconf
ip -4 netconf show dev veth0
ip netconf show dev veth0
ip -6 netconf show dev veth1
ip -j -4 netconf show dev veth0
ip -j -p netconf show dev veth0
ip -c=always -4 netconf
ip -o netconf show dev lo
ip netconf show dev veth0 dev lo
ip netconf show dev veth0 garbage
ip netconf l
ip netconf s
ip -0 netconf
ip -M netconf
ip -B netconf show dev veth0
ip -0 netconf show dev lo
ip netconf show dev nosuch
ip -4 -j netconf show dev nosuch
ip netconf show dev
ip netconf foo
ip netconf help
! sysctl -qw net.ipv4.conf.veth0.proxy_arp=0
ip -4 netconf show dev veth0
printf 'netconf show dev veth0\nnetconf show dev nosuch\nnetconf show dev lo\n' | ip -force -batch -
