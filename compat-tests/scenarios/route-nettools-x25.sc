# route for the other families net-tools was built with: x25 edits stop at the missing AF_X25 socket
route -A x25 add
route -A x25 add 123
route -A x25 add 123 dev v0
route -A x25 del 123/2 v0
route -A x25 add 123/5 dev v0
route -A x25 add 123/-1 dev v0
route -A x25 add 1234567890123456 dev v0
route -A x25 add 1234567890123456789 dev v0
route -A x25 add '' dev v0
route -A x25 add 12 dev
route -A x25 add 12 dev v0 dev v1
route -A x25 add 12 v0 v1
route -A x25 add 12 v0 dev v1
route -A x25 flush
route -A x25 -C add 12 v0
route -A x25 -h
