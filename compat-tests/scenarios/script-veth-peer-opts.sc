# veth peers configured in one command (podman/netavark style)
ip netns add ns1
ip link add veth-h address 02:00:00:00:00:01 mtu 1400 txqueuelen 100 group 4 alias host-side type veth peer name veth-c address 02:00:00:00:00:02 mtu 1400 txqueuelen 200 group 5 alias cont-side netns ns1
ip link add v2 address 02:00:00:00:00:03 up type veth peer name v3 address 02:00:00:00:00:04 up
ip link add v4 type veth peer name v5 numtxqueues 2 numrxqueues 3 gso_max_size 1000
ip link add v6 type veth peer name v7 link-netns ns1
ip link add v8 type veth peer name v9 master nosuch
ip link add v8 type veth peer name v9 vrf nosuch
ip link add v8 type veth peer name v9 addrgenmode none
ip link add v8 type veth peer name v9 protodown on
ip link add v8 type veth peer name v9 broadcast ff:ff:ff:ff:ff:fe address 02:00:00:00:00:09
ip link add v10 type veth peer v10
ip link add v10 type veth peer index 5
ip link add v10 type veth peer name v11 index 99 netns ns1
ip link add v12 type veth peer name v13 netns 0
ip link show group 4
ip -n ns1 -d link show
ip -d link show v2
ip -d link show v4
ip -d -j link show v5
ip link show v9 2>/dev/null | head -1 | cut -d@ -f1
ip link del v2
ip link show v3
ip -n ns1 link del veth-c
ip link show veth-h
