# Provisioning through ip -batch - and bridge -batch - (heredocs and pipes)
printf 'link add br0 address 02:00:00:00:00:01 type bridge\nlink add v0 address 02:00:00:00:00:02 type veth peer name v1 address 02:00:00:00:00:03\nlink set v0 master br0\nlink set br0 up\nlink set v0 up\ntuntap add tap0 mode tap\nlink set tap0 master br0\nnetns add ns1\nlink set v1 netns ns1\n' | ip -batch -
printf 'link add br0 type bridge\nlink set nosuch up\n' | ip -batch -; echo rc=$?
printf 'link add br0 type bridge\nlink set nosuch up\nlink show br0\n' | ip -force -batch -; echo rc=$?
printf 'link set v0 mtu 1400\n\n# c\n  link   set v0   mtu 1300  \nlink set "v0" alias "a b"\nlink set v0 alias a\\ b\\ c\n' | ip -batch -
printf 'link add v5 type veth peer name "v6\n' | ip -batch -; echo rc=$?
printf 'netns exec ns1 ip link set v1 up\nnetns exec ns1 ip -br link\n' | ip -batch -
printf 'tuntap del tap0 mode tap\ntuntap show\nlink help\n' | ip -batch -; echo rc=$?
printf 'fdb add 02:00:00:00:aa:01 dev v0 master static\nfdb add 02:00:00:00:aa:02 dev v0 master\nfdb append 02:00:00:00:aa:03 dev br0 self local\nlink set dev v0 cost 9\nfdb show dev v0\n' | bridge -batch -
printf 'fdb del 02:00:00:00:aa:01 dev v0 master\nfdb del 02:00:00:00:aa:01 dev v0 master\nlink show\n' | bridge -force -batch -; echo rc=$?
ip -o link show v0 | cut -d' ' -f2-9
ip -n ns1 -o link | wc -l
ip -batch /dev/null; echo rc=$?
ip -batch; echo rc=$?
