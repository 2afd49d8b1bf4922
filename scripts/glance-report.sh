#!/usr/bin/env bash
# How long a visitor waits for their room: for the demo and for every feed in a
# folder, at 1920x1080, 1280x720 and 1080x1920, the default pages measured on
# --dump: screens, cycle seconds, rooms per now/next screen (min, median),
# active rooms named on a non-directory screen, and rooms on a directory screen.
#
#   scripts/glance-report.sh [--feeds DIR] [--build DIR] [--pages JSON] [--synthetic]
#
# --feeds DIR   every *.json, *.xml and *.ics under DIR (a file the reader
#               rejects is listed as such); FOSDEM feeds get the venue map of
#               docs/importers.md, the others none.
# --pages JSON  a "pages" array for the feeds' configs (default: none, i.e. the
#               program's default pages); the demo keeps its own configs.
# --synthetic   also generated native feeds standing in for venues of real
#               size: 73 rooms in four buildings and 98 rooms in one, in one
#               language (the demo's English titles), as such schedules are.
#               Each comes twice: sessions staggered by a quarter hour between
#               rooms ("Room 101"), and, as a summit's or a congress's schedule
#               runs, every room in the same slots with names that carry their
#               building and floor ("CCIB - P1 - Room 101"): at its busiest
#               moment every room has a session on now and one next.
#               And a third 98-room venue named as a congress's feed names it:
#               five halls, ten lecture and workshop rooms and 83 rooms of
#               assemblies ("Assembly:Chaos West"), no floors, every room at
#               its own times (a fixed pseudo-random plan).
#
# Each feed is measured at its busiest moment: ten minutes after the start
# time most sessions share (the demo at 2016-10-26 11:40, as in docs/display.md).
# "Active" rooms have a session running or one starting within 60 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
FEEDS=""
BUILD=build
PAGES=""
SYNTHETIC=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --feeds) FEEDS=$2; shift 2 ;;
    --build) BUILD=$2; shift 2 ;;
    --pages) PAGES=$2; shift 2 ;;
    --synthetic) SYNTHETIC=1; shift ;;
    *) echo "usage: $0 [--feeds DIR] [--build DIR] [--pages JSON] [--synthetic]" >&2; exit 2 ;;
  esac
done
BIN="$BUILD/src/signpost"
[[ -x "$BIN" ]] || { echo "$BIN not built (scripts/build.sh)" >&2; exit 2; }
# GLANCE_REPORT_KEEP=DIR keeps the generated feeds and configs there (to look
# at their pages with --snapshot-all).
if [[ -n "${GLANCE_REPORT_KEEP:-}" ]]; then
  WORK=$GLANCE_REPORT_KEEP
  mkdir -p "$WORK"
else
  WORK=$(mktemp -d)
  trap 'rm -rf "$WORK"' EXIT
fi
export SDL_VIDEODRIVER=offscreen

python3 - "$BIN" "$WORK" "$FEEDS" "$PAGES" "$SYNTHETIC" <<'PY'
import collections, datetime as dt, json, os, re, statistics, subprocess, sys
from zoneinfo import ZoneInfo

BIN, WORK, FEEDS, PAGES, SYNTHETIC = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5] == "1"
SIZES = ["1920x1080", "1280x720", "1080x1920"]
LOOK_AHEAD = dt.timedelta(minutes=60)

# docs/importers.md's venue map for FOSDEM (its rooms carry their building in
# their names), as the FOSDEM tests keep it.
with open("tests/data/app/fosdem-venue.json", encoding="utf-8") as f:
    FOSDEM_MAP = json.load(f)["venue_map"]


def dump(config, at, size):
    r = subprocess.run([BIN, "--config", config, "--offline", "--dump", "--at", at, "--size", size],
                       capture_output=True, text=True)
    if r.returncode != 0 or not r.stdout.strip():
        return None
    return json.loads(r.stdout)


def feed_config(path, building):
    cfg = {"id": "glance-report", "location": {"name": "Entrance", "building": building},
           "feed": {"source": os.path.abspath(path)}, "cache_dir": os.path.join(WORK, "cache")}
    if "fosdem" in os.path.basename(path).lower():
        cfg["venue_map"] = FOSDEM_MAP
    if PAGES:
        cfg["pages"] = json.loads(PAGES)
    out = os.path.join(WORK, re.sub(r"[^A-Za-z0-9.]", "_", path) + ".config.json")
    with open(out, "w") as f:
        json.dump(cfg, f)
    return out


def busiest(path, zone):
    """Ten minutes after the start time most sessions share, ISO with offset."""
    text = open(path, encoding="utf-8", errors="replace").read()
    tz = ZoneInfo(zone) if zone else dt.timezone.utc
    starts = []
    for m in re.finditer(r'(?:"(?:date|start)"\s*:\s*"|<date>)(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?)([+-]\d\d:\d\d|Z)?', text):
        t = dt.datetime.fromisoformat(m.group(1))
        off = m.group(2)
        t = t.replace(tzinfo=dt.timezone.utc) if off == "Z" else (
            t.replace(tzinfo=dt.datetime.strptime(off.replace(":", ""), "%z").tzinfo) if off else t.replace(tzinfo=tz))
        starts.append(t)
    for m in re.finditer(r"DTSTART(?:;TZID=([^;:]+))?(?:;[^:]*)?:(\d{8}T\d{6})(Z?)", text):
        t = dt.datetime.strptime(m.group(2), "%Y%m%dT%H%M%S")
        zi = dt.timezone.utc if m.group(3) else (ZoneInfo(m.group(1)) if m.group(1) else tz)
        starts.append(t.replace(tzinfo=zi))
    if not starts:  # old Pentabarf: <day date=...> then <start>HH:MM</start>, local time
        day = None
        for m in re.finditer(r'<day[^>]*date="(\d{4}-\d\d-\d\d)"|<start>(\d\d?:\d\d)</start>', text):
            if m.group(1):
                day = m.group(1)
            elif day:
                h, mi = m.group(2).split(":")
                starts.append(dt.datetime.fromisoformat(f"{day}T{int(h):02d}:{mi}").replace(tzinfo=tz))
    if not starts:
        return None
    common = collections.Counter(s.astimezone(dt.timezone.utc) for s in starts).most_common()
    best = max(c for _, c in common)
    first = min(t for t, c in common if c == best)
    return (first + dt.timedelta(minutes=10)).astimezone(tz).isoformat()


def measure(d):
    at = dt.datetime.fromisoformat(d["at"])
    pages = d["pages"]
    cycle = d.get("cycle_seconds", sum(p["dwell_seconds"] for p in pages))
    per_screen, named, on_directory = [], set(), set()
    identity = any("room" in i for p in pages for i in p["items"])
    for p in pages:
        rooms = {i["room"] for i in p["items"] if "room" in i} if identity else None
        if p["kind"] == "now_next":
            per_screen.append(len(rooms) if identity else
                              sum(1 for i in p["items"] if i["role"] == "row-rule"))
        if identity:
            (on_directory if p["kind"] == "directory" else named).update(rooms)
    active = set()
    for rid, nn in (d.get("rooms") or {}).items():
        nxt = nn.get("next_start")
        if nn.get("now") or (nxt and dt.datetime.fromisoformat(nxt) - at <= LOOK_AHEAD):
            active.add(rid)
    all_rooms = set((d.get("rooms") or {}).keys())
    return {
        "screens": len(pages),
        "kinds": " + ".join(f"{n} {k.replace('_', '/')}" for k, n in collections.Counter(p["kind"] for p in pages).items()),
        "cycle": cycle,
        "short": min((p["dwell_seconds"] for p in pages), default=0),
        "nn": f"{min(per_screen)}/{statistics.median(per_screen):g}" if per_screen else "-",
        "active": f"{len(active & named)}/{len(active)}" if identity else "n/a",
        "directory": f"{len(all_rooms & on_directory)}/{len(all_rooms)}" if identity else "n/a",
        "rooms": len(all_rooms),
    }


def row(name, config, at):
    for size in SIZES:
        if config is None:
            return
        cfg = config[size] if isinstance(config, dict) else config
        d = dump(cfg, at, size)
        if d is None:
            print(f"| {name} | {size} | rejected by the reader | | | | | |")
            return
        m = measure(d)
        print(f"| {name} ({m['rooms']} rooms) | {size} | {m['screens']} ({m['kinds']}) | {m['cycle']} | {m['short']} "
              f"| {m['nn']} | {m['active']} | {m['directory']} |")
        sys.stdout.flush()


def demo_titles():
    """One language, as the real schedules of those sizes are: the demo's English titles."""
    demo = json.load(open("assets/demo-feed.json", encoding="utf-8"))
    return [s["title"]["en"] for s in demo["sessions"]]


def synthetic(rooms_per_building, name, one_slot=False):
    titles = demo_titles()
    buildings, sessions = [], []
    day = dt.datetime(2016, 10, 26, 9, 0, tzinfo=ZoneInfo("Europe/Madrid"))
    n = 0
    for b, count in enumerate(rooms_per_building):
        rooms = []
        for r in range(count):
            rid = f"b{b}-r{r}"
            room = f"Room {100 * (r % 4 + 1) + r}"
            if one_slot:
                room = f"B{b + 1} - P{r % 4 + 1} - {room}"
            rooms.append({"id": rid, "name": room, "floor": str(r % 4 + 1)})
            for k in range(8):
                stagger = 0 if one_slot else 15 * ((r + b) % 3)
                start = day + dt.timedelta(minutes=60 * k + stagger)
                sessions.append({"id": f"s{n}", "room": rid, "start": start.isoformat(),
                                 "end": (start + dt.timedelta(minutes=45)).isoformat(),
                                 "title": titles[n % len(titles)], "kind": "talk"})
                n += 1
        buildings.append({"id": f"b{b}", "name": f"Building {b + 1}",
                          "floors": ["1", "2", "3", "4"], "rooms": rooms})
    feed = {"version": 1, "venue": {"name": name, "timezone": "Europe/Madrid", "buildings": buildings},
            "sessions": sessions}
    path = os.path.join(WORK, name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(feed, f, ensure_ascii=False)
    return path


# Assembly names of the length real ones have (8 to 34 characters).
ASSEMBLIES = """Chaos West|Jugend hackt|Komona Aquatic Nest|Hardware Hacking Area|Sendezentrum|WikipakaWG
CCC Hamburg|Milliways Workshop|Haecksen|Freifunk|FSFE|Food Hacking Base|Chaos Computer Club Berlin
c-base|Bits und Baeume|Datenpunks|Fairydust|Critical Decentralisation Cluster|Tor Relay Operators
Open Infrastructure Orbit|Kidspace|Queer Feminist Geeks|Anarchist Village|Curry Club Augsburg|Lounge
Hackerspace Bremen|Wau Holland Stiftung|Digitalcourage|Chaospatinnen|Tuebix|Leipzig Metalab
Mediengruppe Bitnik|Noisy Square|Sonnendeck|Hacker Hotel|OpenLab Augsburg|Chaos Darmstadt
Zentrum fuer politische Schoenheit|Retro Computing Cluster|Science Hack|Ham Radio|Lockpicking Village
Lightning Talks Corner|Schnittmengen|Robot Lab|Pixelflut|Nerd Nest|Kreativ Ecke|Art and Play
Junghackertag|Foerderverein freie Netze|Shackspace|Entropia|Muccc|Netzbiotop|Chaos Siegen|Stratum 0
Toppoint|Warpzone|Das Labor|Raumzeitlabor|Fablab Munich|Hacklabor|Subraum|Chaostreff Flensburg
Attraktor|Backspace|Binary Kitchen|Bytewerk|Chaos inKL|CoderDojo|Dezentrale|Flipdot|Hackzogtum|Hasi
Kraut Space|Maschinendeck|Nobody's Place|Realraum|Sektor Sieben|Technikkultur|Void|Zwiebelfreunde""".replace("\n", "|").split("|")


def congress(name):
    import random
    plan = random.Random(7)  # the same venue on every run
    titles = demo_titles()
    names = (["Adams", "Borg", "Clarke", "Dijkstra", "Eliza"]
             + [f"Lecture room M{i}" for i in (1, 2, 3)] + ["Seminar room 13", "Seminar room 14-15"]
             + [f"Workshop room {w}" for w in ("A.1", "A.2", "B")] + ["Chaos West Stage", "Sendezentrum Stage"]
             + ["Assembly:" + a for a in ASSEMBLIES])[:98]
    day = dt.datetime(2018, 12, 28, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    rooms, sessions = [], []
    for i, room in enumerate(names):
        rooms.append({"id": f"r{i}", "name": room})
        t = 30 * plan.randrange(5)
        while t < 10 * 60:
            length = 60 if i < 5 else plan.choice([30, 45, 60, 90, 120])
            if i < 5 or plan.random() < 0.75:
                start = day + dt.timedelta(minutes=t)
                sessions.append({"id": f"s{len(sessions)}", "room": f"r{i}", "start": start.isoformat(),
                                 "end": (start + dt.timedelta(minutes=length)).isoformat(),
                                 "title": titles[len(sessions) % len(titles)], "kind": "talk"})
            t += length + plan.choice([0, 15, 30])
    feed = {"version": 1, "venue": {"name": name, "timezone": "Europe/Berlin",
                                    "buildings": [{"id": "b0", "name": "Congress Center", "rooms": rooms}]},
            "sessions": sessions}
    path = os.path.join(WORK, name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(feed, f, ensure_ascii=False)
    return path


print("| feed | size | screens | cycle s | shortest s | rooms per now/next screen (min/median) "
      "| active rooms named | rooms on the directory |")
print("| --- | --- | --- | --- | --- | --- | --- | --- |")
demo = {"1920x1080": "config/demo.json", "1280x720": "config/demo.json", "1080x1920": "config/demo-portrait.json"}
row("demo", demo, "2016-10-26T11:40:00+02:00")

feeds = []
if SYNTHETIC:
    feeds += [(synthetic([25, 20, 18, 10], "synthetic-73-rooms-4-buildings"), "b0"),
              (synthetic([98], "synthetic-98-rooms-1-building"), "b0"),
              (synthetic([25, 20, 18, 10], "synthetic-73-rooms-4-buildings-one-slot", True), "b0"),
              (synthetic([98], "synthetic-98-rooms-1-building-one-slot", True), "b0"),
              (congress("synthetic-98-rooms-congress-names"), "b0")]
if FEEDS:
    for root, _, files in sorted(os.walk(FEEDS)):
        for f in sorted(files):
            if f.endswith((".json", ".xml", ".ics")) and "schema" not in root and not f.endswith(".xsd"):
                feeds.append((os.path.join(root, f), "main"))
for path, building in feeds:
    cfg = feed_config(path, building)
    probe = dump(cfg, "2020-01-01T12:00:00+00:00", "1920x1080")
    label = os.path.relpath(path, FEEDS) if FEEDS and path.startswith(FEEDS) else os.path.basename(path)
    if probe is None:
        print(f"| {label} | | rejected by the reader | | | | | |")
        continue
    at = busiest(path, probe.get("timezone"))
    if at is None:
        print(f"| {label} | | no session times found | | | | | |")
        continue
    row(f"{label} at {at[:16]}", cfg, at)
PY
