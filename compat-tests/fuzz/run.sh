#!/bin/sh
# Runs every fuzz target for SECONDS (default 30) one after another; fails on the first
# crash, panic, abort, leak or timeout. Needs cargo-fuzz and a nightly toolchain.
#   compat-tests/fuzz/run.sh [SECONDS]
# Each target starts from its committed corpus (corpus/TARGET) and the crash inputs kept
# under regressions/TARGET; new inputs go to a scratch directory, never into the tree.
# It runs in a fresh network namespace when it can (root): the targets open no netlink
# socket (set_offline), this only makes sure.
set -eu
secs=${1:-30}
cd "$(dirname "$0")"
targets="parse_ip parse_bridge parse_nettools batch print_link print_route print_neigh"
cargo +nightly fuzz build --fuzz-dir . -O
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
wrap=""
if [ "$(id -u)" = 0 ] && unshare --net true 2>/dev/null; then
	wrap="unshare --net"
fi
for t in $targets; do
	mkdir -p "$scratch/$t" "corpus/$t" "artifacts/$t"
	set -- "corpus/$t"
	[ -d "regressions/$t" ] && set -- "$@" "regressions/$t"
	echo "== $t: ${secs}s"
	$wrap cargo +nightly fuzz run --fuzz-dir . -O "$t" "$scratch/$t" "$@" -- \
		-max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=32768 \
		-artifact_prefix="artifacts/$t/" -print_final_stats=1 ||
		{ echo "FAILED: $t (crash input in artifacts/$t/)" >&2; exit 1; }
done
echo "all targets ran ${secs}s without a crash"
