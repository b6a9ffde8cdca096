# bridge vni: the VNI filter of vxlan devices in external vnifilter mode.
! ip link add vx0 address 02:00:00:00:00:20 type vxlan id 42 dstport 4789 local 10.0.0.1
! ip link add vx1 address 02:00:00:00:00:21 type vxlan dstport 4790 external vnifilter
! ip link add vx2 address 02:00:00:00:00:22 type vxlan dstport 4791 external vnifilter
bridge vni
bridge -j vni
bridge vni add dev vx1 vni 100
bridge vni add dev vx1 vni 100
bridge vni add dev vx1 vni 200-210,220 remote 10.0.0.7
bridge vni add dev vx1 vni 300 remote 10.0.0.9
bridge vni add dev vx2 vni 7 remote fe80::1
bridge vni add dev vx2 vni 8 group ff0e::1
bridge vni add dev vx1 vni 400 group 239.1.1.1
bridge vni add dev vx1 vni 300 group 10.0.0.9
bridge vni add dev vx1 vni 300 group 239.1.1.1 group 239.1.1.2
bridge vni add dev vx1 vni 300 remote 10.0.0.1 remote 10.0.0.2
bridge vni add dev vx1 vni 300 vni 4
bridge vni add dev vx1 vni 300 remote bogus
bridge vni add dev vx1
bridge vni add vni 5
bridge vni add dev nosuch vni 5
bridge vni add dev vx0 vni 5
bridge vni add dev vx1 vni 5 help
bridge vni
bridge vni show dev vx2
bridge vni show dev nosuch
bridge vni show dev vx1 dev vx1
bridge -j vni
bridge -j -p vni
bridge -o vni
bridge -s vni
bridge -s -j vni
bridge vni del dev vx1 vni 100
bridge vni delete dev vx1 vni 100
bridge vni delete dev vx1 vni 100
bridge vni
bridge vni help
bridge vni foo
