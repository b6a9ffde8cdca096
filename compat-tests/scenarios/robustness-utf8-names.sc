# Interface names that are UTF-8 (the kernel allows any bytes but '/', ':' and blanks):
# C pads them by bytes (%-16s), and net-tools reads /proc/net/dev names as bytes.
! ip link add é type veth peer name ü
! ip link add aaaaaaaaaaaaaé type veth peer name b0
! ip link add brü type bridge
! ip addr add 10.9.0.1/24 dev é
ip -br link
ip -br addr
ip -br -4 addr
ip link show dev é
ip -o link
bridge link
ifconfig -s
ifconfig -a
ifconfig é
ifconfig aaaaaaaaaaaaaé
brctl show
