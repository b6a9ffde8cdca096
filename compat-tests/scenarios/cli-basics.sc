# The multicall basics that exist now: ip's global options and object dispatch.
ip moo
ip help
ip -V
ip frob
ip -frob
