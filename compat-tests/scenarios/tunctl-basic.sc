# tunctl (uml-utilities): persistent taps, owners, groups, brief output, bad input
! sysctl -qw net.ipv6.conf.default.addr_gen_mode=1
tunctl -t tap0
cat /sys/class/net/tap0/owner /sys/class/net/tap0/group /sys/class/net/tap0/tun_flags
tunctl -t tap0
tunctl -t tap1 -u 0
tunctl -t tap2 -u daemon
tunctl -t tap3 -g daemon
tunctl -t tap4 -u nobody -g 0
tunctl -t tap5 -u 0x10
tunctl -t tap6 -u 010
tunctl -t tap7 -u -1
tunctl -t tap8 -u -1 -g -1
tunctl -t tap9 -u ''
tunctl -b -t tap10
tunctl -b
tunctl
tunctl -bt tap11
tunctl -ttap12
tunctl -t averyveryverylongname
for d in /sys/class/net/*/tun_flags; do d=${d%/tun_flags}; echo ${d##*/} $(cat $d/owner $d/group $d/tun_flags); done
for d in /sys/class/net/*/tun_flags; do d=${d%/tun_flags}; echo ${d##*/} $(cat $d/owner $d/group $d/tun_flags); done
tunctl -d tap0
tunctl -d tap0
for d in /sys/class/net/*/tun_flags; do d=${d%/tun_flags}; echo ${d##*/} $(cat $d/owner $d/group $d/tun_flags); done
tunctl -d tap1 -b
tunctl -t tap20 -u nosuchuser
tunctl -t tap21 -g nosuchgroup
tunctl -t tap22 -u 12x
tunctl -p
tunctl -n
tunctl -h
tunctl --help
tunctl -x
tunctl -t
tunctl -d
tunctl -u
tunctl -t tap23 extra
tunctl extra -t tap24
tunctl -t tap25 -f /dev/null
tunctl -t tap26 -f /nonexistent
tunctl -f
tunctl -t tap27 -- -b
for d in /sys/class/net/*/tun_flags; do d=${d%/tun_flags}; echo ${d##*/} $(cat $d/owner $d/group $d/tun_flags); done
! ip tuntap add dev tun5 mode tun
tunctl -t tun5
tunctl -d tun5
