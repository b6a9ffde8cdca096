# tun/tap through ip link, and kinds with no options given odd words
ip link add tap0 type tun
ip link add tap0 type tap
ip tuntap add tap0 mode tap
ip link set tap0 type tun
ip link set tap0 type tun mode tap
ip link add ifb1 type ifb foo
ip link add ifb1 type ifb numtxqueues 2
ip link add ifb2 type ifb help
ip link add nl0 type nlmon
ip link add veth type veth
ip link add veth0 type veth peer
ip link add veth1 type veth peer name veth1p type veth
ip link add br type bridge
ip link add br-a type bridge help 2>&1 | head -2
ip -d link show tap0
ip -d -j link show ifb1
ip link set tap0 up
ip link show tap0
ip tuntap show
ip link del tap0 type tun
ip link del ifb1 type veth
ip -br link
