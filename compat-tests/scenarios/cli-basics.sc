# The multicall basics that exist now: ip's global options and object dispatch (ip/ip.c).
# Debian's easter egg object (debian/patches), on stderr, exit 1.
ip moo
# help and usage: the usage text on stderr, exit 255.
ip help
ip h
ip he
ip
ip -h
ip -help
ip --help
# -V[ersion], checked in option order, exits 0 at once (what follows is never read).
ip -V
ip -Version
ip -Ver
ip --V
ip -V link
ip -6 -V
# An unknown object: exit 1; an unknown option: exit 255.
ip frob
ip ""
ip -frob
ip -
ip --
ip -- -V
# Options that only set flags, then an unknown object.
ip -4 frob
ip -M frob
ip -B frob
ip -0 frob
ip -iec -human frob
ip -s -s frob
ip -j -p frob
ip -N -r -d -s -o -t -ts -br -a -echo frob
ip -loops 3 frob
ip -family inet6 frob
# -c[olor][=WHEN]
ip -c=never frob
ip -color=always frob
ip -color=foo frob
# Options missing their argument, or with a bad one.
ip -f frob
ip -f
ip -f help
ip -l
ip -batch
ip -rcvbuf
ip -rc foo link
# -b[atch] of a file that does not exist.
ip -b /nonexistent
ip -batch /nonexistent
ip -force -batch /nonexistent
ip -n
ip -netns
