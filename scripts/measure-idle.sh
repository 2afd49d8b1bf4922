#!/usr/bin/env bash
# Measures how much CPU the kiosk uses while it shows pages: starts Xvfb on a
# free display, runs the kiosk in a window, lets it settle, then reads the
# process's utime+stime from /proc/PID/stat before and after a measuring window
# and prints the CPU time as a percentage of one core. The Xvfb server's own
# CPU over the same window is printed beside it (every frame the kiosk presents
# is copied into the server).
#
# Two cases, each in up to four modes: "default" (the renderer the kiosk
# picks), "software" (SDL_RENDER_DRIVER=software), "opengl"
# (SDL_RENDER_DRIVER=opengl: under Xvfb that is Mesa's llvmpipe, on the CPU)
# and "offscreen" (SDL_VIDEODRIVER=offscreen, no X: the stand-in here for a
# board's KMSDRM, a driver whose events SDL cannot wait for):
#   steady   a copy of the config whose pages dwell 600 s (the config's
#            longest): no page change within the run, only the dwell
#            indicator's steps and the minute ticks;
#   cycling  the config as it is: page changes with their cross-fades.
# The frame counts come from the kiosk's debug log (SIGNPOST_LOG=debug): "drew"
# counts pages drawn (layout or dwell step), "fade" the frames presented for
# cross-fades (the presenter logs one line per fade).
#
# With -t SECONDS, each run then attaches `strace -c -f` to the kiosk (all its
# threads) for that long and prints the blocking waits a second (poll, ppoll,
# select, epoll_wait, futex, nanosleep, clock_nanosleep, rt_sigtimedwait,
# sigwaitinfo): how often the process wakes. The strace window comes after the
# CPU window, so tracing does not count in the CPU.
#
# The machine is shared: the load average is printed before every run, and a
# figure is only comparable with one taken under a similar load.
#
# Usage: scripts/measure-idle.sh [-d SECONDS] [-w WARMUP] [-r RUNS] [-t SECONDS]
#          [-b BINARY] [-c CONFIG] [-m "default software opengl offscreen"]
#          [-s "steady cycling"]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=40
warmup=5
runs=3
binary=build/src/signpost
config=config/demo.json
modes="default software opengl"
cases="steady cycling"
trace_seconds=0
while getopts "d:w:r:t:b:c:m:s:h" opt; do
  case "$opt" in
    d) seconds=$OPTARG ;;
    w) warmup=$OPTARG ;;
    r) runs=$OPTARG ;;
    t) trace_seconds=$OPTARG ;;
    b) binary=$OPTARG ;;
    c) config=$OPTARG ;;
    m) modes=$OPTARG ;;
    s) cases=$OPTARG ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 2 ;;
  esac
done
for tool in Xvfb jq awk; do
  command -v "$tool" >/dev/null || { echo "measure-idle: $tool is not installed" >&2; exit 2; }
done
if [ "$trace_seconds" != 0 ]; then
  command -v strace >/dev/null || { echo "measure-idle: strace is not installed" >&2; exit 2; }
fi
[ -x "$binary" ] || { echo "measure-idle: no program at $binary (build it first)" >&2; exit 2; }
[ -r "$config" ] || { echo "measure-idle: cannot read $config" >&2; exit 2; }

work=$(mktemp -d /tmp/measure-idle.XXXXXX)
xvfb_pid=""
kiosk_pid=""
cleanup() {
  [ -n "$kiosk_pid" ] && kill "$kiosk_pid" 2>/dev/null && wait "$kiosk_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
  rm -rf "$work"
  rm -f "${cycling:-}" "${steady:-}"
}
trap cleanup EXIT

# The copies stand beside the config (scripts/config_copy.py), so their relative
# paths resolve as the original's; the cache goes to $work so runs never share
# one with a kiosk someone else runs.
cycling=$(scripts/config_copy.py "$config" "{\"cache_dir\": \"$work/cache\"}")
steady=${cycling%.json}-steady.json
declare -A case_config=([cycling]="$cycling" [steady]="$steady")
jq '.pages |= map(.dwell_seconds = 600)' "$cycling" >"$steady"
if [ $((warmup + seconds + trace_seconds)) -ge 600 ]; then
  echo "measure-idle: warm-up + measuring + tracing must stay under 600 s (the steady case's dwell)" >&2
  exit 2
fi

# A display nobody holds: neither its lock file nor its socket exists. A stale
# lock of someone else's is left alone; the next number is tried.
start_xvfb() {
  local n
  for n in $(seq 120 199); do
    [ -e "/tmp/.X$n-lock" ] && continue
    [ -e "/tmp/.X11-unix/X$n" ] && continue
    Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp -noreset >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 50); do
      [ -S "/tmp/.X11-unix/X$n" ] && { display=":$n"; return 0; }
      kill -0 "$xvfb_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
    xvfb_pid=""
  done
  echo "measure-idle: no free X display in :120-:199" >&2
  return 1
}

# utime+stime of a process in clock ticks (fields 14 and 15 of /proc/PID/stat,
# counted after the command name, which may hold spaces).
cpu_ticks() {
  sed 's/^.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'
}

median() {
  tr ' ' '\n' <<<"$1" | sed '/^$/d' | sort -g |
    awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

ticks_per_second=$(getconf CLK_TCK)
start_xvfb
echo "measure-idle: Xvfb $display 1920x1080x24, $seconds s measured after $warmup s warm-up, $runs run(s) per case"
echo "measure-idle: $binary, config $config, $(nproc) cores"
printf '%-9s %-8s %3s %8s %8s %8s %5s %5s %7s  %s\n' mode case run kiosk% xvfb% sum% drew fade waits/s \
  "load (1/5/15 min) before the run"

summary=""
for mode in $modes; do
  for case_name in $cases; do
    values=""
    sums=""
    wakes=""
    for run in $(seq "$runs"); do
      load=$(cut -d' ' -f1-3 /proc/loadavg)
      log="$work/kiosk-$mode-$case_name-$run.log"
      env_args=(DISPLAY="$display" SIGNPOST_LOG=debug)
      case "$mode" in
        default) ;;
        software | opengl) env_args+=(SDL_RENDER_DRIVER="$mode") ;;
        offscreen) env_args=(-u DISPLAY SIGNPOST_LOG=debug SDL_VIDEODRIVER=offscreen) ;;
        *) echo "measure-idle: mode $mode is not default, software, opengl or offscreen" >&2; exit 2 ;;
      esac
      env "${env_args[@]}" "$binary" --config "${case_config[$case_name]}" --windowed >"$log" 2>&1 &
      kiosk_pid=$!
      sleep "$warmup"
      if ! kill -0 "$kiosk_pid" 2>/dev/null; then
        echo "measure-idle: the kiosk stopped during warm-up; its log:" >&2
        cat "$log" >&2
        exit 1
      fi
      lines0=$(wc -l <"$log")
      k0=$(cpu_ticks "$kiosk_pid")
      x0=$(cpu_ticks "$xvfb_pid")
      t0=$(date +%s.%N)
      sleep "$seconds"
      k1=$(cpu_ticks "$kiosk_pid")
      x1=$(cpu_ticks "$xvfb_pid")
      t1=$(date +%s.%N)
      lines1=$(wc -l <"$log")
      window=$(tail -n +"$((lines0 + 1))" "$log" | head -n "$((lines1 - lines0))")
      drew=$(grep -c "drew page" <<<"$window" || true)
      fade=$({ grep -o "fade of [0-9]* frames" <<<"$window" || true; } | awk '{s += $3} END {print s + 0}')
      waits=-
      if [ "$trace_seconds" != 0 ]; then
        timeout -s INT "$trace_seconds" strace -c -f -qq -o "$work/strace.txt" -p "$kiosk_pid" || true
        waits=$(awk -v t="$trace_seconds" '
            $NF ~ /^(poll|ppoll|select|pselect6|epoll_wait|epoll_pwait|futex|nanosleep|clock_nanosleep|rt_sigtimedwait)$/ {
              n += ($4 ~ /^[0-9]+$/) ? $4 : $3 }
            END {printf "%.1f", n / t}' "$work/strace.txt")
        wakes="$wakes $waits"
      fi
      renderer=$(sed -n 's/.*video driver [a-z0-9_]*, renderer \([a-z0-9_]*\).*/\1/p' "$log" | head -1)
      kill "$kiosk_pid"
      wait "$kiosk_pid" 2>/dev/null || true
      kiosk_pid=""
      kpct=$(awk -v a="$k0" -v b="$k1" -v t0="$t0" -v t1="$t1" -v hz="$ticks_per_second" \
        'BEGIN {printf "%.2f", (b - a) / hz / (t1 - t0) * 100}')
      xpct=$(awk -v a="$x0" -v b="$x1" -v t0="$t0" -v t1="$t1" -v hz="$ticks_per_second" \
        'BEGIN {printf "%.2f", (b - a) / hz / (t1 - t0) * 100}')
      spct=$(awk -v a="$kpct" -v b="$xpct" 'BEGIN {printf "%.2f", a + b}')
      printf '%-9s %-8s %3s %8s %8s %8s %5s %5s %7s  %s (renderer %s)\n' "$mode" "$case_name" "$run" \
        "$kpct" "$xpct" "$spct" "$drew" "$fade" "$waits" "$load" "$renderer"
      values="$values $kpct"
      sums="$sums $spct"
    done
    summary="$summary$(printf '%-9s %-8s %% of one core, median: kiosk %s, kiosk+Xvfb %s (kiosk runs:%s)' \
      "$mode" "$case_name" "$(median "$values")" "$(median "$sums")" "$values")"
    [ -n "$wakes" ] && summary="$summary; blocking waits/s median $(median "$wakes")"
    summary="$summary\n"
  done
done
printf '\n%b' "$summary"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
