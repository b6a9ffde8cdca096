# tunctl option interplay: the last -t/-d name wins, -d with -t, brief output with owners
tunctl -t tap0 -u root -g root
tunctl -b -t tap1 -u 0 -g 0
tunctl -t tap2 -t tap3
tunctl -d tap3 -t tap2
tunctl -t tap4 -d tap0
tunctl -u 4294967295 -t tap5
tunctl -g 99999999999999999999 -t tap6
tunctl -t tap7 -u ' 12'
tunctl -t tap8 -u '12 '
tunctl -t 'tap%d'
tunctl -t ''
for d in /sys/class/net/*/tun_flags; do d=${d%/tun_flags}; echo ${d##*/} $(cat $d/owner $d/group $d/tun_flags); done
tunctl -d nosuch
tunctl -d ''
for d in /sys/class/net/*/tun_flags; do d=${d%/tun_flags}; echo ${d##*/} $(cat $d/owner $d/group $d/tun_flags); done
