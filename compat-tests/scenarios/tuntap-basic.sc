# ip tuntap add|del|show: the /dev/net/tun ioctls, the sysfs-based show, and -d printing of tun links.
ip tuntap
ip tuntap add t0 mode tap
ip tuntap add t1 mode tun
ip tuntap add dev t2 mode tap user 0 group 0 one_queue pi vnet_hdr multi_queue
ip tuntap add name t3 mode tun user root group root
ip tuntap add t4 mode tap user 65534 group 12345
ip tap add t5 mode tun user nobody
! ip link set t0 address 02:00:00:00:05:00
! ip link set t2 address 02:00:00:00:05:02
! ip link set t4 address 02:00:00:00:05:04
ip tuntap show
ip tuntap list
ip tuntap lst
ip -j tuntap show
ip -j -p tuntap
ip -d link show t0
ip -d link show t1
ip -d link show t2
ip -d link show t3
ip -d link show t4
ip -d -j link show t2
ip -d -j -p link show t4
ip tuntap del t0 mode tap
ip tuntap del t1 mode tap
ip tuntap del t1 mode tun
ip tuntap del nope mode tap
ip tuntap show
ip link del t2
