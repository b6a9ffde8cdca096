# XDP programs as ip link and ip addr show them (mode, /id:N, prog/xdp lines, JSON "xdp").
# A two-instruction XDP_PASS program is loaded and pinned with the bpf syscall (python3);
# program ids and load times differ between runs, so those lines are compared masked.
! ip link set lo up
! ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
! ip link set veth0 up && ip link set veth1 up && ip addr add 10.0.0.1/24 dev veth0
! mount -t bpf bpf /sys/fs/bpf && python3 -c "import ctypes,struct,sys;l=ctypes.CDLL(None,use_errno=True);i=ctypes.create_string_buffer(struct.pack('<BBhiBBhi',0xb7,0,0,2,0x95,0,0,0));g=ctypes.create_string_buffer(b'GPL');a=ctypes.create_string_buffer(struct.pack('<IIQQIIQII',6,2,ctypes.addressof(i),ctypes.addressof(g),0,0,0,0,0)+b'xdp_pass'.ljust(16,b'\0')+bytes(64));fd=l.syscall(321,5,a,len(a));p=ctypes.create_string_buffer(sys.argv[1].encode());b=ctypes.create_string_buffer(struct.pack('<QII',ctypes.addressof(p),fd,0)+bytes(64));sys.exit(fd<0 or l.syscall(321,6,b,len(b))<0)" /sys/fs/bpf/xp
! ip link set dev veth0 xdpgeneric pinned /sys/fs/bpf/xp && ip link set dev veth1 xdp pinned /sys/fs/bpf/xp
% ip link show veth0
% ip -d link show veth0
% ip -j link show veth0
% ip -j -d link show veth0
% ip -j -p link show veth1
% ip a s veth0
% ip -o a s veth0
ip -br a s veth0
ip -br link show veth1
% ip -d a s veth0
% ip -j a s veth1
% ip link show veth1
% ip -d link show veth1
% ip -o -d link show veth1
% ip link
# Detach again: program ids differ between runs, and the final state is compared.
! ip link set dev veth0 xdpgeneric off && ip link set dev veth1 xdp off
ip link show veth0
