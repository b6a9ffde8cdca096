# ip mrule: ip rule on the IPv4/IPv6 multicast routing families (do_multirule).
ip mrule
ip -6 mrule
ip mrule add from 10.0.0.0/8 table 5 pref 5
ip mrule add iif lo table 5 pref 5
ip mrule add iif lo table 5 pref 5
ip mrule
ip -j mrule
ip -0 mrule
ip -6 mrule add iif lo table 7 pref 6
ip -6 mrule
ip mrule list iif lo
ip mrule del pref 5
ip mrule del pref 5
ip mrule flush
ip mrule
ip mrule help
ip rule
