#!/usr/bin/env bash
# Installs what is missing, builds the test programs (into the build that
# scripts/demo.sh made, if there is one: same flags, warnings as errors, so
# only the tests are compiled), runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j"$(nproc)" --timeout 300
