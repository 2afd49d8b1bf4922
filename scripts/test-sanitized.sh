#!/usr/bin/env bash
# The whole suite a second time, every target built with ASan + UBSan
# (SIGNPOST_SANITIZE=ON) into a folder of its own ($BUILD_DIR, default
# build-sanitize). Nothing recovers: the first report ends the process, so the
# test that caused it fails. LeakSanitizer checks every process at its exit;
# tests/sanitize/lsan.supp holds the only exceptions (leaks inside third-party
# libraries, each explained). The options reach the programs the tests start.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
export BUILD_DIR=${BUILD_DIR:-build-sanitize}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:check_initialization_order=1:strict_init_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/sanitize/lsan.supp:print_suppressions=0}
scripts/build.sh -DSIGNPOST_WERROR=ON -DSIGNPOST_SANITIZE=ON -DSIGNPOST_BUILD_BENCH=OFF
ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$(nproc)" --timeout 600
