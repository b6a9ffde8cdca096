# QA: stdout errors are ignored as stdio ignores them (exit code stays the command's)
! ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
! ip link add br0 address 02:00:00:00:00:10 type bridge
! ip link set veth1 master br0
! ip netns add pod1
ip a > /dev/full
ip r > /dev/full
ip -j -p l > /dev/full
ip -6 r l t all > /dev/full
ip netns list > /dev/full
ip link show nosuch > /dev/full
bridge link > /dev/full
bridge fdb > /dev/full
brctl show > /dev/full
printf 'link show lo\nlink show nosuch\nroute show\n' | ip -force -batch - > /dev/full
printf 'link show lo\nlink show nosuch\nroute show\n' | ip -batch - > /dev/full
ip netns exec pod1 ip a > /dev/full
ip a >&-
bridge fdb >&-
ip -br a | head -1
