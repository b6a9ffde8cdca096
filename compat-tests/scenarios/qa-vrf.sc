# QA: ip vrf on a kernel without the VRF driver: show, identify, pids and exec refusals
! ip link add v0 type veth peer name v1
ip vrf
ip vrf show
ip vrf ls
ip -j vrf
ip -j -p vrf show
ip -br vrf
ip -6 vrf
ip -4 vrf show
ip vrf sh v0
ip vrf show v0 v1
ip vrf show nosuch
ip vrf identify
ip vrf identify 1
ip vrf identify 999999
ip vrf identify abc
ip vrf identify 1 2
ip vrf pids
ip vrf pids v0
ip vrf pids a b
ip vrf exec
ip vrf exec v0
ip vrf exec v0 true
ip vrf exec nosuch true
ip vrf exec default
ip vrf help
ip vrf frob
ip link add red type vrf table 10
ip vrf
