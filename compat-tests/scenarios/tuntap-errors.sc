# ip tuntap: bad input, as iproute2 reports it.
! ip tuntap add t0 mode tap
ip tuntap add t1
ip tuntap add t1 mode tun mode tap
ip tuntap add t1 mode tap mode tun
ip tuntap add t1 mode foo
ip tuntap add t1 mode
ip tuntap add t0 mode tap
ip tuntap add t0 mode tun
ip tuntap add t1 mode tap user nosuchuser
ip tuntap add t1 mode tap group nosuchgroup
ip tuntap add t1 t2 mode tap
ip tuntap add name averyveryverylongname mode tap
ip tuntap add dev averyveryverylongname mode tap
ip tuntap add dev "a b" mode tap
ip tuntap del user x mode tap
ip tuntap del t0
ip tuntap del t0 mode tun
ip tuntap help
ip tuntap add help
ip tuntap foo
ip tuntap add
ip tuntap del
ip tuntap show foo
