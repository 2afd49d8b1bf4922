#!/usr/bin/env python3
"""Mutates real feeds and checks that the program survives each one.

For every feed file (.json, .xml, .ics) under --feeds, makes --per-feed broken
copies -- truncated, bytes flipped, a span deleted or repeated, invalid UTF-8
put in, a number made huge, nesting made very deep -- and runs

    signpost --check-config CONFIG --offline --feed COPY
    signpost --config CONFIG --dump --offline --feed COPY   (every other copy)

on each. Each run must end by itself within --timeout seconds with exit 0, 1 or
2 and without a sanitizer report; anything else (a signal, another exit code,
a hang, "ERROR: AddressSanitizer", "runtime error:") is a failure, and the
broken copy is kept in --keep DIR to be turned into a test. Exit status: 0
when every run passed, 1 otherwise.

    scripts/mutate_feeds.py --feeds DIR... [--signpost build/src/signpost]
        [--config config/demo.json] [--per-feed 8] [--seed 1] [--timeout 10]
        [--every-mutation]

Mutations are picked at random per copy; with --every-mutation, copy n of a
feed gets mutation n (modulo 7), so --per-feed 7 gives every feed every kind of
damage once, the deep nesting at its deepest (100,000 levels). The summary
counts the runs per kind of feed (by what its first bytes say it is) and
mutation, so a kind that was never tried shows.
"""
import argparse
import os
import pathlib
import random
import re
import subprocess
import sys
import tempfile
import time

EXTENSIONS = (".json", ".xml", ".ics")


def truncate(data, rng):
    return data[: rng.randrange(len(data))]


def flip_bytes(data, rng):
    out = bytearray(data)
    for _ in range(rng.randint(1, 16)):
        i = rng.randrange(len(out))
        out[i] ^= 1 << rng.randrange(8)
    return bytes(out)


def delete_span(data, rng):
    a = rng.randrange(len(data))
    b = min(len(data), a + rng.randint(1, max(1, len(data) // 8)))
    return data[:a] + data[b:]


def repeat_span(data, rng):
    a = rng.randrange(len(data))
    b = min(len(data), a + rng.randint(1, 4096))
    return data[:b] + data[a:b] * rng.randint(2, 50) + data[b:]


def invalid_utf8(data, rng):
    bad = rng.choice([b"\xff", b"\xc3", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xe2\x82"])
    i = rng.randrange(len(data))
    return data[:i] + bad + data[i:]


def huge_number(data, rng):
    numbers = [m.span() for m in re.finditer(rb"\d+", data)]
    if not numbers:
        return data + b"9" * 400
    a, b = rng.choice(numbers)
    big = rng.choice([b"9" * 400, b"99999999999999999999", b"-9223372036854775809",
                      b"1e999999", b"18446744073709551616", b"0.0000000000000000000001"])
    return data[:a] + big + data[b:]


def deep_nesting(data, rng, deepest=False):
    depth = 100000 if deepest else rng.choice([1000, 100000])
    i = rng.randrange(len(data))
    stripped = data.lstrip()
    if stripped.startswith(b"<"):
        nest = b"<a>" * depth
    elif stripped.startswith(b"BEGIN:"):
        nest = b"BEGIN:VEVENT\r\n" * depth
    else:
        nest = rng.choice([b"[" * depth, b'{"a":' * depth])
    return data[:i] + nest + data[i:]


MUTATIONS = [truncate, flip_bytes, delete_span, repeat_span, invalid_utf8, huge_number, deep_nesting]


def kind_of(data):
    """What a feed is, by its first bytes (as a person would tell): for the summary only."""
    head = data[:4096]
    if b"BEGIN:VCALENDAR" in head:
        return "icalendar"
    if head.lstrip().startswith(b"<"):
        return "pentabarf-xml" if b"<schedule" in head else "xml"
    if b'"schedule"' in head and b'"conference"' in head:
        return "frab/pretalx-json"
    if b'"venue"' in head or b'"sessions"' in head:
        return "signpost"
    return "other-json"


def run(cmd, timeout):
    env = dict(os.environ)
    # A sanitizer report must not pass for the program's own exit 1.
    for var, code in (("ASAN_OPTIONS", 86), ("UBSAN_OPTIONS", 87), ("LSAN_OPTIONS", 88)):
        env[var] = (env.get(var, "") + ":" if env.get(var) else "") + f"exitcode={code}"
    start = time.monotonic()
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return None, timeout, ""
    return p.returncode, time.monotonic() - start, p.stderr.decode("utf-8", "replace")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--feeds", required=True, type=pathlib.Path, nargs="+", help="folders of feeds")
    ap.add_argument("--signpost", default="build/src/signpost")
    ap.add_argument("--config", default="config/demo.json")
    ap.add_argument("--per-feed", type=int, default=len(MUTATIONS))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--keep", type=pathlib.Path, help="folder for the copies that failed")
    ap.add_argument("--every-mutation", action="store_true",
                    help="copy n of a feed gets mutation n (modulo 7), not a random one")
    args = ap.parse_args()

    feeds = sorted(p for folder in args.feeds for p in folder.rglob("*")
                   if p.suffix in EXTENSIONS and p.is_file())
    if not feeds:
        print(f"no feeds (.json, .xml, .ics) under {' '.join(map(str, args.feeds))}", file=sys.stderr)
        return 1
    rng = random.Random(args.seed)
    failures = 0
    runs = 0
    slowest = 0.0
    tried = {}  # (kind, mutation) -> runs
    with tempfile.TemporaryDirectory(prefix="signpost-mutate-") as tmp:
        for index, feed in enumerate(feeds):
            data = feed.read_bytes()
            if not data:
                continue
            kind = kind_of(data)
            for n in range(args.per_feed):
                if args.every_mutation:
                    mutation = MUTATIONS[n % len(MUTATIONS)]
                else:
                    mutation = MUTATIONS[(n + rng.randrange(len(MUTATIONS))) % len(MUTATIONS)]
                if mutation is deep_nesting:
                    broken = deep_nesting(data, rng, deepest=args.every_mutation)
                else:
                    broken = mutation(data, rng)
                if broken == data:  # a flip that flipped back, a repeat of nothing
                    broken = truncate(data, rng)
                copy = pathlib.Path(tmp) / f"{feed.stem}.{mutation.__name__}.{n}{feed.suffix}"
                copy.write_bytes(broken)
                commands = [[args.signpost, "--check-config", args.config, "--offline", "--feed", str(copy)]]
                # Every other copy, alternating between feeds, so that each
                # mutation also reaches the layout (--dump) of some feeds.
                if (n + index) % 2 == 0:
                    commands.append([args.signpost, "--config", args.config, "--dump", "--offline",
                                     "--feed", str(copy)])
                for cmd in commands:
                    runs += 1
                    tried[(kind, mutation.__name__)] = tried.get((kind, mutation.__name__), 0) + 1
                    code, seconds, err = run(cmd, args.timeout)
                    slowest = max(slowest, seconds)
                    sanitizer = "ERROR: AddressSanitizer" in err or "runtime error:" in err or \
                        "ERROR: LeakSanitizer" in err
                    if code in (0, 1, 2) and not sanitizer:
                        continue
                    failures += 1
                    what = "hung" if code is None else f"exit {code}"
                    print(f"FAIL {feed.name} {mutation.__name__} #{n}: {what} after {seconds:.1f}s: "
                          f"{' '.join(cmd[1:3])}", file=sys.stderr)
                    tail = [line for line in err.splitlines() if line.strip()][-5:]
                    for line in tail:
                        print(f"    {line[:200]}", file=sys.stderr)
                    if args.keep:
                        args.keep.mkdir(parents=True, exist_ok=True)
                        (args.keep / copy.name).write_bytes(broken)
    kinds = sorted({k for k, _ in tried})
    print("runs per kind of feed and mutation:")
    print("  " + " ".join(f"{m.__name__:>12}" for m in MUTATIONS) + "  kind")
    for k in kinds:
        print("  " + " ".join(f"{tried.get((k, m.__name__), 0):>12}" for m in MUTATIONS) + f"  {k}")
    print(f"{runs} runs over {len(feeds)} feeds, {failures} failed, slowest {slowest:.1f}s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
