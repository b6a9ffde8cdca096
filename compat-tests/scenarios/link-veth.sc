# type veth: the peer is a whole set of link words of its own; a failed create leaves nothing.
ip link add v1 type veth peer name v2
ip link add v3 address 02:00:00:00:00:03 mtu 1400 txqlen 50 numtxqueues 2 numrxqueues 3 type veth peer name v4 address 02:00:00:00:00:04 mtu 1300 txqueuelen 20 numtxqueues 4 up
ip link add v5 type veth peer v6
ip link add v7 type veth
ip link add v8 type veth peer
ip link add x type veth peer name y type veth
ip link add x type veth peer name v1
ip link add x type veth foo
ip link add x type veth help
ip link add x type veth peer name y mtu 1200 numtxqueues 2 numrxqueues 2 up
ip link add x type veth peer name y mtu 10
ip link add x type veth peer name averyveryverylongname
ip link add x type veth peer name y address zz
ip link add x type veth peer name y netns nosuchns
ip link add x type veth peer name y peer
ip link add x type veth peer name y group 3 alias peer
ip link add x index 50 type veth peer name y index 51
ip link add z up type veth peer name zz arp off
ip link add w1 type veth peer name w1
ip -d link show v4
ip -d link show v3
ip link del v1
ip link del v3
ip link del v3
ip link help veth
ip link help veth x
ip -echo link add e1 address 02:00:00:00:00:11 type veth peer name e2 address 02:00:00:00:00:12
ip -j -echo link add e3 address 02:00:00:00:00:13 type veth peer name e4 address 02:00:00:00:00:14
ip -echo link set e1 mtu 1400
ip -j -echo link set e1 mtu 1300
ip -echo link del e3
ip -echo link add e1 type veth
