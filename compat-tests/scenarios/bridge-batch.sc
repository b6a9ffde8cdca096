# bridge -batch and -force: a failing command, exit() inside a batch, filters that persist, -n NETNS.
! ip link add br0 address 02:00:00:00:00:10 type bridge
! ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
! ip link add v2 address 02:00:00:00:00:03 type veth peer name v3 address 02:00:00:00:00:04
! ip link set v0 master br0
! ip link set v2 master br0
! printf 'link show dev v0\n# a comment\nfdb show br br0\nlink show\nfdb add 02:00:00:00:00:09 dev nosuch\nlink set dev v0 cost 9\nvlan show\nfoo\n' > /tmp/nlbox-bridge-batch1
! printf 'fdb add 02:00:00:00:00:09 dev v0 master\nfdb add 02:00:00:00:00:09 dev v0 master\nlink show\nlink set dev v0 hairpin x\nfdb show br br0 dynamic\n' > /tmp/nlbox-bridge-batch2
! printf 'link show\nlink help\nlink show\n' > /tmp/nlbox-bridge-batch3
bridge -batch /tmp/nlbox-bridge-batch1
bridge -force -batch /tmp/nlbox-bridge-batch1
bridge link
bridge -batch /tmp/nlbox-bridge-batch2
bridge -force -b /tmp/nlbox-bridge-batch2
bridge -batch /tmp/nlbox-bridge-batch3
bridge -batch /nonexistent
bridge -batch - < /tmp/nlbox-bridge-batch3
! ip netns add nsa
! ip -n nsa link add brx address 02:00:00:00:00:30 type bridge
! ip -n nsa link add vy address 02:00:00:00:00:31 type veth peer name vz address 02:00:00:00:00:32
! ip -n nsa link set vy master brx
bridge -n nsa link
bridge -n nsa fdb
bridge -netns nsa -d -j link
bridge -n nsx link
bridge -n nsa link set dev vy cost 5
bridge -n nsa link
