#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) into their own build folder
# and runs one or all of them; exits non-zero when any run finds something.
#
#   scripts/fuzz.sh [TARGET|all] [SECONDS] [--feeds DIR] [--build-only|--no-build]
#
# TARGET: native_feed, frab_json, pentabarf_xml, icalendar, config, live,
# layout (default: all, one after the other). SECONDS per target (default 60).
# --feeds DIR (or SIGNPOST_FUZZ_FEEDS): more seed files, taken by extension
# (.json, .xml, .ics) from anywhere under DIR, e.g. a folder of real feeds.
# The corpus of each target grows in $BUILD_DIR/corpus/TARGET and is kept
# between runs; findings (crash-*, timeout-*, oom-*, leak-*) go to
# $BUILD_DIR/findings/TARGET. --build-only builds the targets and stops;
# --no-build runs what is built (several campaigns at once, one fuzz.sh per
# target, must not configure one folder together). Runs under `nice -n $FUZZ_NICE`
# (default 10): the machine is shared.
# Environment: BUILD_DIR (default build-fuzz), FUZZ_JOBS (compile jobs, 2),
# FUZZ_MAX_LEN (default 131072 bytes), FUZZ_TIMEOUT (seconds per input, 10).
set -euo pipefail
cd "$(dirname "$0")/.."

ALL_TARGETS=(native_feed frab_json pentabarf_xml icalendar config live layout)
target=all
seconds=60
feeds=${SIGNPOST_FUZZ_FEEDS:-}
build_only=0
no_build=0
niceness=${FUZZ_NICE:-10}
positional=()
while [ $# -gt 0 ]; do
  case "$1" in
    --feeds) feeds=$2; shift 2 ;;
    --feeds=*) feeds=${1#--feeds=}; shift ;;
    --build-only) build_only=1; shift ;;
    --no-build) no_build=1; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) positional+=("$1"); shift ;;
  esac
done
[ ${#positional[@]} -ge 1 ] && target=${positional[0]}
[ ${#positional[@]} -ge 2 ] && seconds=${positional[1]}
if [ "$target" = all ]; then
  targets=("${ALL_TARGETS[@]}")
elif [[ " ${ALL_TARGETS[*]} " == *" $target "* ]]; then
  targets=("$target")
else
  echo "fuzz.sh: unknown target '$target' (known: ${ALL_TARGETS[*]})" >&2
  exit 2
fi
if [ -n "$feeds" ] && [ ! -d "$feeds" ]; then
  echo "fuzz.sh: --feeds $feeds is not a folder" >&2
  exit 2
fi

BUILD_DIR=${BUILD_DIR:-build-fuzz}
launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
if [ "$no_build" = 0 ]; then
  CC=${CC:-clang-14} CXX=${CXX:-clang++-14} cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "${launcher[@]}" -DSIGNPOST_FUZZ=ON -DSIGNPOST_SANITIZE=ON -DSIGNPOST_WERROR=ON \
    -DSIGNPOST_BUILD_TESTS=OFF -DSIGNPOST_BUILD_BENCH=OFF >/dev/null
  nice -n "$niceness" cmake --build "$BUILD_DIR" -j"${FUZZ_JOBS:-2}" \
    --target $(printf 'fuzz_%s ' "${targets[@]}")
fi
[ "$build_only" = 1 ] && exit 0

# Seeds: which files suit which target.
seed_files() {
  local t=$1
  case "$t" in
    native_feed) find tests/data/feed tests/data/app tests/data/net assets -name '*.json' ;;
    frab_json) find tests/data/import -name '*.json' ;;
    pentabarf_xml) find tests/data/import -name '*.xml' ;;
    icalendar) find tests/data/import -name '*.ics' ;;
    config) find config tests/data/config -name '*.json' ;;
    live) find fuzz/seeds/live -name '*.json' ;;
    layout) find tests/data/feed tests/data/app -name '*feed*.json' ;;
  esac
  if [ -n "$feeds" ]; then
    case "$t" in
      native_feed|frab_json) find "$feeds" -name '*.json' ;;
      pentabarf_xml) find "$feeds" -name '*.xml' ;;
      icalendar) find "$feeds" -name '*.ics' ;;
      layout) find "$feeds" -name '*.json' -size -64k ;;
    esac
  fi
}

status=0
for t in "${targets[@]}"; do
  corpus="$BUILD_DIR/corpus/$t"
  findings="$BUILD_DIR/findings/$t"
  mkdir -p "$corpus" "$findings"
  while IFS= read -r f; do
    name=seed-$(basename "$f")
    if [ "$t" = layout ]; then
      # Five leading bytes: the screen size and the instant (fuzz/layout_fuzz.cpp).
      { printf '\001\000\000\000\000'; cat "$f"; } >"$corpus/$name"
    elif [ "$t" = live ]; then
      # Two leading bytes: the instant, here the test venue's 10:00 (fuzz/live_fuzz.cpp).
      { printf '\000\200'; cat "$f"; } >"$corpus/$name"
    else
      cp "$f" "$corpus/$name"
    fi
  done < <(seed_files "$t")
  # slow-unit-* files are inputs that took long (libFuzzer's -report_slow_units,
  # wall time: on a loaded machine at nice 19 mostly waiting for a core); they
  # are named, not counted as findings. A hang is a timeout-* (FUZZ_TIMEOUT).
  before=$(find "$findings" -type f ! -name 'slow-unit-*' | wc -l)
  echo "== $t: ${seconds}s, corpus $(find "$corpus" -type f | wc -l) files" >&2
  log="$BUILD_DIR/findings/$t.log"
  set +e
  nice -n "$niceness" "$BUILD_DIR/fuzz/fuzz_$t" "$corpus" -max_total_time="$seconds" \
    -max_len="${FUZZ_MAX_LEN:-131072}" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 \
    -artifact_prefix="$findings/" -print_final_stats=1 2>"$log"
  rc=$?
  set -e
  after=$(find "$findings" -type f ! -name 'slow-unit-*' | wc -l)
  find "$findings" -type f -name 'slow-unit-*' -printf "== $t: slow input (not a finding): %p\n" >&2 || true
  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$log" | sed "s/^/$t /" >&2 || true
  if [ $rc -ne 0 ] || [ "$after" -gt "$before" ]; then
    echo "== $t: FINDING (exit $rc); see $log and $findings" >&2
    grep -m3 -E 'ERROR: |runtime error|finding:' "$log" >&2 || true
    status=1
  else
    echo "== $t: no finding" >&2
  fi
done
exit $status
