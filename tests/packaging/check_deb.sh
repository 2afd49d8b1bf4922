#!/usr/bin/env bash
# CPack builds a .deb that holds the binary, the unit, the data and the example
# config, and depends on a Korean-capable font. Then the package is unpacked
# and run as a board would run it: the unit's ExecStart names the packaged
# binary, which finds its data next to it, accepts the example config and
# draws a page; apt can satisfy its Depends on this machine.
set -euo pipefail
build=$1
source_dir=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -B "$out" >/dev/null)
deb=$(ls "$out"/signpost_*.deb)
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/signpost ./usr/lib/systemd/system/signpost@.service ./etc/signpost/example.json \
         ./usr/lib/sysusers.d/signpost.conf ./usr/share/signpost/fonts/manifest.txt ./usr/share/signpost/schema/location.schema.json; do
  grep -qx "$f" <<<"$contents" || { echo "missing in package: $f"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
grep -q 'fonts-noto-cjk' <<<"$depends" || { echo "no Korean font in Depends: $depends"; exit 1; }
grep -q 'libsdl2-ttf' <<<"$depends" || { echo "no SDL2_ttf in Depends: $depends"; exit 1; }
grep -q 'ca-certificates' <<<"$depends" || { echo "no CA bundle (ca-certificates) in Depends: $depends"; exit 1; }
dpkg-deb -f "$deb" Conffiles >/dev/null 2>&1 || true
echo "$(basename "$deb"): $(wc -l <<<"$contents") entries"

root="$out/root"
dpkg-deb -x "$deb" "$root"
unit="$root/usr/lib/systemd/system/signpost@.service"
exec_path=$(sed -n 's/^ExecStart=\([^ ]*\).*/\1/p' "$unit" | head -n1)
[ -x "$root$exec_path" ] || { echo "ExecStart $exec_path is not in the package"; exit 1; }
# The packaged binary names no folder of the machine it was built on.
if grep -qF "$source_dir" "$root/usr/bin/signpost"; then
  echo "usr/bin/signpost names the build machine's source tree $source_dir"; exit 1
fi
# Every program the unit runs (ExecStart, ExecReload, ...) is in the package or
# in a package it depends on: a minimal root has no procps, so no /bin/kill.
pkg_depends=$(tr ',|' '\n\n' <<<"$depends" | sed 's/^ *//; s/[( ].*//; /^$/d')
for prog in $(sed -n 's/^Exec[A-Za-z]*=[-@:+!]*\([^ ]*\).*/\1/p' "$unit" | sort -u); do
  [ -e "$root$prog" ] && continue
  owner=$(dpkg -S "$prog" 2>/dev/null | head -n1 | cut -d: -f1) ||
    { echo "the unit runs $prog, which neither the package nor this machine has"; exit 1; }
  grep -qx "$owner" <<<"$pkg_depends" ||
    { echo "the unit runs $prog from $owner, which Depends does not name: $depends"; exit 1; }
done
# Every group the unit joins is made by the package's sysusers file (a board
# without udev has no render or input group: the service fails 216/GROUP),
# and postinst runs systemd-sysusers on it.
groups=$(sed -n 's/^SupplementaryGroups=//p' "$unit")
[ -n "$groups" ] || { echo "the unit joins no groups: SupplementaryGroups= expected"; exit 1; }
systemd-sysusers --root="$root" "$root/usr/lib/sysusers.d/signpost.conf"
for g in $groups; do
  grep -q "^$g:" "$root/etc/group" || { echo "group $g of the unit is not made by signpost.conf"; exit 1; }
done
dpkg-deb -e "$deb" "$out/control"
grep -q 'systemd-sysusers signpost.conf' "$out/control/postinst" ||
  { echo "postinst does not run systemd-sysusers"; exit 1; }
for s in postinst prerm postrm; do
  [ -x "$out/control/$s" ] || { echo "maintainer script $s missing or not executable"; exit 1; }
  sh -n "$out/control/$s"
done
# The example config reads the demo feed from /usr/share/signpost: point it
# at the unpacked copy.
sed "s#/usr/share/signpost#$root/usr/share/signpost#g" "$root/etc/signpost/example.json" \
  >"$out/example.json"
"$root$exec_path" --check-config "$out/example.json" >/dev/null ||
  { echo "the packaged binary refuses the example config"; exit 1; }
SDL_VIDEODRIVER=offscreen "$root$exec_path" --config "$out/example.json" \
  --snapshot "$out/page.png" --at 2016-10-26T11:40:00+02:00 >/dev/null 2>"$out/snapshot.log" ||
  { cat "$out/snapshot.log"; echo "the packaged binary could not draw a page"; exit 1; }
file "$out/page.png" | grep -q 'PNG image data, 1920 x 1080' ||
  { echo "no 1920x1080 page from the package: $(file "$out/page.png")"; exit 1; }
if grep -q 'no glyph for' "$out/snapshot.log"; then
  cat "$out/snapshot.log"; echo "missing glyphs with the packaged font manifest"; exit 1
fi
# apt resolves the Depends (simulated; needs the package lists, which the
# install script fetches).
if [ "$(id -u)" = 0 ] && apt-cache policy libsdl2-2.0-0 | grep -q 'Candidate: [0-9]'; then
  apt-get install -s "$deb" >"$out/apt.log" 2>&1 ||
    { cat "$out/apt.log"; echo "apt cannot satisfy the package's Depends"; exit 1; }
fi
echo "$(basename "$deb"): unpacked, example config checked, page drawn"
