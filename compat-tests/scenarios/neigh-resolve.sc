# -r: neighbour and NAT addresses become /etc/hosts names; mapped and compatible IPv6 forms.
# One IPv4 and one IPv6 entry at a time (more would list in random hash order).
! ip link add v1 address 02:00:00:00:00:01 type veth peer name v2 address 02:00:00:00:00:02
ip neigh add 127.0.0.1 dev v1 lladdr 02:00:00:00:00:02
ip neigh add ::ffff:127.0.0.1 dev v1 lladdr 02:00:00:00:00:02
ip neigh
ip -r neigh
ip -r -j neigh
ip -r -br neigh
ip -r neigh get 127.0.0.1 dev v1
ip neigh del ::ffff:127.0.0.1 dev v1
ip neigh add ::1.2.3.4 dev v1 lladdr 02:00:00:00:00:03
ip neigh
ip -r neigh
ip neigh del ::1.2.3.4 dev v1
ip neigh add ::ffff:1.2.3.4 dev v1 lladdr 02:00:00:00:00:04
ip neigh
ip -r neigh
ip -resolve rule
