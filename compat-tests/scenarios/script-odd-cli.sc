# Abbreviations, batch files, -echo and odd argument orders in link write commands
ip l a br0 address 02:00:00:00:00:01 ty bridge
ip li s br0 u
ip link add type veth
ip link add type veth peer
ip link add v0 type veth peer v0p
ip link add v1 type veth peer name
ip link add name v2 name v3 type veth
ip link add dev v2 address 02:00:00:00:00:02 type veth peer name v2p address 02:00:00:00:00:03 mtu 1280 txqueuelen 5 numtxqueues 3 numrxqueues 3
ip link add v4 index 77 address 02:00:00:00:00:04 type veth peer name v4p index 78 address 02:00:00:00:00:05
ip link add v5 index 77 type veth
ip link add v5 numtxqueues 0 type veth
ip link add v5 numtxqueues 5000 type veth
ip link add v5 gso_max_size 70000 type veth
ip link add v5 group 3 up type veth peer name v5p
ip link add v6 type veth peer name v6p type veth
ip link add v7 type veth help
ip link add v7 type bridge help
ip link add v7 type vxlan help
ip link add v7 type macvlan help
ip link add v7 type bridge_slave help
ip link help add
ip link help type
ip link set v2 type veth
ip link set v2 type bridge_slave cost 3
ip -echo link add v8 address 02:00:00:00:00:08 type veth peer name v8p address 02:00:00:00:00:09
ip -echo -j link set v8 mtu 1400
ip -echo link del v8
ip -o -echo link add br9 address 02:00:00:00:00:0a type bridge
ip link xstats type bridge dev br0
ip link afstats dev br0
ip -d link show type veth
ip -d -o link show v4 | awk '{print $2, $(NF)}'
ip -j -p link show v2
! printf 'link add b1 address 02:00:00:00:00:21 type bridge\nlink add b1 type bridge\nlink set b1 up\nlink del nosuch\nlink set b1 mtu 1300\n' > /tmp/odd-cli-batch1
ip -batch /tmp/odd-cli-batch1
ip -force -batch /tmp/odd-cli-batch1
ip -b /tmp/odd-cli-batch1 -force
! printf 'link add b2 address 02:00:00:00:00:22 type bridge\nlink set b2 mtu 99999999999\nlink set b2 up\n' > /tmp/odd-cli-batch2
ip -force -batch /tmp/odd-cli-batch2
! printf '# comment\n\nlink add "b 3" type bridge\nlink add b4 type bridge vlan_filtering 1\nlink show b2\n' > /tmp/odd-cli-batch3
ip -force -batch /tmp/odd-cli-batch3
ip -batch nosuchfile
ip link show
