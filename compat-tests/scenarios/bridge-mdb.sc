# bridge mdb: permanent and temporary groups (IPv4, IPv6, L2), sources, filters, every output mode.
! sysctl -qw net.ipv6.conf.all.disable_ipv6=1
! sysctl -qw net.ipv6.conf.default.disable_ipv6=1
! ip link add br0 address 02:00:00:00:00:10 type bridge
! ip link add br1 address 02:00:00:00:00:11 type bridge
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link add v2 address 02:00:00:00:00:03 type veth peer name v3 address 02:00:00:00:00:04
! ip link set v0 master br0
! ip link set v2 master br1
! ip link set v0 up
! ip link set v1 up
! ip link set v2 up
! ip link set br0 up
! ip link set br1 up
bridge mdb
bridge -j mdb
bridge mdb add dev br0 port v0 grp 239.1.1.1 permanent
bridge mdb add dev br0 port v0 grp 239.1.1.1 permanent
bridge mdb add dev br0 port v0 grp 239.1.1.2
bridge mdb add dev br0 port v0 grp ff0e::5 permanent
bridge mdb add dev br0 port v0 grp 01:00:5e:01:01:01 permanent
bridge mdb add dev br0 port v0 grp 239.1.1.3 src 10.0.0.1 permanent
bridge mdb add dev br1 port v2 grp 239.1.1.9 permanent vid 0
bridge mdb add dev br0 port v0 grp zz
bridge mdb add dev br0 port v0 grp 239.1.1.4 src zz
bridge mdb add dev br0 port v0
bridge mdb add dev nosuch port v0 grp 239.1.1.1
bridge mdb add dev br0 port nosuch grp 239.1.1.1
bridge mdb add dev br0 port v2 grp 239.1.1.1
bridge mdb add dev br0 port v0 grp 239.1.1.1 help
bridge mdb
bridge mdb show
bridge mdb list dev br1
bridge mdb show dev nosuch
bridge mdb show dev br0 dev br0
bridge mdb show vid 0
bridge -j mdb
bridge -j -p mdb
bridge -d mdb
bridge -d -j mdb
bridge -o mdb
% bridge -s mdb
% bridge -d -s -j mdb
bridge mdb del dev br0 port v0 grp 239.1.1.1
bridge mdb del dev br0 port v0 grp 239.1.1.1
bridge mdb d dev br0 port v0 grp ff0e::5
bridge mdb
bridge mdb help
bridge mdb foo
