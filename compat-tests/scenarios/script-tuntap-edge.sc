# ip tuntap and tunctl edge cases from VM tooling
ip tuntap add tap0 mode tap
ip tuntap add tap0 mode tap
ip tuntap add mode tap tap1
ip tuntap add dev tap2
ip tuntap add dev tap2 mode bogus
ip tuntap add dev tap2 mode tap user nosuchuser
ip tuntap add dev tap2 mode tap group nosuchgroup
ip tuntap add dev tap2 mode tap user 65534 group 65534
ip tuntap add dev tap3 mode tun user root group root
ip tuntap add dev tap4 mode tap name x
ip tuntap add dev tap%d mode tap
ip tuntap add mode tap
ip tuntap add mode tun
ip tuntap add dev tap5 mode tap mode tun
ip tuntap add dev tap5 mode tap dev tap6
ip tuntap add dev 0123456789abcdefg mode tap
ip tuntap del dev tap0
ip tuntap del dev tap0 mode tap
ip tuntap del dev tap3 mode tap
ip tuntap del dev tap3 mode tun
ip tuntap show
ip tuntap
ip tuntap list mode tun
ip tuntap ls name tap2
ip tuntap show dev tap2
ip tuntap help
ip tuntap frob
ip -d link show tap2
ip -d -j link show tap2
ip -br link
tunctl
tunctl -t tapx -u nosuchuser
tunctl -t tapx -g nosuchgroup
tunctl -t tapy -u 1000 -g 1000
tunctl -t tapy -u 1000 -g 1000
tunctl -d tapy -b
tunctl -b
tunctl -t
tunctl -f /dev/net/tun -t tapz
tunctl -f /nonexistent -t tapq
tunctl -d
tunctl -d nosuch
tunctl -x
tunctl -h
ip tuntap show
ip link show
