# QA: ip mroute show (empty multicast routing cache): filters, tables and refusals
! ip link add v0 type veth peer name v1
ip mroute
ip mroute show
ip -6 mroute
ip -0 mroute
ip mroute show table all
ip mroute show iif v0
ip mroute show 224.0.0.0/4
ip mroute show from 10.0.0.0/8
ip mroute show default
ip mroute show to all
ip mroute show from any
ip mroute frob
ip mroute help
ip mroute show help
ip mroute show table help
ip -j mroute
ip -j -p mroute
ip -s mroute
ip mroute show table nope
ip mroute show table 5
ip mroute show table main
ip mroute show iif nope
ip mroute show iif
ip mroute show to
ip mroute l
ip mroute ls
ip -6 mroute show ff00::/8
ip -6 mroute show table 5 iif v0
ip == $c
ip -j mroute show table 5
