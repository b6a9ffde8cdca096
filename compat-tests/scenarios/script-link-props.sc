# ip link set/change/replace/property on veth and bridges, as provisioning scripts do
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip link set v0 name veth-host-0123
ip link set dev veth-host-0123 alias "uplink to pod"
ip link set veth-host-0123 alias ''
ip link set dev v1 mtu 9000 txqueuelen 500 group 5 arp off multicast off allmulticast on promisc on
ip link set v1 dynamic on trailers on carrier off
ip link set v1 addrgenmode none
ip link set v1 addrgenmode random
ip link set v1 addrgenmode stable_secret
ip link set v1 addrgenmode bogus
ip link set v1 numtxqueues 4
ip link set v1 gso_max_size 32000 gso_max_segs 100 gro_max_size 32000
ip link set v1 protodown on
ip link set v1 protodown_reason 3 on
ip link set v1 netns 999999
ip link set v1 up down up
ip link set v1 mtu 100
ip link set v1 mtu 70000
ip link set v1 address 01:00:00:00:00:01
ip link set v1 address zz
ip link set v1 broadcast ff:ff:ff:ff:ff:fe
ip link set v1 brd 00:00:00:00:00:00
ip link set v1 master nosuch
ip link set v1 master v0
ip link set v1 vf 0 mac 02:00:00:00:00:09
ip link set v1 xdp off
ip link set v1 qlen 10
ip link set v1 txqlen abc
ip link set v1 group nosuchgroup
ip link set v1 name veth-host-0123
ip link set v1 name ""
ip link set v1 name a/b
ip link set v1 name 0123456789abcdef
ip link property add dev v1 altname pod-eth0-long-alternative-name
ip link property add dev v1 altname alt1 altname alt2
ip link property add dev v1 altname alt1
ip link property del dev v1 altname alt2
ip link property del dev v1 altname nosuch
ip link property add v1 altname x
ip link property add dev v1
ip link property
ip link property frob dev v1
ip link show alt1
ip -j link show dev alt1
ip link set alt1 mtu 1400
ip -d link show v1
ip link show veth-host-0123
ip -br link
ip link change v1 mtu 1500
ip link replace v1 mtu 1600
ip link replace v9 type veth peer name v9p
ip link change v9 type veth
ip link show group 5
ip link set group 5 mtu 1280
ip link set group 5 down
ip link show group 5
ip -o link show up
ip link show v1 | sed -n 1p
