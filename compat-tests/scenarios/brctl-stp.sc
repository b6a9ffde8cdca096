# brctl bridge and port parameters through sysfs (ioctl fallback for non-bridges), showstp and showmacs.
! ip link add br0 address 02:00:00:00:00:10 type bridge
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v0 master br0
% brctl showstp br0
brctl setageing br0 12.34
brctl setageing br0 abc
brctl setageing br0 ' 7.5xyz'
brctl setageing br0 inf
brctl setageing nosuch 10
brctl setageing v1 10
brctl setfd br0 10
brctl setfd br0 100
brctl setfd br0 3.999
brctl sethello br0 3
brctl sethello br0 0
brctl setmaxage br0 30
brctl setmaxage br0 1
brctl setbridgeprio br0 0x1000
brctl setbridgeprio br0 z
brctl setbridgeprio br0 -- -3
brctl setbridgeprio br0 017
% brctl showstp br0
brctl stp br0 on
brctl stp br0 maybe
brctl stp br0 0
brctl stp br0 yes
brctl stp v1 on
brctl stp nosuch off
brctl show
brctl setpathcost br0 v0 77
brctl setpathcost br0 v0 0
brctl setpathcost br0 v0 x
brctl setpathcost br0 v1 5
brctl setpathcost br0 nosuch 5
brctl setportprio br0 v0 3
brctl setportprio br0 v0 99
brctl setportprio br0 v1 3
brctl setportprio br0 v0 q
brctl hairpin br0 v0 on
brctl hairpin br0 v0 bad
brctl hairpin br0 v1 on
brctl hairpin br0 nosuch on
brctl hairpin nosuch v0 on
brctl hairpin br0 v0 1
% brctl showstp br0
brctl hairpin br0 v0 off
brctl showstp v0
brctl showstp nosuch
brctl showmacs br0
brctl showmacs v0
brctl showmacs nosuch
! bridge fdb add 02:00:00:00:00:33 dev v0 master static
! bridge fdb add 02:00:00:00:00:22 dev v0 master
% brctl showmacs br0
! bridge fdb add 02:00:00:00:00:44 dev v0 master dynamic
% brctl showmacs br0
