# QA: ip token list/set/del/get
! ip link add v0 type veth peer name v1
! ip link add br0 type bridge
! ip link add ifb0 type ifb
! ip link add v2 type veth peer name v3
! ip link set v2 mtu 1000
ip token
ip token list
ip token show dev v0
ip token get dev v1
ip token list dev nope
ip token list foo dev v0
ip -j token
ip -j -p token list
ip -c=always token
ip -4 token
ip token set ::1/64 dev v0
ip token set ::1:2/64 dev v1
ip token
ip token set ::3 dev v1 dev v0
ip token set ::4
ip token set dev v0
ip token set bad dev v0
ip token set ::5 dev nope
ip token set 10.0.0.1 dev v0
ip token set ::6 ::7 dev v0
ip token add ::8 dev v0
ip token
ip token del dev v1
ip token del dev v1 ::9
ip token
ip token set ::1 dev lo
ip token set ::1 dev ifb0
ip token set ::1 dev br0
ip token help
ip token set help
ip token frob
ip token list dev
ip link set v2 mtu 1500; ip token
printf 'token set ::a dev v0\ntoken set ::b dev nosuch\ntoken list\n' | ip -force -batch -
