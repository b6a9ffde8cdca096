# randomised route -6 add/del argument mixes (seeded), checked against net-tools
! sysctl -qw net.ipv6.conf.default.addr_gen_mode=1
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v0 up
! ip link set v1 up
! ip -6 addr add 2001:db8::1/64 dev v0 nodad
route -6 del 2001:db8:3::/129 gw 2001:db8::2 reject
route -6 add 10.0.0.1
route -6 add 2001:db8:2::1 bogus x mod
route -6 add nosuch
route -6 del ::/0
route -6 del ::/0 dyn metric x v0
route -6 add -net
route -6 add ::ffff:10.0.0.1 metric 5 metric 5 gw 2001:db8::2
route -6 add ::/0 metric x
route -6 add 2001:db8:3::/129 metric metric
route -6 add 2001:db8::zz v0
route -6 add 2001:db8:1::/64 lo metric x
route -6 add 2001:db8:3::/129
route -6 add 2001:db8:3::/129
route -6 del 10.0.0.1 gw nosuch dev v0
route -6 add ip6-localhost bogus x dev nosuch
route -6 add fe80::/64 metric x gw fe80::1 dyn
route -6 add 2001:db8::zz v0 gw 2001:db8::2
route -6 del -net dev v0 gw 2001:db8::2
route -6 add 2001:db8:1::/64 metric
route -6 add -net reject
route -6 add nosuch dyn reject
route -6 add ::ffff:10.0.0.1 dev v0 gw fe80::1
route -6 add 2001:db8:2::1 dev nosuch
route -6 del ::ffff:10.0.0.1 metric 5 dev nosuch
route -6 add ''
route -6 add 10.0.0.1 dev v0 metric x
route -6 add 10.0.0.1 dev v0
route -6 add default
route -6 add ::ffff:10.0.0.1 gw fe80::1 mod dev
route -6 add fe80::/64 metric 5 gw fe80::1 gw fe80::1
route -6 add 2001:db8:4::/-1 metric 5
route -6 del ::ffff:10.0.0.1 lo
route -6 add default dev metric 5 gw fe80::1
route -6 add 2001:db8:3::/129 reject
route -6 del ip6-localhost reject
route -6 add 2001:db8::zz bogus x dyn
route -6 add fe80::/64 metric 5 gw v0
route -6 del default dev nosuch metric x gw nosuch
route -6 add 2001:db8:3::/129 gw nosuch dev
% route -6 -n | grep -v "^ff00\|^::1/\|^fe80::/64"
route -6 del ::ffff:10.0.0.1
route -6 add 2001:db8:4::/-1 bogus x dyn
route -6 del 2001:db8::zz dev nosuch metric x
route -6 del ip6-localhost
route -6 add nosuch dev nosuch dyn
route -6 add 2001:db8:3::/129 dev dyn
route -6 del 2001:db8:4::/-1 dev metric x reject
route -6 add 2001:db8:4::/-1 metric x
route -6 add ip6-localhost bogus x dev v0
route -6 del 2001:db8:2::1 metric x lo dev v0
route -6 del nosuch gw 2001:db8::2 metric
route -6 add ::ffff:10.0.0.1 metric x mod metric x
route -6 del 2001:db8::zz
route -6 add ::/0 gw fe80::1
route -6 add 2001:db8:2::1 metric x bogus x
route -6 add nosuch
route -6 add fe80::/64 v0 gw nosuch
route -6 del ::/0 dev
route -6 add 2001:db8:4::/-1 dyn lo gw
route -6 del ip6-localhost gw fe80::1 dev v0
route -6 add 2001:db8:3::/129 dev v0 dev
route -6 add fe80::1%v0 dev reject metric 5
route -6 add ::ffff:10.0.0.1 bogus x metric metric 5
route -6 del 2001:db8:2::1 gw 2001:db8::2 v0
route -6 add 2001:db8:4::/-1 dev nosuch
route -6 del '' lo lo mod
route -6 add 2001:db8:3::/129 v0 v0 metric x
route -6 del ::ffff:10.0.0.1 dev v0 bogus x
route -6 add fe80::1%v0
route -6 add 2001:db8:3::/129 dev v0 metric 5 bogus x
route -6 add 2001:db8:2::1 mod dev v0 gw fe80::1
route -6 add ip6-localhost gw 2001:db8::2 bogus x dyn
route -6 add '' gw fe80::1 mod bogus x
route -6 add ip6-localhost dev v0
route -6 add fe80::/64 gw gw 2001:db8::2 metric 5
route -6 add 2001:db8:3::/129 dev v0 gw 2001:db8::2
route -6 add 2001:db8:4::/-1 metric 5 gw fe80::1
route -6 add 2001:db8:3::/129 gw metric gw 2001:db8::2
route -6 add -net bogus x v0 bogus x
route -6 add 10.0.0.1 dev v0
% route -6 -n | grep -v "^ff00\|^::1/\|^fe80::/64"
route -6 add ip6-localhost
route -6 add ip6-localhost
route -6 del -net dev v0 bogus x dev v0
route -6 add default bogus x dev nosuch metric 5
route -6 add ::ffff:10.0.0.1
route -6 add 2001:db8::zz dyn
route -6 add -net
route -6 del 2001:db8:1::/64 lo gw nosuch
route -6 add 2001:db8::zz gw fe80::1 gw gw
route -6 add ::ffff:10.0.0.1
route -6 del '' dev v0
route -6 del '' metric 5 metric x metric x
route -6 add -net gw nosuch
route -6 del ::/0
route -6 del 2001:db8:2::1 gw nosuch dyn gw fe80::1
route -6 del ::ffff:10.0.0.1
route -6 del fe80::1%v0 gw 2001:db8::2
route -6 add 2001:db8:2::1 bogus x bogus x
route -6 add 10.0.0.1 gw fe80::1 metric 5
route -6 del 2001:db8:3::/129 dev v0
route -6 del nosuch dyn
route -6 add nosuch dyn
route -6 add nosuch mod
route -6 add fe80::/64 metric x metric 5 gw 2001:db8::2
route -6 del 2001:db8:4::/-1
route -6 del 10.0.0.1
route -6 add ip6-localhost
route -6 del ::ffff:10.0.0.1 mod v0 reject
route -6 add 2001:db8:4::/-1
route -6 del 2001:db8:1::/64 gw fe80::1 metric 5 lo
route -6 del -net gw
route -6 add '' metric metric 5 v0
route -6 add ip6-localhost dev v0
route -6 add '' v0 v0
route -6 add 2001:db8::zz dev v0 lo
route -6 add nosuch
route -6 del ::ffff:10.0.0.1 metric x
route -6 add 2001:db8:2::1
route -6 add 2001:db8:1::/64 metric
route -6 add 2001:db8:1::/64 bogus x dev gw 2001:db8::2
% route -6 -n | grep -v "^ff00\|^::1/\|^fe80::/64"
