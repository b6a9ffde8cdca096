# Abbreviations of the objects, verbs and options that reach ip link show / ip addr show,
# and the batch quirk that `ip link show` leaves ip addr printing as ip link does.
! sysctl -qw net.ipv6.conf.all.dad_transmits=0 net.ipv6.conf.default.dad_transmits=0
! ip link set lo up
! ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
! ip addr add 10.0.0.1/24 dev veth0
ip a
ip ad
ip addr
ip addre
ip address
ip a s
ip a sh
ip addr sh
ip a l
ip a li
ip a ls
ip a lst
ip a show dev lo
ip a s dev lo
ip -4 a
ip -6 a
ip -4 a s dev veth0
ip -f inet a
ip -f inet6 a
ip -f link a
ip -fam inet a
ip -f bridge a
ip -f mpls a
ip l
ip li
ip lin
ip link
ip l show
ip l sh
ip l list
ip l ls
ip l lst
ip l sh dev veth1
ip -o l
ip -on l
ip -br l
ip -bri a
ip -d l sh lo
ip -de l sh lo
ip -s l sh lo
ip -st l sh lo
ip -stat l sh lo
ip -j l sh lo
ip -js l sh lo
ip -j -p l sh lo
ip -pretty -json l sh lo
ip --json l sh lo
ip -N l sh lo
ip -h -s l sh lo
ip -human -s l sh lo
ip -iec -s l sh lo
ip -r a s lo
ip -resolve a s lo
ip a x
! printf 'link show lo\naddr show lo\n-s addr show dev lo\n' > /tmp/batch1
ip -b /tmp/batch1
! printf 'addr show lo\nlink show dev lo\naddr show dev veth0\n' > /tmp/batch2
ip -b /tmp/batch2
! printf 'addr show dev nosuch\naddr show lo\n' > /tmp/batch3
ip -b /tmp/batch3
ip -force -b /tmp/batch3
ip link show help
ip link show he
ip addr show help
! printf 'link show lo\naddr help\n' > /tmp/batch4
ip -b /tmp/batch4
