#!/usr/bin/env bash
# CPack builds a .deb that holds the binary, the unit, the data and the example
# config, and depends on a Korean-capable font.
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -B "$out" >/dev/null)
deb=$(ls "$out"/signpost_*.deb)
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/signpost ./usr/lib/systemd/system/signpost@.service ./etc/signpost/example.json \
         ./usr/share/signpost/fonts/manifest.txt ./usr/share/signpost/schema/location.schema.json; do
  grep -qx "$f" <<<"$contents" || { echo "missing in package: $f"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
grep -q 'fonts-noto-cjk' <<<"$depends" || { echo "no Korean font in Depends: $depends"; exit 1; }
grep -q 'libsdl2-ttf' <<<"$depends" || { echo "no SDL2_ttf in Depends: $depends"; exit 1; }
dpkg-deb -f "$deb" Conffiles >/dev/null 2>&1 || true
echo "$(basename "$deb"): $(wc -l <<<"$contents") entries"
