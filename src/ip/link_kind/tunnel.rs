//! What the IP tunnel kinds share (ip/tunnel.c and the parts link_gre.c, link_gre6.c,
//! link_iptnl.c, link_ip6tnl.c, link_vti*.c repeat).

#[cfg(test)]
mod tests;
