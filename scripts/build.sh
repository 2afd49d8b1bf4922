#!/usr/bin/env bash
# Configures and builds Signpost into ./build (or $BUILD_DIR), always with the
# same flags (RelWithDebInfo, warnings as errors), so that scripts/demo.sh and
# scripts/test.sh share one build and neither recompiles what the other built.
# Arguments: -DNAME=VALUE goes to CMake's configure step (a later one wins);
# anything else is a target to build (default: the program and every test
# program; the benchmarks are the target `benches`).
# With ccache installed, compiles go through it (CCACHE_DISABLE=1 to bypass).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
configure=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DSIGNPOST_WERROR=ON)
if command -v ccache >/dev/null 2>&1; then
  configure+=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
targets=()
for arg in "$@"; do
  case $arg in
    -D*) configure+=("$arg") ;;
    *) targets+=(--target "$arg") ;;
  esac
done
cmake -S . -B "$BUILD_DIR" "${configure[@]}" >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)" "${targets[@]}"
