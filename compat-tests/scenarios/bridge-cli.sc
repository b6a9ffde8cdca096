# bridge's global options in bridge.c's order, abbreviations, help and unknown words.
bridge
bridge help
bridge h
bridge -V
bridge -Version
bridge -h
bridge -help link
bridge -x link
bridge --x link
bridge -N link
bridge -s
bridge foo
bridge -f inet link
bridge -f x link
bridge -f help
bridge -family
bridge -b
bridge -batch
bridge -n
bridge -n nosuchns link
bridge -co link
bridge -color=bad link
bridge -- link
bridge --json link
bridge l
bridge li
bridge lnk
bridge f
bridge v
bridge m foo
bridge monitor help
bridge monitor bogus
bridge monitor file /nonexistent
bridge link help
bridge link foo
bridge fdb help
bridge fdb foo
bridge vlan help
bridge vlan foo
~ timeout 1 bridge monitor
~ timeout 1 bridge monitor link fdb mdb vlan vni
~ timeout 1 bridge monitor all
