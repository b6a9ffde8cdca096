# ifconfig with the families this kernel has no sockets for: their address parsers, then fd -1
ifconfig lo ax25 'foo'
ifconfig lo ax25 'N0CALL'
ifconfig lo ax25 'N0CALL-7'
ifconfig lo ax25 'TOOLONGCALL'
ifconfig lo ax25 '1.2.3.4'
ifconfig lo ax25 '1234567890'
ifconfig lo ax25 '12/3'
ifconfig lo ax25 '12/9'
ifconfig lo ax25 '1234567890123456789'
ifconfig lo ax25 ''
ifconfig lo ax25 '5'
ifconfig lo ax25 'abc:1'
ifconfig lo ax25 broadcast foo
ifconfig lo ax25 netmask 1.2.3.4
ifconfig lo ax25 pointopoint 1234567890
ifconfig lo ax25 dstaddr 5
ifconfig lo netrom 'foo'
ifconfig lo netrom 'N0CALL'
ifconfig lo netrom 'N0CALL-7'
ifconfig lo netrom 'TOOLONGCALL'
ifconfig lo netrom '1.2.3.4'
ifconfig lo netrom '1234567890'
ifconfig lo netrom '12/3'
ifconfig lo netrom '12/9'
ifconfig lo netrom '1234567890123456789'
ifconfig lo netrom ''
ifconfig lo netrom '5'
ifconfig lo netrom 'abc:1'
ifconfig lo netrom broadcast foo
ifconfig lo netrom netmask 1.2.3.4
ifconfig lo netrom pointopoint 1234567890
ifconfig lo netrom dstaddr 5
ifconfig lo rose 'foo'
ifconfig lo rose 'N0CALL'
ifconfig lo rose 'N0CALL-7'
ifconfig lo rose 'TOOLONGCALL'
ifconfig lo rose '1.2.3.4'
ifconfig lo rose '1234567890'
ifconfig lo rose '12/3'
ifconfig lo rose '12/9'
ifconfig lo rose '1234567890123456789'
ifconfig lo rose ''
ifconfig lo rose '5'
ifconfig lo rose 'abc:1'
ifconfig lo rose broadcast foo
ifconfig lo rose netmask 1.2.3.4
ifconfig lo rose pointopoint 1234567890
ifconfig lo rose dstaddr 5
ifconfig lo ipx 'foo'
ifconfig lo ipx 'N0CALL'
ifconfig lo ipx 'N0CALL-7'
ifconfig lo ipx 'TOOLONGCALL'
ifconfig lo ipx '1.2.3.4'
ifconfig lo ipx '1234567890'
ifconfig lo ipx '12/3'
ifconfig lo ipx '12/9'
ifconfig lo ipx '1234567890123456789'
ifconfig lo ipx ''
ifconfig lo ipx '5'
ifconfig lo ipx 'abc:1'
ifconfig lo ipx broadcast foo
ifconfig lo ipx netmask 1.2.3.4
ifconfig lo ipx pointopoint 1234567890
ifconfig lo ipx dstaddr 5
ifconfig lo x25 'foo'
ifconfig lo x25 'N0CALL'
ifconfig lo x25 'N0CALL-7'
ifconfig lo x25 'TOOLONGCALL'
ifconfig lo x25 '1.2.3.4'
ifconfig lo x25 '1234567890'
ifconfig lo x25 '12/3'
ifconfig lo x25 '12/9'
ifconfig lo x25 '1234567890123456789'
ifconfig lo x25 ''
ifconfig lo x25 '5'
ifconfig lo x25 'abc:1'
ifconfig lo x25 broadcast foo
ifconfig lo x25 netmask 1.2.3.4
ifconfig lo x25 pointopoint 1234567890
ifconfig lo x25 dstaddr 5
ifconfig lo ec 'foo'
ifconfig lo ec 'N0CALL'
ifconfig lo ec 'N0CALL-7'
ifconfig lo ec 'TOOLONGCALL'
ifconfig lo ec '1.2.3.4'
ifconfig lo ec '1234567890'
ifconfig lo ec '12/3'
ifconfig lo ec '12/9'
ifconfig lo ec '1234567890123456789'
ifconfig lo ec ''
ifconfig lo ec '5'
ifconfig lo ec 'abc:1'
ifconfig lo ec broadcast foo
ifconfig lo ec netmask 1.2.3.4
ifconfig lo ec pointopoint 1234567890
ifconfig lo ec dstaddr 5
ifconfig lo ipx 1:02000000000a
ifconfig lo ipx 1:000000000000
ifconfig lo ipx 1:FFFFFFFFFFFF
ifconfig lo ipx 1:02000000000azz
ifconfig lo ipx 0:02000000000a
ifconfig lo ipx ffffffff:02000000000a
ifconfig lo ipx 1:0200
ifconfig lo x25 pointopoint 12/0
ifconfig lo x25 pointopoint ''
