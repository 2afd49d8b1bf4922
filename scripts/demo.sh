#!/usr/bin/env bash
# Installs what is missing, builds, and runs the demo (OpenStack Summit
# Barcelona 2016, its clock starting during the summit). With a display it
# opens a window (Esc closes it); without one it renders every page of one
# cycle at 1920x1080, 1280x720 and portrait 1080x1920 into out/demo and prints
# the paths.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh signpost  # the program alone; scripts/test.sh adds the tests to this build
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/src/signpost --config config/demo.json --windowed
fi
echo "No display: writing snapshots of every page to out/demo/" >&2
for size in 1920x1080 1280x720; do
  build/src/signpost --config config/demo.json --offline --size "$size" --snapshot-all out/demo
done
build/src/signpost --config config/demo-portrait.json --offline --snapshot-all out/demo
