#!/usr/bin/env python3
"""Builds the seed inputs of every target (run from compat-tests/fuzz): command lines taken
from compat-tests/scenarios/*.sc, netlink messages from compat-tests/fixtures/**/*.nl."""
import glob, hashlib, os, shlex, struct

root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "seeds")

def put(target, data):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)

def cmdlines():
    for sc in sorted(glob.glob(os.path.join(root, "compat-tests/scenarios/*.sc"))):
        for line in open(sc, errors="replace"):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line[0] in "~%!":
                line = line[1:].strip()
            for part in line.replace("&&", ";").replace("|", ";").split(";"):
                try:
                    w = shlex.split(part)
                except ValueError:
                    continue
                if w:
                    yield w

def z(words):
    return "\0".join(words).encode()

def fam(sel, words):
    return sel

# ip objects -> the selector of fuzz_targets/parse_ip.rs
IP = [("link", {"add": 0, "set": 1, "change": 1, "delete": 2, "del": 2}),
      ("address", {"add": 3, "delete": 4, "del": 4, "show": 13, "flush": 13}),
      ("route", {"add": 5, "replace": 6, "change": 6, "delete": 7, "del": 7, "show": 12, "list": 12, "flush": 12}),
      ("neighbour", {"add": 8, "replace": 8, "change": 8, "delete": 8, "del": 8, "get": 9}),
      ("rule", {"add": 10, "delete": 11, "del": 11})]

for w in cmdlines():
    app = os.path.basename(w[0])
    rest = w[1:]
    fam_sel = 0
    while rest and rest[0].startswith("-"):
        if rest[0] == "-6":
            fam_sel = 2 << 5
        elif rest[0] == "-4":
            fam_sel = 1 << 5
        rest = rest[1:]
    if app == "ip" and len(rest) >= 2:
        for obj, verbs in IP:
            if obj.startswith(rest[0]):
                for v, sel in verbs.items():
                    if v.startswith(rest[1]):
                        put("parse_ip", bytes([sel | fam_sel]) + z(rest[2:]))
                        break
                break
        put("parse_ip", bytes([15]) + z(rest[2:]))
    elif app == "bridge" and len(rest) >= 2:
        if rest[0] == "fdb" and rest[1] in ("add", "append", "replace", "del"):
            put("parse_bridge", bytes([0]) + z(rest[2:]))
        elif rest[0] == "fdb" and rest[1] == "flush":
            put("parse_bridge", bytes([2]) + z(rest[2:]))
        elif rest[0] == "link" and rest[1] == "set":
            put("parse_bridge", bytes([3]) + z(rest[2:]))
        put("parse_bridge", bytes([5]) + z(rest))
    elif app in ("route", "tunctl"):
        put("parse_nettools", bytes([4 if app == "route" else 0]) + z(rest))
        put("parse_nettools", bytes([1]) + z(rest))
    elif app in ("brctl", "ifconfig"):
        put("parse_nettools", bytes([1]) + z(rest))
    if app in ("ip", "bridge") and rest:
        put("batch", b"\x00" + shlex.join(rest).encode() + b"\n")

put("batch", b"\x01link set dev 'a b' up # comment\\\nx\\\n\"q\"\nfail\nexit\n")

def messages(buf):
    i = 0
    while i + 16 <= len(buf):
        ln, = struct.unpack_from("=I", buf, i)
        if ln < 16 or i + ln > len(buf):
            break
        yield buf[i:i + ln]
        i += (ln + 3) & ~3

MODES = [0, 1, 2, 3, 4, 5, 8, 0x10, 0x20, 0x21, 0x40, 0x1d, 0x0c]
PRINT = {"print_link": ["ipaddr/dump.nl", "link_kind/kinds.nl"],
         "print_route": ["route/all.nl", "route/cache.nl", "rule/rule4.nl", "rule/rule6.nl"],
         "print_neigh": ["neigh/dump.nl", "neigh/proxy.nl"]}
for target, files in PRINT.items():
    for f in files:
        buf = open(os.path.join(root, "compat-tests/fixtures", f), "rb").read()
        for m in messages(buf):
            for mode in MODES:
                put(target, bytes([mode]) + m)
                if target == "print_neigh":
                    put(target, bytes([mode | 0x80]) + m)
        put(target, b"\x00" + buf)
        put(target, b"\x01" + buf)

for v in ["0.0.0.0 00000000 ...", "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\neth0\t0000A8C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0\n"]:
    put("parse_nettools", b"\x02" + v.encode())
put("parse_nettools", b"\x03" + b"fe800000000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000001 00000000 00000001       v0\n")
