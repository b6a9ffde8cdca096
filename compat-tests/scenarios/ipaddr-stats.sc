# -s, -s -s, -s -s -s with -h and -iec on counters large enough to be scaled (loopback
# traffic only; nothing else uses lo, so both runs count the same packets).
! ip link set lo up
! ping -c 3000 -i 0 -s 1400 -q 127.0.0.1 >/dev/null 2>&1; ping -c 50 -i 0 -q ::1 >/dev/null 2>&1
! ip tuntap add dev tap0 mode tap && ip link set tap0 address 02:00:00:00:00:07
ip -s link show lo
ip -s -s link show lo
ip -s -s -s link show lo
ip -s -h link show lo
ip -s -s -h link show lo
ip -s -iec link show lo
ip -s -s -h -iec link show lo
ip -s -hu link show lo
ip -j -s -h link show lo
ip -j -s -s link show lo
ip -o -s link show lo
ip -s a s lo
ip -s -h a s lo
ip -s -s a s lo
ip -j -s a s lo
ip -6 -s a s lo
ip -6 -s -s -h a s lo
ip -6 -j -s a s lo
ip -4 -s a
ip -6 -s a
ip -s link
ip -s -s -h link
ip -br -s link
