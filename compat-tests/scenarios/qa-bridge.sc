# QA: bridge corner cases found by differential runs
! ip link add br0 address 02:00:00:00:00:10 type bridge
! ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
! ip link set veth1 master br0
! ip link set br0 up
! ip link set veth1 up
# mdb grp: ll_addr_a2n reads each ':' piece with sscanf("%x") and cuts the word in place
bridge mdb add dev br0 port veth1 grp 1-5
bridge mdb add dev br0 port veth1 grp 1-5x permanent
bridge mdb add dev br0 port veth1 grp bad
bridge mdb add dev br0 port veth1 grp 1:2:3:4:5:6:7
bridge mdb add dev br0 port veth1 grp 1:2:3:4:5:zz
bridge mdb add dev br0 port veth1 grp 1.2.3
bridge mdb add dev br0 port veth1 grp 1.2.3.x
bridge mdb del dev br0 port veth1 grp :::
bridge mdb add dev br0 port veth1 grp 0x1:2:3:4:5:6 permanent
bridge mdb show
