# ip link add|set|delete: the generic words of iplink_parse, their abbreviations, and the
# exact errors and exit codes for bad input.
! ip link add v1 address 02:00:00:00:00:01 type veth peer name v2 address 02:00:00:00:00:02
ip link set dev v1 up
ip link set v1 down
ip link set v1 mtu 1400
ip link set v1 mtu 1000 mtu 1200
ip link set v1 mtu abc
ip link set v1 mtu 10
ip link set v1 txqueuelen 7
ip link set v1 txqlen 8 qlen 9
ip link set v1 txqueuelen x
ip link set v1 arp off multicast on allmulticast on promisc on dynamic on trailers off
ip link set v1 arp maybe
ip link set v1 promisc 1
ip link set v1 dynamic x
ip link set v1 address 02:00:00:00:00:09
ip link set v1 addr 02:00:00:00:00:0a brd ff:ff:ff:ff:ff:fe
ip link set v1 address 02:00:00:00:00
ip link set v1 address 02:zz:00:00:00:01
ip link set v1 address 1.2.3.4
ip link set v1 broadcast 1g:2
ip link set v1 alias "hello world"
ip link set v1 group 5
ip link set v1 group default
ip link set v1 group foo
ip link set v1 group 1 group 2
ip link set v1 carrier on
ip link set v1 carrier x
ip link set v1 protodown on
ip link set v1 protodown_reason 3 on
ip link set v1 protodown_reason 40 on
ip link set v1 protodown_reason 3 maybe
ip link set v1 addrgenmode none
ip link set v1 addrgenmode EUI64
ip link set v1 addrgenmode bogus
ip link set v1 gso_max_size 1000 gso_max_segs 100 gro_max_size 1000
ip link set v1 gso_max_segs 70000
ip link set v1 gso_max_size -1
ip link set v1 numtxqueues 4
ip link set v1 numrxqueues x
ip link set v1 state up
ip link set v1 state bogus
ip link set v1 mode dormant
! ip link set v1 mode default
ip link set v1 mode x
ip link set v1 index 7
ip link set v1 x
ip link set v1 dev v2
ip link set dev
ip link set
ip link set nope up
ip link set dev nope up
ip link set v1 name averyveryverylongname
ip link set v1 name "a b"
ip link set v1 name v1 name v3
ip link set name v3 dev v1
ip link set v3 name v1
ip link set v1 master nope
ip link set v1 nomaster
ip link set v1 vrf v2
ip link set v1 link-netnsid 3
ip link set v1 netns 99999
ip link set v1 netns nosuchns
ip link set v1 netns x y
ip link set v1 xdp off
ip link set v1 xdpgeneric none
ip link set xdpoffload off
ip link set v1 xdp
ip link set v1 vf 0
ip link set v1 vf x
ip link set vf 0 mac 00:11:22:33:44:55
ip link set v1 vf 0 vlan 5000
ip link set v1 vf 0 mac 02:00:00:00:00:01 vlan 5 qos 2 rate 100 spoofchk on trust off state auto
ip link set v1 vf 0 state foo
ip link set v1 help
ip link s v1 up
ip link ch v1 mtu 1300
ip link change v1 mtu 1301
ip link set group 0 up
ip link set group 0 mtu 1400
ip link set group 0 up type veth foo
ip link add group 1 up
ip link add group 5 type veth
ip link del group 7
ip link add x
ip link add x type foo
ip link add x type foo bar
ip link add x type foo help
ip link add a type veth
ip link add dev x name y type veth
ip link add name x dev x type veth peer name y
ip link add v1 type veth
ip link add averyveryverylongname type veth
ip link add x link nope type veth
ip link add x index 0 type veth
ip link add x index 40 type veth peer name y index 41
ip link replace x type veth
ip link replace v1 type veth peer name z
ip link delete nope
ip link delete y
ip link del dev x
ip link delete
ip link add
ip link frob
ip link afstats
ip link afstats dev v1
ip link afstats dev nope
ip link afstats foo
ip link afstats dev v1 dev v2
ip link xstats
ip link xstats help
ip link xstats type foo
ip link xstats type veth
ip link xstats foo
ip link property add dev v1 altname vethalt1
ip link property add v2 altname a altname b
ip link property add dev v1 altname vethalt1
ip link property del dev v1 altname nope
ip link property del dev v1 altname vethalt1
ip link property
ip link property foo
ip link property add altname x
ip link property add dev nope altname x
ip link property add dev v1 altname a/b
ip link prop del v1 v2
ip -d link show v1
ip -d link show v2
