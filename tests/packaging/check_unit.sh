#!/usr/bin/env bash
# systemd-analyze verify must pass and the exposure must be 2.0 or lower.
# The unit names /usr/bin/signpost; verify needs it to exist, so the unit is
# checked as a copy whose ExecStart points at the built binary.
set -euo pipefail
unit=$1 binary=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
sed "s|/usr/bin/signpost|$binary|g" "$unit" > "$dir/signpost@.service"
ln -s "signpost@.service" "$dir/signpost@check.service"
out=$(cd "$dir" && systemd-analyze verify ./signpost@check.service 2>&1) || { echo "$out"; exit 1; }
if [ -n "$out" ]; then echo "systemd-analyze verify complained:"; echo "$out"; exit 1; fi
line=$(cd "$dir" && systemd-analyze security --offline=true --no-pager ./signpost@check.service 2>&1 | grep 'Overall exposure level')
echo "$line"
level=$(echo "$line" | sed -E 's/.*: ([0-9.]+).*/\1/')
awk -v l="$level" 'BEGIN { exit !(l <= 2.0) }' || { echo "exposure $level is above 2.0"; exit 1; }
