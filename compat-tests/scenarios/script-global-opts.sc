# Global options in front of write commands, as wrappers pass them through
ip -4 link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip -6 link set v0 up
ip -0 link set v1 up
ip -f link link set v1 mtu 1400
ip -family inet6 link set v1 mtu 1380
ip -f bridge link set v1 mtu 1300
ip -f mpls link set v1 mtu 1280
ip -f nosuch link set v1 mtu 1280
ip -rc 100000 link set v1 mtu 1500
ip -rcvbuf abc link show v1
ip -s -s link set v1 txqlen 100
ip -d -j -p link set v1 alias x
ip -o -br link set v1 alias y
ip -t link set v1 alias z
ip -ts link set v1 alias zz
ip -N -r link set v1 alias w
ip -l 2 link set v1 alias q
ip -loops 0 link set v1 alias r
ip -echo -o link set v1 alias s
ip -a link set v1 alias t
ip -c link set v1 alias u
ip -color=always link set v1 alias v
ip -c=never -br link show v1
ip -br -c=always link show v1
ip -n link set v1 up
ip -netns nosuch link set v1 up
ip -nx link set v1 up
ip --details --json link show v1
ip --brief link set v1 alias ok
ip -V
ip -Version
ip -h link
ip -help
ip
ip -iec -s link show v1 | head -2
ip -human link set v1 mtu 1500
ip -M link set v1 up
ip -B link set v1 up
ip -force link set v1 up
ip -batch
ip -j link help 2>&1 | head -3
