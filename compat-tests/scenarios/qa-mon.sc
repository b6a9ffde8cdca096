# QA: -echo on route changes and bridge monitor while the tools under test make changes
! ip link add br0 address 02:00:00:00:00:10 type bridge
! ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
! ip link set veth1 master br0
! ip link set veth0 up
! ip link set veth1 up
ip -echo route add 10.9.0.0/16 dev veth0
ip -echo -j route add 10.10.0.0/16 dev veth0
ip -echo route del 10.10.0.0/16 dev veth0
ip -echo -6 route add 2001:db8::/64 dev veth0
bridge monitor fdb > /tmp/qa-m.$$ & sleep 0.5; bridge fdb add 02:00:00:00:07:07 dev veth1 master static; bridge fdb del 02:00:00:00:07:07 dev veth1 master; sleep 0.5; kill $!; cat /tmp/qa-m.$$; rm /tmp/qa-m.$$
bridge monitor link > /tmp/qa-m.$$ & sleep 0.5; bridge link set dev veth1 cost 7; sleep 0.5; kill $!; cat /tmp/qa-m.$$; rm /tmp/qa-m.$$
bridge -t monitor all > /tmp/qa-m.$$ & sleep 0.5; bridge link set dev veth1 priority 7; sleep 0.5; kill $!; sed 's/[0-9]//g' /tmp/qa-m.$$; rm /tmp/qa-m.$$
bridge monitor frob
bridge monitor fdb extra
