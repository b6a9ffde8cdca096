# type macvlan and macvtap: every mode, flags, bcqueuelen, source-mode MAC lists, -d print.
! ip link add v1 address 02:00:00:00:00:01 type veth peer name v2 address 02:00:00:00:00:02
! ip link add v3 address 02:00:00:00:00:03 type veth peer name v4 address 02:00:00:00:00:04
ip link add m1 address 02:00:00:00:01:01 link v1 type macvlan
ip link add m2 address 02:00:00:00:01:02 link v1 type macvlan mode private
ip link add m3 address 02:00:00:00:01:03 link v1 type macvlan mode vepa bcqueuelen 20
ip link add m4 address 02:00:00:00:01:04 link v1 type macvlan mode bridge nodst
ip link add m5 address 02:00:00:00:01:05 link v1 type macvlan mode source macaddr add 02:00:00:00:00:05
ip link set m5 type macvlan macaddr add 02:00:00:00:00:06
ip link set m5 type macvlan macaddr set 02:00:00:00:00:07 02:00:00:00:00:08 bcqueuelen 7
ip link set m5 type macvlan macaddr del 02:00:00:00:00:07
ip link set m5 type macvlan macaddr set 02:00:00:00:00:09 02:00
ip -d link show m5
ip link set m5 type macvlan macaddr flush
ip link add p1 address 02:00:00:00:01:06 link v3 type macvlan mode passthru nopromisc
ip link add p2 link v1 type macvlan mode bridge nopromisc
ip link add p2 link v1 type macvlan flag nopromisc
ip link add p2 link v1 type macvlan mode passthru flag null
ip link add t1 address 02:00:00:00:02:01 link v2 type macvtap mode vepa
ip link add t2 address 02:00:00:00:02:02 link v2 type macvtap mode source macaddr add 02:00:00:00:00:0a
ip link add x link v1 type macvlan mode foo
ip link add x link v1 type macvlan flag bar
ip link add x link v1 type macvlan bcqueuelen x
ip link add x link v1 type macvlan macaddr add 1:2:3
ip link add x link v1 type macvlan macaddr add zz
ip link add x link v1 type macvlan macaddr blah
ip link add x link v1 type macvtap zz
ip link add x link v1 type macvtap help
ip link add x type macvlan
ip link add x link nope type macvlan
ip -d link show m1
ip -d link show m3
ip -d link show m4
ip -d link show p1
ip -d link show t1
ip -d link show t2
ip -d -j link show m5
ip -d -j -p link show t2
ip link del m1
ip link help macvlan
ip link help macvtap
