# route's GNU getopt_long parsing: clusters, abbreviations, ambiguities, -- and stray words
route -nA inet6
route -A inet6 -A inet -n
route -4 -n
route -n -4 -4
route -- -n
route -n -- add
route --protocol
route --protocol=inet6 -n
route --protocol inet6 -n
route --h
route --he
route --ver
route --verb -n
route -Vn
route -nV
route --numer
route --numeric=1
route --
route -
route -n -
route -? 
route -6 -?
route -ninet6
route -n add -h
route -F -n
route -C -F -n
route -eeee -n
route --cache -n
route --fib --numeric
route --sym
route --symbolic -ee
route --inet6 --inet -n
route --ax25
route --unix
route --bluetooth
route --ip -n
route --ipx
route -n list
route -n show
route -n add -net
POSIXLY_CORRECT=1 route -n add -n
POSIXLY_CORRECT=1 route -n foo -x
POSIXLY_CORRECT=1 tunctl -t tap0 x -b
POSIXLY_CORRECT=1 route -n
