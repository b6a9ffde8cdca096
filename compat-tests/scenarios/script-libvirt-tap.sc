# libvirt/qemu style tap setup: ip tuntap and tunctl taps on a bridge
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
ip link add virbr0 address 52:54:00:00:00:01 type bridge stp_state 1 forward_delay 0
ip addr add 192.168.122.1/24 broadcast 192.168.122.255 dev virbr0
ip link set virbr0 up
ip tuntap add dev vnet0 mode tap user nobody
ip tuntap add dev vnet1 mode tap user 0 group 0 vnet_hdr
ip tuntap add dev vnet2 mode tap multi_queue one_queue
ip tuntap add vnet3 mode tun pi
ip tuntap add dev vnet0 mode tap
ip tuntap show
ip tuntap list mode tap
ip link set vnet0 address fe:54:00:00:00:01
ip link set vnet0 master virbr0
ip link set dev vnet0 up
brctl addif virbr0 vnet1
brctl addif virbr0 vnet1
brctl addif virbr0 nosuch
ip link set vnet1 address fe:54:00:00:00:02 up
tunctl -t tap0 -u nobody
tunctl -t tap0
tunctl -u 0 -t tap1
tunctl -b -t tap2
tunctl -g 0 -t tap3
ip -d link show vnet0
ip -d link show vnet1
ip -d link show tap0
ip tuntap show
brctl show
bridge -d link show
brctl stp virbr0 off
brctl setfd virbr0 2
brctl sethello virbr0 1
brctl setmaxage virbr0 10
brctl setageing virbr0 600
brctl setbridgeprio virbr0 4096
brctl setpathcost virbr0 vnet0 50
brctl setportprio virbr0 vnet0 16
brctl showstp virbr0 | grep -E 'path cost|priority|bridge id|forward delay'
ip -d link show virbr0 | grep -o 'forward_delay [0-9]*'
brctl delif virbr0 vnet0
tunctl -d tap0
tunctl -d tap0
ip tuntap del dev vnet0 mode tap
ip tuntap del dev vnet0 mode tap
ip tuntap del vnet3 mode tun
ip tuntap del vnet2 mode tun
ip link del vnet1
ip tuntap show
