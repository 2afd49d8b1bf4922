#!/usr/bin/env bash
# End to end on a real systemd, as a board would run Signpost:
#   a fresh Debian 12 root (debootstrap, minbase) gets the .deb with apt and one
#   enabled instance, boots with systemd-nspawn and draws on an Xvfb display the
#   host samples ten times a second. Then: kill -9, a stalled process (SIGSTOP,
#   so the watchdog must act), a bad and a good config on reload, and a stop;
#   each is timed, and the longest dark stretch of the screen is measured.
#
#   sudo scripts/e2e-systemd.sh [--root DIR]     (DIR is kept and reused: ~600 MB)
#
# Needs root, a Debian mirror, debootstrap, systemd-container, xvfb and x11-apps
# (xwd). Not part of scripts/test.sh: it takes minutes and the network.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
root=/var/tmp/signpost-e2e/root
[ "${1:-}" = --root ] && root=$2
work=$(dirname "$root")
display=:57
instance=lobby
mkdir -p "$work"
[ "$(id -u)" = 0 ] || { echo "run as root (debootstrap, systemd-nspawn)"; exit 1; }
for tool in debootstrap systemd-nspawn Xvfb xwd bc python3; do
  command -v $tool >/dev/null || { echo "missing $tool: apt-get install debootstrap systemd-container xvfb x11-apps bc python3"; exit 1; }
done

failures=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc; }

echo "== package"
BUILD_DIR=${BUILD_DIR:-build} scripts/build.sh >/dev/null
rm -rf "$work/deb" && (cd "${BUILD_DIR:-build}" && cpack -B "$work/deb" >/dev/null)
deb=$(ls "$work"/deb/signpost_*.deb)
echo "$deb"

echo "== a fresh Debian 12 root"
if [ ! -e "$root/etc/debian_version" ]; then
  debootstrap --variant=minbase --include=systemd,systemd-sysv,dbus bookworm "$root" \
    http://deb.debian.org/debian >"$work/debootstrap.log"
fi
echo e2e >"$root/etc/hostname"
# Start from a board that has never seen Signpost.
systemd-nspawn -q -D "$root" -M signpost-e2e --register=no --keep-unit --pipe sh -c \
  'apt-get purge -y signpost >/dev/null 2>&1 || true; apt-get autoremove --purge -y >/dev/null 2>&1; rm -rf /etc/signpost /var/lib/private/signpost' 2>&1 | grep -v 'Attempted to remove disk file system' || true
cp "$deb" "$root/root/signpost.deb"

echo "== install: apt-get install ./signpost.deb; one config; systemctl enable"
systemd-nspawn -q -D "$root" -M signpost-e2e --register=no --keep-unit --pipe env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y /root/signpost.deb >"$work/install.log" 2>&1 ||
  { tail -20 "$work/install.log"; fail "apt-get install of the .deb"; exit 1; }
pass "apt-get install of $(basename "$deb") on a minbase root"
cp "$root/etc/signpost/example.json" "$root/etc/signpost/$instance.json"
# The only board-specific step: which display. Here an X display the host
# samples; on a board without X it is the kmsdrm.conf drop-in.
mkdir -p "$root/etc/systemd/system/signpost@.service.d"
printf '[Service]\nEnvironment=SDL_VIDEODRIVER=x11 DISPLAY=%s\n' "$display" \
  >"$root/etc/systemd/system/signpost@.service.d/display.conf"
systemctl --root="$root" enable "signpost@$instance" >/dev/null 2>&1

echo "== power on"
Xvfb $display -screen 0 1280x720x24 -br -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
samples="$work/screen-samples.txt"
: >"$samples"
sleep 1
scripts/screen_sampler.py $display "$samples" &
sampler=$!
boot_start=$(now)
# Shares the host's network namespace: the X socket and the mirror are reachable.
systemd-nspawn -D "$root" -M signpost-e2e --register=no --keep-unit -b --console=passive >"$work/boot.log" 2>&1 &
nspawn=$!
cleanup() {
  [ -n "${leader:-}" ] && nsenter -t "$leader" -a systemctl poweroff >/dev/null 2>&1 || true
  sleep 2
  kill "$nspawn" "$sampler" "$xvfb" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT
leader=
for _ in $(seq 100); do
  leader=$(pgrep -P "$nspawn" | head -n1 || true)
  [ -n "$leader" ] && break
  sleep 0.1
done
in_root() { nsenter -t "$leader" -a "$@"; }
unit="signpost@$instance"
prop() { in_root systemctl show -p "$1" --value "$unit" 2>/dev/null; }
# Waits until the unit is active with a main PID other than $1; prints seconds.
wait_new_pid() {
  local old=$1 since=$2 limit=$3 pid
  for _ in $(seq $((limit * 10))); do
    pid=$(prop MainPID || echo 0)
    if [ "$(prop ActiveState)" = active ] && [ "$pid" != 0 ] && [ "$pid" != "$old" ] &&
       [ -n "$(prop StatusText)" ]; then
      elapsed "$since" "$(now)"
      return 0
    fi
    sleep 0.1
  done
  return 1
}
longest_dark() { scripts/screen_sampler.py --longest-dark "$samples" "$1" "$2"; }

if t=$(wait_new_pid 0 "$boot_start" 90); then
  pass "power-on to $unit active (READY=1 after the first frame): ${t}s, status '$(prop StatusText)'"
else
  fail "$unit did not come up: $(prop ActiveState)/$(prop Result)"
  in_root journalctl -u "$unit" --no-pager -n 30 || true
  exit 1
fi
sleep 3

# Sends $1 to the service and waits up to $2 s for a new process. Prints the
# seconds to the new process and the longest dark stretch meanwhile.
restart_after_signal() {
  local signal=$1 limit=$2 pid t0 t
  pid=$(prop MainPID); t0=$(now)
  in_root systemctl kill -s "$signal" "$unit"
  t=$(wait_new_pid "$pid" "$t0" "$limit") || return 1
  sleep 1
  echo "a new process in ${t}s; screen dark for at most $(longest_dark "$t0" "$(now)")s"
}

echo "== kill -9"
if measured=$(restart_after_signal KILL 30); then
  pass "killed: $measured"
else
  fail "killed: no new process within 30s"
fi
sleep 3

echo "== stalled (SIGSTOP): the watchdog restarts it (the frozen last frame stays up meanwhile)"
if ! measured=$(restart_after_signal STOP 60); then
  fail "stalled: no new process within 60s"
elif ! in_root journalctl -u "$unit" --no-pager -n 30 | grep -q 'Watchdog timeout'; then
  fail "stalled: restarted, but not by the watchdog"
else
  pass "stalled: $measured"
fi
sleep 3

echo "== bad config on reload"
config="$root/etc/signpost/$instance.json"
cp "$config" "$work/good.json"
pid=$(prop MainPID); status_before=$(prop StatusText); t0=$(now)
printf '{ "location": { "name": "Lobby",\n' >"$config"
in_root systemctl reload "$unit" || fail "systemctl reload failed (ExecReload)"
sleep 2
refusal=$(in_root journalctl -u "$unit" --no-pager -n 10 | grep 'reload refused' || true)
if [ "$(prop MainPID)" = "$pid" ] && [ "$(prop ActiveState)" = active ] && [ -n "$refusal" ]; then
  pass "bad config refused, same process, screen dark for $(longest_dark "$t0" "$(now)")s: ${refusal#*: }"
else
  fail "bad config: pid $pid -> $(prop MainPID), $(prop ActiveState), refusal '$refusal'"
fi

echo "== good config on reload"
python3 - "$work/good.json" "$config" <<'EOF'
import json, sys
config = json.load(open(sys.argv[1]))
config["pages"] = [{"kind": "now_next", "dwell_seconds": 20}]
json.dump(config, open(sys.argv[2], "w"), ensure_ascii=False, indent=2)
EOF
t0=$(now)
in_root systemctl reload "$unit" || fail "systemctl reload failed (ExecReload)"
sleep 2
status_after=$(prop StatusText)
if [ "$(prop MainPID)" = "$pid" ] && [ "$status_after" != "$status_before" ] &&
   in_root journalctl -u "$unit" --no-pager -n 10 | grep -q 'config: reloaded'; then
  pass "good config applied by the same process ('$status_before' -> '$status_after'), screen dark for $(longest_dark "$t0" "$(now)")s"
else
  fail "good config: pid $pid -> $(prop MainPID), status '$status_before' -> '$status_after'"
fi
cp "$work/good.json" "$config"

echo "== stop"
t0=$(now)
in_root systemctl stop "$unit"
t=$(elapsed "$t0" "$(now)")
if [ "$(prop Result)" = success ] && [ "$(prop ExecMainStatus)" = 0 ] && (($(echo "$t < 1" | bc))); then
  pass "stop: exit status 0 in ${t}s"
else
  fail "stop: result $(prop Result), status $(prop ExecMainStatus), ${t}s"
fi

echo "== log: one line per event, no flood"
lines=$(in_root journalctl -u "$unit" -b --no-pager -o cat | grep -c '' || true)
echo "$lines journal lines for $unit in this boot"
in_root journalctl -u "$unit" -b --no-pager -p warning -o cat | sort | uniq -c | sort -rn | head -5

[ "$failures" = 0 ] && echo "all end-to-end checks passed" || echo "$failures end-to-end checks failed"
exit "$failures"
