# Teardown scripts that delete in odd orders and ignore errors
ip link add br0 address 02:00:00:00:00:01 type bridge
ip link add v0 address 02:00:00:00:00:02 type veth peer name v0p address 02:00:00:00:00:03
ip link set v0 master br0
ip netns add ns1
ip link set v0p netns ns1
ip link del v0p 2>/dev/null || true
ip link del v0p; echo rc=$?
ip link del br0 2>/dev/null || true
ip link show master br0 2>&1; echo rc=$?
ip link del dev v0 type veth
ip link del nosuch type veth
ip link del dev nosuch 2>&1 | head -1
ip -n ns1 link del v0p
ip -n ns1 link show v0p; echo rc=$?
ip netns del ns1
ip netns del ns1; echo rc=$?
ip tuntap del dev tap9 mode tap; echo rc=$?
tunctl -d tap9; echo rc=$?
brctl delbr br9; echo rc=$?
brctl delif br9 v0; echo rc=$?
ip link set nosuch down; echo rc=$?
ip link set nosuch nomaster 2>/dev/null || echo ignored
ip link del lo; echo rc=$?
ip link del; echo rc=$?
ip link delete dev; echo rc=$?
ip link del group 5
ip link del group 0; echo rc=$?
ip link del dev lo group 3
sh -c 'set -e; ip link add a1 type bridge; ip link add a1 type bridge; echo notreached'; echo rc=$?
sh -c 'set -e; ip link del a1; ip link del a1 || true; echo done'
