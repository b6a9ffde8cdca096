# ip monitor: usage, unknown words and their exit codes (ip/ipmonitor.c do_ipmonitor).
ip monitor help
ip monitor link help
ip monitor all-n help
ip monitor foo
ip monitor st
ip monitor stats x
ip monitor lab foo
ip monitor dev
ip monitor dev nosuch
ip monitor file
ip monitor file /nonexistent/x
ip monitor link dev nosuch
ip monitor dev lo foo
ip mon help
ip -4 monitor h
ip -j monitor help
ip monitor -j file /dev/null
ip monitor file /dev/null
ip monitor f /dev/null label all-nsid dev lo
