# QA: ip maddress show/add/del, with vxlan groups joined on the underlay
! sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v0 up
! ip link set v1 up
! ip addr add 10.0.0.1/24 dev v0
! ip -6 addr add 2001:db8::1/64 dev v0 nodad
! ip link add vx1 address 02:00:00:00:02:01 type vxlan id 100 group 239.1.1.1 dev v0 dstport 4789
! ip link set vx1 up
! ip link add vx6 address 02:00:00:00:02:02 type vxlan id 101 group ff05::100 dev v0 dstport 4789
! ip link set vx6 up
! ip maddr add 01:00:5e:00:00:05 dev v1
! ip maddr add 33:33:00:00:00:09 dev v1
! ip maddr add 33:33:00:00:00:09 dev v1
ip maddr
ip maddr show dev v0
ip maddr show v1
ip maddr show dev v1 dev v0
ip maddr show nosuch
ip maddr show dev
ip maddr show help
ip maddr s
ip maddr lst
ip maddr frob
ip maddr help
ip -4 maddr
ip -6 maddr
ip -0 maddr
ip -j maddr
ip -j -p maddr show dev v1
ip -o maddr
ip -c=always maddr show dev v0
ip m s dev vx1
ip maddr add 01:00:5e:00:00:07 dev v0
ip maddr show dev v0
ip maddr del 01:00:5e:00:00:07 dev v0
ip maddr del 01:00:5e:00:00:08 dev v0
ip maddr add 01:00:5e:00:00:07
ip maddr add dev v0
ip maddr add 01:00:5e dev v0
ip maddr add zz dev v0
ip maddr add 01:00:5e:00:00:07 dev nosuch
ip maddr add 01:00:5e:00:00:07 01:00:5e:00:00:08 dev v0
ip maddr add 01:00:5e:00:00:07 dev v0 dev v1
ip maddr add address 01:00:5e:00:00:0a dev v0
ip maddr add help
ip maddr add 1.2.3.4 dev v0
ip maddr add 01:00:5e:00:00:07 dev 'a b'
ip -6 maddr add 33:33:00:00:00:0a dev v0
ip maddr add 01:00:5e:00:00:07:08 dev v0
printf 'maddr add 01:00:5e:00:00:0b dev v1\nlink show lo\n' | ip -batch -
printf 'maddr show dev v1\nmaddr add zz dev v1\nlink show lo\n' | ip -force -batch -
ip maddr show dev v1
