# type vxlan: every option, duplicate checks, the defaults and warnings, and -d print.
! ip link add v1 address 02:00:00:00:00:01 type veth peer name v2 address 02:00:00:00:00:02
ip link add vx1 address 02:00:00:00:03:01 type vxlan id 10
ip link add vx2 address 02:00:00:00:03:02 type vxlan id 11 remote 1.2.3.4 local 1.2.3.5 dstport 4789 srcport 1000 2000 tos 10 ttl 5 df set ageing 0 maxaddress 7 noudpcsum gbp proxy rsc l2miss l3miss nolearning
ip link add vx3 address 02:00:00:00:03:03 type vxlan vni 12 group 239.1.1.1 dev v1 dstport 0 ttl auto tos inherit df inherit
ip link add vx4 address 02:00:00:00:03:04 type vxlan id 13 group ff02::5 dev v2 dstport 0 flowlabel 3 hoplimit inherit udp6zerocsumtx noudp6zerocsumrx remcsumtx remcsumrx
ip link add vx5 address 02:00:00:00:03:05 type vxlan external dstport 0 vnifilter
ip link add vx6 address 02:00:00:00:03:06 type vxlan id 14 remote 2001:db8::1 local 2001:db8::2 dstport 4790 ageing 100 maxaddress unlimited df unset
ip link add vx7 address 02:00:00:00:03:07 type vxlan id 15 gpe dstport 4791
ip -6 link add vx8 address 02:00:00:00:03:08 type vxlan id 16 dstport 1
ip -4 link add vx9 address 02:00:00:00:03:09 type vxlan id 17 dstport 1 noexternal learning
ip link set vx1 type vxlan ttl 9
ip link set vx1 type vxlan ageing 50 noproxy
ip link add x type vxlan vnifilter
ip link add x type vxlan id 20000000
ip link add x type vxlan id 1 id 2
ip link add x type vxlan id 1 vni 2
ip link add x type vxlan id 1 remote 1.2.3.4 group 239.1.1.1
ip link add x type vxlan id 1 group 239.1.1.1 remote 1.2.3.4
ip link add x type vxlan id 1 group 239.1.1.1 dstport 0
ip link add x type vxlan id 1 group 1.2.3.4
ip link add x type vxlan id 1 remote 239.1.1.1
ip link add x type vxlan id 1 local 239.1.1.1
ip link add x type vxlan id 1 local any
ip link add x type vxlan id 1 remote 1.2.3.4 local ::1
ip link add x type vxlan id 1 dev nope
ip link add x type vxlan id 1 ttl 300
ip link add x type vxlan id 1 ttl x
ip link add x type vxlan id 1 tos zz
ip link add x type vxlan id 1 df maybe
ip link add x type vxlan id 1 flowlabel 0x100000
ip link add x type vxlan id 1 ageing x
ip link add x type vxlan id 1 maxaddress x
ip link add x type vxlan id 1 srcport 1 x
ip link add x type vxlan id 1 dstport 70000
ip link add x type vxlan id 1 learning nolearning
ip link add x type vxlan external id 1
ip link add x type vxlan
ip link add x type vxlan id 1 foo
ip link add x type vxlan help
ip -d link show vx1
ip -d link show vx2
ip -d link show vx3
ip -d link show vx4
ip -d link show vx5
ip -d link show vx6
ip -d link show vx7
ip -d -j link show vx2
ip -d -j -p link show vx4
ip link help vxlan
