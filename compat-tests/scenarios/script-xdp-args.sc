# XDP attach words as deployment scripts write them: detach works, loading fails like the reference
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip link set dev v0 xdp off
ip link set dev v0 xdpgeneric off
ip link set dev v0 xdpdrv none
ip link set dev v0 xdp off mtu 1400
ip link set dev v0 xdp 02:00:00:00:00:aa
ip link set dev v0 xdp bc 1
ip link set dev v0 xdp ''
ip link set dev v0 xdp obj
ip link set dev v0 xdp obj /nonexistent sec
ip link set dev v0 xdp obj /nonexistent program
ip link set dev v0 xdp pinned /sys/fs/bpf/nonexistent
ip link set dev v0 xdp fd /tmp
ip link set dev v0 xdp pin /nonexistent s x p y v mtu 5
ip link set dev v0 xdpoffload
ip link set dev v0 xdpoffload off
ip -d link show v0
