# Randomised ip link set/add argument soup (seeded), errors included
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip link add br0 address 02:00:00:00:00:03 type bridge
ip link add v9 protodown 1 nomaster 1500 ; ip link del v9 2>/dev/null; true
ip link set v0 alias none altname 4294967296
ip link change v0 xdp 02:00:00:00:00:aa
ip link set br0 xdp off
ip link set dev v1 vrf
ip link add v9 dynamic 1500 multicast default group 1500 vf 0 ; ip link del v9 2>/dev/null; true
ip link replace v1 xdp abc
ip link change v0 name stable_secret numtxqueues 1.2.3.4 group 02:00:00:00:00:aa arp 65536
ip link change v0 trailers 1 broadcast 0x10 netns random
ip link change v0 type 4294967296
ip link replace v1 netns up stable_secret altname ff
ip link change v0 allmulticast v0
ip link set br0 mtu default numrxqueues stable_secret numrxqueues 0 up 3:4
ip link add v9 link random arp eui64 ; ip link del v9 2>/dev/null; true
ip link replace v1 carrier 4294967296 link-netnsid nosuch dev
ip link set dev v1 arp 02:00:00:00:00:aa type random
ip link add v9 type veth peer name v9p link-netns -1 protodown_reason ; ip link del v9 2>/dev/null; true
ip link replace v1 carrier 65536 state veth allmulticast 3:4
ip link add v9 type veth peer name v9p protodown 0 txqueuelen off gso_max_segs abc trailers lo ; ip link del v9 2>/dev/null; true
ip link replace v1 brd -1
ip link replace v1 numtxqueues 1
ip link add v9 type veth peer name v9p state up link-netns ; ip link del v9 2>/dev/null; true
ip link replace v1 txqueuelen random txqlen v0 arp veth
ip link add v9 txqueuelen 0x10 master 65536 numtxqueues 4294967296 ; ip link del v9 2>/dev/null; true
ip link set v0 parentdev link-netns 0x10 numrxqueues 4294967296
ip link replace v1 vf 1.2.3.4 gso_max_segs eui64 index random
ip link add v9 addrgenmode random ; ip link del v9 2>/dev/null; true
ip link add v9 mode trailers veth ; ip link del v9 2>/dev/null; true
ip link add v9 arp 02:00:00:00:00:aa txqueuelen abc txqueuelen ; ip link del v9 2>/dev/null; true
ip link add v9 type veth peer name v9p txqueuelen ; ip link del v9 2>/dev/null; true
ip link add v9 type eui64 ; ip link del v9 2>/dev/null; true
ip link add v9 type veth peer name v9p txqueuelen qlen lo ; ip link del v9 2>/dev/null; true
ip link set v0 txqlen 1 gro_max_size -1 addrgenmode stable_secret parentdev
ip link change v0 dynamic -1 addrgenmode veth parentdev veth
ip link set dev v1 gso_max_segs abc addrgenmode v0 down 1500 name none
ip link add v9 type veth peer name v9p allmulticast numrxqueues ; ip link del v9 2>/dev/null; true
ip link set br0 down -1 master stable_secret group 3:4 dynamic random
ip link replace v1 vrf default
ip link replace v1 brd allmulticast ff alias 65536 trailers 3:4
ip link set v0 name 65536 mode bridge link-netnsid 4294967296 txqueuelen 02:00:00:00:00:aa
ip link set br0 vrf gso_max_segs -1 protodown_reason stable_secret
ip link add v9 type 1 ; ip link del v9 2>/dev/null; true
ip link set dev v1 broadcast dynamic parentdev -1
ip link add v9 txqlen 0 protodown ; ip link del v9 2>/dev/null; true
ip link set dev v1 gro_max_size 65536 protodown abc
ip link add v9 arp on netns stable_secret addrgenmode 65536 ; ip link del v9 2>/dev/null; true
ip link replace v1 down broadcast index
ip link set v0 link-netns 3:4
ip link set dev v1 carrier default link-netns 4294967296 down bridge
ip link add v9 link-netnsid bridge ; ip link del v9 2>/dev/null; true
ip link set dev v1 altname on vf ff arp 02:00:00:00:00:aa altname 0
ip link change v0 netns
ip link change v0 state 65536 link gro_max_size 0x10
ip link set dev v1 vf 3:4 gso_max_size 65536 dev nosuch
ip link add v9 type veth peer name v9p link-netns on ; ip link del v9 2>/dev/null; true
ip link set br0 down stable_secret brd up
ip link change v0 nomaster eui64 down abc index bridge vf nosuch
ip link set v0 address veth link-netns off
ip link set v0 down v0 mode v0 alias 0x10 link-netnsid ff
ip link add v9 vrf off multicast 0x10 address 1 ; ip link del v9 2>/dev/null; true
ip link change v0 down 02:00:00:00:00:aa down 1 link-netns -1
ip link change v0 protodown v0
ip link set br0 arp 65536 dynamic bridge
ip link add v9 type veth peer name v9p name random dynamic parentdev bridge down veth ; ip link del v9 2>/dev/null; true
ip link set br0 master 1500 addrgenmode 1500
ip link add v9 type veth peer name v9p arp -1 vf 0 ; ip link del v9 2>/dev/null; true
ip link change v0 vrf on vf 02:00:00:00:00:aa up stable_secret altname 65536
ip link replace v1 type veth
ip link set br0 link-netns ff link abc index stable_secret up 1
ip link change v0 alias up gso_max_segs -1 netns veth
ip link set br0 state on txqueuelen ff dev abc
ip link set br0 mtu v0 txqlen 3:4 broadcast vrf 1
ip link change v0 mtu 65536
ip link change v0 promisc abc altname -1 master nosuch
ip link set dev v1 broadcast 02:00:00:00:00:aa up up 0x10
ip link set v0 dev v0 dynamic eui64 name lo address lo
ip link add v9 type veth peer name v9p broadcast gso_max_segs veth mtu 1 protodown 1500 ; ip link del v9 2>/dev/null; true
ip link set v0 qlen off link-netnsid default mtu -1
ip link set dev v1 qlen abc numtxqueues none addrgenmode up
ip link change v0 arp veth protodown_reason 3:4
ip link set dev v1 up 4294967296 carrier none netns ff
ip link set br0 protodown v0 txqueuelen eui64 broadcast 0x10
ip link set v0 down up stable_secret
ip link add v9 qlen abc link lo vrf 02:00:00:00:00:aa numtxqueues 1500 ; ip link del v9 2>/dev/null; true
ip link set dev v1 protodown_reason veth
ip link replace v1 promisc 3:4 allmulticast 1500
ip link add v9 dev up gso_max_size 02:00:00:00:00:aa ; ip link del v9 2>/dev/null; true
ip link change v0 parentdev v0 addrgenmode none txqueuelen up eui64
ip link add v9 type veth peer name v9p trailers 0 index 65536 dev veth parentdev stable_secret ; ip link del v9 2>/dev/null; true
ip link set v0 address 02:00:00:00:00:aa
ip link replace v1 parentdev -1
ip link set br0 master bridge broadcast v0 master
ip link set dev v1 link-netns address v0 txqlen lo parentdev 02:00:00:00:00:aa
ip link change v0 vrf none parentdev on
ip link set dev v1 dev 1 link-netns none numtxqueues off netns nosuch
ip link set br0 gso_max_segs v0 down random gso_max_segs abc index ff
ip link add v9 type veth peer name v9p brd up 02:00:00:00:00:aa up default ; ip link del v9 2>/dev/null; true
ip link set v0 protodown on mode off
ip link set br0 group bridge
ip link add v9 arp ; ip link del v9 2>/dev/null; true
ip link add v9 group 65536 txqlen default ; ip link del v9 2>/dev/null; true
ip link set br0 numtxqueues trailers on arp nosuch protodown_reason
ip link set v0 promisc v0 qlen bridge
ip link change v0 numtxqueues stable_secret gso_max_segs veth
ip link change v0 vf 1.2.3.4
ip link set br0 alias stable_secret altname off link-netns 1 mode ff
ip link add v9 link-netns bridge ; ip link del v9 2>/dev/null; true
ip link add v9 multicast 3:4 mode vf ; ip link del v9 2>/dev/null; true
ip link set v0 index bridge
ip link change v0 link-netns up random group veth multicast 3:4
ip link set dev v1 name txqlen 1.2.3.4
ip link replace v1 down 3:4
ip link set dev v1 protodown_reason off txqueuelen lo
ip link set dev v1 brd link-netns abc brd bridge trailers -1
ip link change v0 state link 3:4 type 3:4 mtu 1500
ip link add v9 link-netns abc trailers 02:00:00:00:00:aa link 1500 ; ip link del v9 2>/dev/null; true
ip link set dev v1 altname 02:00:00:00:00:aa down up brd off
ip link set v0 txqueuelen
ip link set dev v1 numtxqueues v0 index abc mode xdpgeneric 1
ip link add v9 trailers 3:4 type ; ip link del v9 2>/dev/null; true
ip -d link show
