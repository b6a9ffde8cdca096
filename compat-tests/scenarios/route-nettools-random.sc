# randomised route add/del argument mixes (seeded), checked against net-tools
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link set v0 up
! ip link set v1 up
! ip addr add 10.1.0.1/24 dev v0
route add -host 10.10.0.0/0
route add -net 10.9.9.9/32
route del -host 10.5.0.1
route add 10.6.0.0/16 netmask 0.0.0.0
route del 10.5.0.1
route add -net 10.10.0.0/0
route add -net default metric netmask
route del -net localhost netmask 255.0.255.0
route del -host 10.9.9.9/32
route del -net 10.5.0.1 mss 10
route del nosuch irtt 30 mss 1400 metric 0
route add -host 0.0.0.0 netmask 0.0.0.0
route del '' bogus extra metric 3 dev v0
route add 10.6.0.0/16
route del 0.0.0.0 netmask mss 10
route add -net 10.6.0.0/16 metric 3 reinstate
route add 10.11.0.0/-3
route add 1.2.3.4/abc
route add 10.11.0.0/-3 reinstate metric -1
route del 10.5.0.0 metric 0 gw 10.1.0.2 reject
route add 10.5.0.1 dev lo
route add -host loopback metric -1 lo mss 10
route add -host 10.11.0.0/-3 window 1 gw loopback bogus extra
route add link-local metric 0 dyn bogus extra
route add -host default
route add -host loopback netmask 255.255.0.0
route add -host link-local netmask 255.255.0.0 netmask
route add nosuch reinstate
route del -net 10.11.0.0/-3 metric -1 metric -1 metric -1
route add 10.10.0.0/0
route add -net 10.8.0.0/8 gw 10.1.0.2 netmask 255.0.255.0 metric 3
route del -net 10.7.0.0/24
route del -host 10.7.0.0/24 reject netmask 255.255.0.0
route add -host 10.10.0.0/0 mod
route add 10.9.9.9/32 netmask 255.0.255.0 netmask 255.0.255.0 lo
route add 1.2.3.4/abc gw netmask 0.0.0.0 netmask
route add link-local v0 reinstate gw 10.1.0.2
route del -net 10.8.0.0/8 netmask reinstate
route del -net '' mod lo
route add '' gw 10.1.0.2 metric 0
route -n
route add loopback dev nosuch
route add loopback window 4096
route add 10.5.0.0
route add link-local reinstate
route del 10.11.0.0/-3 metric 0 netmask 0.0.0.0
route add -net loopback gw 10.1.0.3 metric 3 gw 10.1.0.3
route add -net 1.2.3.4/abc dev nosuch mod
route add -net 10.10.0.0/0 mss 10
route add nosuch
route del 10.11.0.0/-3 dev v0 netmask 0.0.0.0 dev v0
route add -host default
route add default dyn metric 0 netmask
route del -host 10.5.0.0
route del -net '' metric
route add -host 10.5.0.0 gw 10.1.0.3 gw
route del -host nosuch window 1 metric
route add -net 10.9.9.9/32 dyn irtt 30 v0
route del '' window 1
route add -net 10.11.0.0/-3 reject
route add -host 0.0.0.0 mss 10
route del -net 10.5.0.1 dyn window 4096
route del 10.7.0.0/24
route add -host link-local
route add 10.5.0.0
route add '' reinstate
route add '' window 4096 gw localhost reinstate
route del 10.8.0.0/8 netmask metric netmask 255.0.255.0
route add nosuch
route del -host 127.0.0.2
route add 10.7.0.0/24 reinstate
route del default bogus extra netmask
route add -host 10.7.0.0/24 bogus extra mss 10 gw 10.1.0.2
route del -host 0.0.0.0 window 4096 metric -1 metric 3
route add -host 10.9.9.9/32 netmask 0.0.0.0 dev v0
route add -net nosuch mss 1400 reinstate netmask 255.255.0.0
route add '' window 4096 netmask 0.0.0.0
route add -host 10.7.0.0/24
route add 10.5.0.1 gw loopback
route add link-local netmask window 1 window 4096
route del nosuch
route -n
route add -net 0.0.0.0 bogus extra netmask 0.0.0.0 gw loopback
route add -net link-local
route del -host 10.6.0.0/16 lo netmask 255.0.255.0
route add -net nosuch gw loopback reject netmask
route add -host 10.7.0.0/24 gw loopback
route add -host 10.8.0.0/8 mod gw
route del -host localhost window 4096 dyn gw 10.1.0.2
route add 10.5.0.0 netmask 255.255.255.0 netmask 255.255.0.0
route add -host '' gw localhost mss 1400 netmask 255.0.255.0
route del 1.2.3.4/abc window 4096 gw reinstate
route add -host nosuch v0
route del -host 10.10.0.0/0 netmask 255.255.255.0 v0
route add -net 10.6.0.0/16 metric gw 10.1.0.2
route add -net 10.10.0.0/0 reject gw localhost
route del 10.5.0.1 gw 10.1.0.2 gw 10.1.0.2 gw loopback
route add -net link-local metric 3 window 1
route add -host 10.5.0.1 gw 10.1.0.3 metric 0
route add -net nosuch netmask 0.0.0.0 mss 10 gw loopback
route del -host loopback
route add 10.6.0.0/16 metric -1
route del -net 10.10.0.0/0
route add loopback
route del -host 10.10.0.0/0 dev v0 mss 10
route add default
route del '' window 4096
route del -net loopback
route add -net default netmask 255.0.255.0 metric -1
route add -net 10.5.0.0 mss 10
route add -net 10.11.0.0/-3
route del -net ''
route del link-local
route add -host 10.8.0.0/8 dev v0
route del 1.2.3.4/abc netmask 0.0.0.0 mss 10 dyn
route add -net 10.8.0.0/8
route del -host nosuch mod dev v0
route del default
route add -net 1.2.3.4/abc dyn netmask 255.0.255.0
route del -host 1.2.3.4/abc reinstate window 4096
route add 10.11.0.0/-3 dev lo netmask 255.0.255.0 bogus extra
route del -host localhost
route -n
route add -net localhost netmask 0.0.0.0 v0 window 4096
route add 10.10.0.0/0 gw 10.1.0.3
route add -net default metric 0 netmask
route del 10.7.0.0/24 gw localhost mss 10
route add 10.5.0.0 netmask 255.255.0.0
route add 10.10.0.0/0 dev v0 netmask
route add 10.10.0.0/0 netmask 255.0.255.0 v0
route add -net nosuch v0 metric -1
route add -host 10.5.0.0 gw loopback metric 0
route add 10.10.0.0/0
route add link-local
route add -net 10.5.0.1 mod netmask
route add 127.0.0.2 gw 10.1.0.3 dev lo
route add 10.5.0.0 bogus extra window 1 window 1
route add -net 10.5.0.1 mss 1400 reject dev lo
route add 1.2.3.4/abc
route del -host 0.0.0.0 metric metric 3 gw
route add link-local mod gw localhost gw
route add 10.7.0.0/24 mod
route add -net 10.8.0.0/8 window 1 gw localhost mss 1400
route add 127.0.0.2 window 1
route add -host 10.6.0.0/16 metric 3
route del -net nosuch metric 0
route add -host 10.5.0.0 metric -1 metric dev v0
route del -host 10.10.0.0/0 metric 3 dev lo
route add link-local netmask dyn
route del -host 10.6.0.0/16 bogus extra gw localhost
route add 10.11.0.0/-3 gw lo v0
route add -host 10.5.0.1 reinstate dev lo bogus extra
route add 10.5.0.0
route add 10.11.0.0/-3 dev nosuch
route add -host default window 4096
route del -net 10.11.0.0/-3
route del -net 10.5.0.0 gw localhost
route del -net localhost mod
route add 10.7.0.0/24
route add '' metric -1
route add -host 10.5.0.0
route del 10.11.0.0/-3 metric 3 mod
route add '' window 1
route -n
route -n -ee
