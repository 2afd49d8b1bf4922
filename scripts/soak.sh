#!/usr/bin/env bash
# Soak: runs the demo kiosk through a simulated week on a sped-up clock
# (config "simulated_clock": {"start", "speed"}, docs/config.md) and prints,
# every simulated hour, the kiosk's resident memory, open descriptors, threads
# and CPU; at the end a verdict: from the second simulated hour on, RSS at rest
# and its floor between page changes must each stay within 2 MB, and
# descriptors and threads must not change. Exits 1 when that does not hold, when the kiosk logged an error (a soak without its
# fonts, say, measures nothing real), or when it does not stop cleanly on
# SIGTERM. The kiosk finds its fonts in this checkout (SIGNPOST_DATA_DIR, unless
# set already), so a binary copied away (-b) still loads them.
#
# RSS is read every 5 ms. At speed 600 a page changes every ~25 ms of real
# time, and each change holds a page texture or two (8 MB each at 1920x1080)
# for its fade, so most readings land between the idle kiosk and that peak.
# The verdict takes, from the second simulated hour on, each hour's floor
# (the kiosk between page changes, at rest) and the hours of quiet hours (the
# screen dark, nothing drawn, every reading the same within 256 kB): both
# must stay within 2 MB, so a leak of the days shows in the floor of the days
# and raises each night above the last. The peak is printed, not judged.
#
# Everything the kiosk does over a week happens N times as fast: page cycles
# and their cross-fades, minute ticks, day changes, quiet hours (23:00-07:00
# unless the config has its own, so the soak passes seven nights) and the
# feed's polling (each poll re-reads the demo feed file). A copy of the config
# is written with absolute paths and a cache folder of its own.
#
# Display: Xvfb by default (-m xvfb): a real X window, events from an X server,
# the path a desktop kiosk takes. -m offscreen uses SDL's offscreen driver, the
# stand-in here for a board's KMSDRM (no X; the loop's own eventfd wait).
#
# Usage: scripts/soak.sh [-d DAYS] [-s SPEED] [-m xvfb|offscreen] [-b BINARY]
#                        [-c CONFIG] [-o CSV] [-l LOG]
#   DAYS   simulated days (default 7); SPEED simulated seconds per real second
#   (default 600: a week in 17 minutes); CSV: the samples written there too;
#   LOG: the kiosk's log copied there.
# The kiosk runs under `nice -n 10` (the machine may be shared).
set -euo pipefail
cd "$(dirname "$0")/.."

days=7
speed=600
mode=xvfb
binary=build/src/signpost
config=config/demo.json
csv=""
keep_log=""
while getopts "d:s:m:b:c:o:l:h" opt; do
  case $opt in
    d) days=$OPTARG ;;
    s) speed=$OPTARG ;;
    m) mode=$OPTARG ;;
    b) binary=$OPTARG ;;
    c) config=$OPTARG ;;
    o) csv=$OPTARG ;;
    l) keep_log=$OPTARG ;;
    *) sed -n '2,35p' "$0"; exit 2 ;;
  esac
done
case $mode in xvfb | offscreen) ;; *) echo "soak: -m xvfb or offscreen" >&2; exit 2 ;; esac
[ -x "$binary" ] || { echo "soak: no $binary (scripts/build.sh signpost)" >&2; exit 2; }

work=$(mktemp -d)
xvfb_pid=""
kiosk_pid=""
cleanup() {
  [ -n "$kiosk_pid" ] && kill "$kiosk_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
  rm -f "${soak_config:-}"
}
trap cleanup EXIT

# The config copy, beside the original so its relative paths resolve as the
# kiosk's (scripts/config_copy.py): the clock sped up (it starts where the
# config's does, or on a Monday morning of the demo's week), quiet hours added
# when the config (with its shared defaults) has none, a cache of its own.
soak_config=$(python3 - "$config" "$speed" "$work/cache" <<'EOF'
import sys
sys.path.insert(0, "scripts")
import config_copy
config, speed, cache = sys.argv[1], int(sys.argv[2]), sys.argv[3]
seen = config_copy.merged(config)
changes = {"cache_dir": cache, "simulated_clock": {"speed": speed}, "display": {"fullscreen": False}}
if "start" not in seen.get("simulated_clock", {}):
    changes["simulated_clock"]["start"] = "2016-10-24T06:00:00+02:00"
if "quiet_hours" not in seen:
    changes["quiet_hours"] = {"start": "23:00", "end": "07:00"}
print(config_copy.copy_beside(config, changes))
EOF
)

if [ "$mode" = xvfb ]; then
  command -v Xvfb >/dev/null || { echo "soak: Xvfb is not installed" >&2; exit 2; }
  for n in $(seq 140 199); do
    [ -e "/tmp/.X$n-lock" ] && continue
    [ -e "/tmp/.X11-unix/X$n" ] && continue
    Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp -noreset >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 50); do
      [ -S "/tmp/.X11-unix/X$n" ] && break
      sleep 0.1
    done
    [ -S "/tmp/.X11-unix/X$n" ] && { display=":$n"; break; }
    kill "$xvfb_pid" 2>/dev/null || true
    xvfb_pid=""
  done
  [ -n "$xvfb_pid" ] || { echo "soak: no free X display in :140-:199" >&2; exit 2; }
  env_args=(DISPLAY="$display")
else
  env_args=(-u DISPLAY SDL_VIDEODRIVER=offscreen)
fi

ticks_per_second=$(getconf CLK_TCK)
page_kb=$(($(getconf PAGESIZE) / 1024))
hours=$((days * 24))
# One simulated hour in real seconds.
step=$(awk -v s="$speed" 'BEGIN {printf "%.3f", 3600 / s}')

# A copied binary would look for its data beside itself, find none, and draw
# every glyph as a box: a soak that measures nothing real.
env_args+=(SIGNPOST_DATA_DIR="${SIGNPOST_DATA_DIR:-$PWD}")
env "${env_args[@]}" nice -n 10 "$binary" --config "$soak_config" --windowed \
  >"$work/kiosk.log" 2>&1 &
kiosk_pid=$!
started=$(date +%s.%N)
echo "soak: $binary, $mode, speed $speed ($days simulated days in $(awk -v h="$hours" -v s="$step" 'BEGIN {printf "%.0f", h * s}') s), pid $kiosk_pid"
echo "soak: config $(python3 -c 'import sys; sys.path.insert(0, "scripts"); import config_copy; c=config_copy.merged(sys.argv[1]); print(c["simulated_clock"]["start"], "quiet", c["quiet_hours"]["start"] + "-" + c["quiet_hours"]["end"])' "$soak_config")"
printf '%5s %8s %12s %11s %5s %7s %7s\n' hour real_s rss_floor_kb rss_peak_kb fds threads cpu_%
[ -n "$csv" ] && echo "hour,real_s,rss_floor_kb,rss_peak_kb,fds,threads,cpu_percent" >"$csv"

cpu_ticks() { sed 's/^.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }
# RSS through one simulated hour: read every 5 ms (at speed 600 a page shows
# for ~25 ms), printed as "floor peak". The floor is the kiosk between page
# changes: what it holds at rest.
rss_through() {
  python3 - "$1" "$2" "$page_kb" <<'PY'
import sys, time
pid, until, page_kb = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
floor = peak = None
while True:
    try:
        with open(f"/proc/{pid}/statm") as f:
            rss = int(f.read().split()[1]) * page_kb
    except (OSError, IndexError, ValueError):
        break
    floor = rss if floor is None else min(floor, rss)
    peak = rss if peak is None else max(peak, rss)
    if time.time() >= until:
        break
    time.sleep(0.005)
if floor is None:
    sys.exit(1)
print(floor, peak)
PY
}

samples="$work/samples"
: >"$samples"
last_ticks=$(cpu_ticks "$kiosk_pid")
last_time=$started
for hour in $(seq 1 "$hours"); do
  # To the real end of this simulated hour (drift does not add up).
  until=$(awk -v a="$started" -v h="$hour" -v s="$step" 'BEGIN {printf "%.3f", a + h * s}')
  read -r floor peak < <(rss_through "$kiosk_pid" "$until") || true
  if ! kill -0 "$kiosk_pid" 2>/dev/null; then
    echo "soak: the kiosk exited before simulated hour $hour; its log:" >&2
    tail -20 "$work/kiosk.log" >&2
    exit 1
  fi
  now=$(date +%s.%N)
  ticks=$(cpu_ticks "$kiosk_pid")
  cpu=$(awk -v d="$((ticks - last_ticks))" -v t="$ticks_per_second" -v a="$last_time" -v b="$now" \
    'BEGIN {printf "%.1f", 100 * d / t / (b - a)}')
  last_ticks=$ticks
  last_time=$now
  fds=$(find "/proc/$kiosk_pid/fd" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l)
  threads=$(awk '/^Threads:/ {print $2}' "/proc/$kiosk_pid/status")
  real=$(awk -v a="$started" -v b="$now" 'BEGIN {printf "%.1f", b - a}')
  printf '%5d %8s %12d %11d %5d %7d %7s\n' "$hour" "$real" "$floor" "$peak" "$fds" "$threads" "$cpu"
  echo "$hour $floor $fds $threads $peak" >>"$samples"
  [ -n "$csv" ] && echo "$hour,$real,$floor,$peak,$fds,$threads,$cpu" >>"$csv"
done

kill -TERM "$kiosk_pid"
set +e
wait "$kiosk_pid"
rc=$?
set -e
kiosk_pid=""

echo "soak: kiosk exit status $rc after SIGTERM"
echo "soak: log lines by level: $(awk '{print $1}' "$work/kiosk.log" | sort | uniq -c | tr '\n' ' ' | tr -s ' ')"
echo "soak: log lines about quiet hours: $(grep -c 'quiet' "$work/kiosk.log" || true)"
# The first errors and warnings, with how often each was logged.
for level in error warning; do
  grep -E "^$level" "$work/kiosk.log" | sort | uniq -c | sort -rn | head -3 | sed 's/^/soak:   /' || true
done
[ -n "$keep_log" ] && cp "$work/kiosk.log" "$keep_log"
verdict=$(awk '
  $1 >= 2 { if (min == "" || $2 < min) min = $2; if ($2 > max) max = $2
            fds[$3] = 1; th[$4] = 1; if ($5 > peak) peak = $5
            if ($5 - $2 <= 256) { rest++; if (rmin == "" || $2 < rmin) rmin = $2; if ($2 > rmax) rmax = $2 } }
  END {
    nf = 0; for (k in fds) nf++; nt = 0; for (k in th) nt++
    printf "RSS at rest (%d quiet hours): %d..%d kB (spread %d kB); hourly floor %d..%d kB, highest reading %d kB; descriptors %s; threads %s\n", \
      rest, rmin, rmax, rmax - rmin, min, max, peak, nf == 1 ? "constant" : "CHANGED", nt == 1 ? "constant" : "CHANGED"
    exit !(rest > 0 && rmax - rmin <= 2048 && max - min <= 2048 && nf == 1 && nt == 1)
  }' "$samples") && ok=1 || ok=0
echo "soak: $verdict"
errors=$(grep -c '^error' "$work/kiosk.log" || true)
if [ "$ok" = 1 ] && [ "$rc" = 0 ] && [ "$errors" = 0 ]; then
  echo "soak: flat"
else
  echo "soak: NOT flat, or $errors error line(s) logged, or not a clean exit"
  exit 1
fi
