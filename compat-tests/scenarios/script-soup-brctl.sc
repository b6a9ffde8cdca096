# Randomised brctl settings soup (seed 1)
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip link add br0 address 02:00:00:00:00:03 type bridge
brctl addbr br1
ip link set br1 address 02:00:00:00:00:04
ip link set v0 master br0
brctl hairpin br1 30.001 1
brctl sethello nosuch 0
brctl setpathcost nosuch 2.5 br0
% brctl showstp v0
% brctl showstp 
brctl setmaxage br0 br0
brctl hairpin br0 lo 65536
brctl setfd br0 on
% brctl showstp v0
brctl setpathcost v0 v0  5
brctl setpathcost br0 on 300
brctl show 
brctl setmaxage v0 0
brctl addif br0 0
brctl sethello br0 br0
brctl sethello br1 abc
brctl delif br0 no
brctl setbridgeprio br0 v1
brctl addif nosuch no
brctl setmaxage br0 lo
brctl addif nosuch br0
brctl hairpin br1 300
% brctl showstp br1
brctl addif br0 on
brctl setfd nosuch lo
brctl hairpin v0 br1 nosuch
brctl addbr v0
brctl addif br0 -1
% brctl showmacs br0
brctl setmaxage nosuch 0x10
brctl setmaxage br0 br0
brctl setpathcost nosuch -1 1e2
brctl setpathcost v0 0x10 off
brctl hairpin v0 nosuch -1
% brctl showmacs br1
brctl setportprio br0 no 30.001
brctl addif br0 v0
brctl setpathcost v0 lo 0
brctl stp v0 abc
brctl setportprio br0 0  5
brctl setmaxage br0 0
brctl setpathcost br1 1e2 no
brctl setageing v0
brctl stp v0 1
brctl hairpin nosuch 65536 abc
brctl setpathcost nosuch -1 br0
brctl sethello v0 1 65536
brctl delif nosuch v1
brctl sethello v0 br1
brctl addif br1 br0
brctl delif br0 on
brctl setmaxage nosuch 0
brctl addbr br0
% brctl showstp br1
brctl setbridgeprio v0 0
brctl setageing br1 30.001
brctl setbridgeprio v0 nosuch
brctl addif br1  5 lo
brctl setageing v0 0x10 lo
brctl delif nosuch no
brctl sethello v0 lo
brctl hairpin br0 v0 v1
brctl setbridgeprio nosuch off
brctl hairpin nosuch br1 lo no
brctl setageing br0 v0
brctl setageing br0 2.5
brctl sethello v0 lo
brctl addbr nosuch
brctl setfd v0 yes
brctl addbr nosuch
brctl show br1
brctl setportprio br1 on nosuch
brctl delif br1 on
% brctl showmacs nosuch
% brctl showstp br1
brctl addbr 
brctl sethello nosuch v1
brctl setbridgeprio v0 65536
brctl sethello nosuch 0x10
brctl setfd v0 lo
% brctl showstp br0
% brctl showstp br1
brctl show
