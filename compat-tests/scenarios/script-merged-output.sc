# Scripts that log `cmd 2>&1`: stdout (buffered when not a terminal) and stderr (unbuffered)
# must interleave as the C tools' stdio makes them
ip link add br0 address 02:00:00:00:00:03 type bridge
ip link add br1 address 02:00:00:00:00:04 type bridge
brctl show br0 nosuch br1 2>&1
brctl show nosuch br0 2>&1 | cat
brctl show br0 lo br1 2>&1 | tee /dev/null
brctl showstp lo 2>&1
brctl -x 2>&1
brctl frob 2>&1
brctl addbr br0 2>&1; brctl addbr br2 2>&1; brctl show 2>&1
! printf 'link show br0\nlink del nosuch\nlink show br1\naddr show lo\nroute add 1.2.3.4 dev nosuch\nlink set lo mtu abc\n' > /tmp/b.txt
ip -force -batch /tmp/b.txt 2>&1
ip -batch /tmp/b.txt 2>&1 | cat
ip -o link show br0 nosuch 2>&1 | cat
! printf 'fdb show br br0\nfdb add zz dev lo\nlink show\nfdb del 02:00:00:00:00:01 dev nosuch\n' > /tmp/bb.txt
bridge -force -batch /tmp/bb.txt 2>&1 | cat
ifconfig br0 nosuch 2>&1 | cat
ifconfig nosuch br0 2>&1 | cat
route -n nosuch 2>&1 | cat
tunctl -t tq0 2>&1 | cat; tunctl -t tq0 -u nosuchuser 2>&1 | cat; tunctl -d tq0 2>&1 | cat
# -batch: netns list and link xstats print without fflush, so a later error comes first
! ip netns add a
! printf 'netns list\nlink del nosuch\nnetns list\n' > /tmp/b4.txt
ip -force -batch /tmp/b4.txt 2>&1
ip -j -force -batch /tmp/b4.txt 2>&1
! printf 'link xstats type bridge\nlink del nosuch\nlink xstats type bridge\nlink show lo\n' > /tmp/b5.txt
ip -force -batch /tmp/b5.txt 2>&1
! printf 'netns list\nlink show lo\nlink del nosuch\n' > /tmp/b6.txt
ip -force -batch /tmp/b6.txt 2>&1
! printf 'netns identify\nlink del nosuch\nnetns pids a\nnetns identify $$\nlink del nosuch\nnetns list-id\n' > /tmp/b7.txt
ip -force -batch /tmp/b7.txt 2>&1
# net-tools: perror() before printf() for families this kernel lacks
route -n -A ax25 2>&1
route -n -A netrom 2>&1 | cat
route -A ipx 2>&1
route -n -A ax25 -A inet 2>&1
route -C -n 2>&1
# usage on stdout (buffered) with the lists on stderr (at once)
route -h 2>&1 | cat
route --help 2>&1
ifconfig --help 2>&1 | cat
ifconfig -h 2>&1
ifconfig -s nosuch 2>&1
ifconfig -s nosuch 2>&1 | cat
route -n -A inet,unix 2>&1 | cat
route -n -A inet,nosuch 2>&1
route -n -A inet,ax25 2>&1
route -n -A inet,inet6 2>&1 | cat
