# QA: ip netns corner cases found by differential runs
! ip netns add pod1
! ip netns add pod2
! ip link add veth0 type veth peer name eth0 netns pod1
! ip link add veth1 type veth peer name eth0 netns pod2
ip netns list-id
# list-id with a target: current-nsid is unassigned, the name comes from the nsid itself
ip netns list-id target-nsid 0
ip -j netns list-id target-nsid 1
ip netns list-id target-nsid 0 nsid 1
# a bare trailing -n reaches netns_switch(NULL)
ip -n
ip -netns
