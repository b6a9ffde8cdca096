# In a batch, a show's `dev` filter outlives its command (bridge keeps it in a static);
# a missing device resets it to 0 before the error, so the next plain show lists every port.
! ip link add br0 address 02:00:00:00:01:00 type bridge
! ip link add v0 address 02:00:00:00:01:01 type veth peer name v1 address 02:00:00:00:01:02
! ip link add w0 address 02:00:00:00:01:03 type veth peer name w1 address 02:00:00:00:01:04
! ip link set v0 master br0 && ip link set w0 master br0
printf 'link show dev v0\nlink show\nlink show dev nope\nlink show\n' | bridge -force -batch -
printf 'vlan show dev v0\nvlan show\nvlan show dev nope\nvlan show\n' | bridge -force -batch -
printf 'mdb show dev br0\nmdb show dev nope\nmdb show\n' | bridge -force -batch -
printf 'link show dev w0\nlink show dev v0 dev w0\nlink show\n' | bridge -batch -
