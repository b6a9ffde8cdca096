# brctl's help and usage texts (stdout), getopt_long option handling, wrong argument counts.
brctl
brctl -h
brctl --help
brctl --he
brctl -V
brctl --version
brctl --vers
brctl show -V
brctl -x
brctl --foo
brctl --help=2
brctl -hV
brctl frob
brctl addbr
brctl delbr
brctl addif br0
brctl delif br0
brctl hairpin br0 p0
brctl setageing br0
brctl setbridgeprio br0
brctl setfd br0
brctl sethello br0
brctl setmaxage br0
brctl setpathcost br0 p0
brctl setportprio br0 p0
brctl showmacs
brctl showstp
brctl stp br0
brctl Show
brctl setageing br0 -1
brctl -- show
