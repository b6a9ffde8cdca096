# QA: ip netns add/del/set/attach/exec/identify/pids as a container runtime drives them
! ip link set lo up
ip netns add a
ip netns add b
ip netns add a
ip netns add ''
ip netns add a/b
ip netns add .
ip netns add ..
ip netns add x y
ip netns list
ip netns set a 5
ip netns set b auto
ip netns set a 6
ip netns set nosuch 1
ip netns set a -5
ip netns set a bad
ip netns set a
ip netns list
ip netns list-id
ip -j -p netns list
ip -j netns list-id
ip netns list-id nsid 5
ip netns list-id nsid 9
ip netns exec a ip link
ip netns exec a ip netns identify
ip netns identify
ip netns exec a sh -c 'echo out; echo err >&2; exit 3'
ip netns exec a /nonexistent
ip netns exec a
ip netns exec
ip netns exec nosuch true
ip netns exec a ls /sys/class/net
! mkdir -p /etc/netns/a
# /etc/netns is a tmpfs in the scenario's mount namespace; never write the real /etc
! echo pod-a-host > /etc/netns/a/hostname
ip netns exec a cat /etc/hostname
ip netns exec b ls /etc/netns
ip -all netns exec ip -br link
ip -all netns exec sh -c 'exit 1'
ip -all netns exec
ip netns pids a
ip netns pids nosuch
ip netns pids
ip netns identify 999999
ip netns identify abc
ip netns identify 1 2
ip -n a link set lo up
ip -n a addr add 10.0.0.1/8 dev lo
ip -n a -br addr
ip -n a route
ip netns attach c 999999
ip netns attach c abc
ip netns attach
ip netns del nosuch
ip netns del
ip netns delete a
ip netns list
ip -all netns delete
ip netns list
ip netns del b
ip -j netns list
ip netns
