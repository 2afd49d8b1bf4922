#!/usr/bin/env python3
"""Samples an X display and says, for each sample, whether the screen is dark.

Used by scripts/e2e-systemd.sh: the service draws on an Xvfb display started
with a black root window (-br), so a sample where nearly every pixel is pure
black means no Signpost window is up. This holds as long as the config's theme
background is not pure black: the example config's is #0B0F14, whose pixels
are not zero, so a drawn page never counts as dark.

  screen_sampler.py DISPLAY OUT_FILE      one line per sample: "<unix time> lit|dark"
  screen_sampler.py --longest-dark OUT_FILE FROM TO
                                          longest dark stretch (seconds) between FROM and TO
"""
import struct
import subprocess
import sys
import time


def dark_fraction(xwd: bytes) -> float:
    # XWD header: 25 big-endian CARD32; header_size, then ..., width (4),
    # height (5), bits_per_pixel (11), bytes_per_line (12), ncolors (19).
    fields = struct.unpack(">25I", xwd[:100])
    header_size, width, height = fields[0], fields[4], fields[5]
    bytes_per_line, ncolors = fields[12], fields[19]
    start = header_size + ncolors * 12
    pixels = xwd[start:start + bytes_per_line * height]
    if not pixels:
        return 1.0
    # Count non-zero bytes on a stride: a full-screen window lights nearly all.
    step = 97
    sample = pixels[::step]
    lit = sum(1 for b in sample if b)
    return 1.0 - lit / len(sample)


def sample(display: str, out_path: str) -> None:
    with open(out_path, "a", buffering=1) as out:
        while True:
            started = time.time()
            try:
                xwd = subprocess.run(["xwd", "-root", "-silent", "-display", display],
                                     capture_output=True, check=True, timeout=5).stdout
                state = "dark" if dark_fraction(xwd) > 0.99 else "lit"
            except (subprocess.SubprocessError, struct.error):
                state = "error"
            out.write(f"{started:.3f} {state}\n")
            time.sleep(max(0.0, 0.1 - (time.time() - started)))


def longest_dark(out_path: str, since: float, until: float) -> float:
    longest, dark_from, last = 0.0, None, None
    for line in open(out_path):
        stamp, state = line.split()
        t = float(stamp)
        if t < since or t > until:
            continue
        if state == "dark" and dark_from is None:
            # The screen went dark somewhere after the last lit sample.
            dark_from = last if last is not None else t
        elif state == "lit" and dark_from is not None:
            longest = max(longest, t - dark_from)
            dark_from = None
        last = t
    if dark_from is not None and last is not None:
        longest = max(longest, last - dark_from)
    return longest


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--longest-dark":
        print(f"{longest_dark(sys.argv[2], float(sys.argv[3]), float(sys.argv[4])):.2f}")
    elif len(sys.argv) == 3:
        sample(sys.argv[1], sys.argv[2])
    else:
        sys.exit(__doc__)
