#!/usr/bin/env python3
"""Writes assets/demo-feed.json: Signpost's demo venue in the native feed format v1.

The venue is modelled on the OpenStack Summit Barcelona 2016 (25-28 October 2016,
Europe/Madrid, the CCIB and its neighbours). Titles, tracks and the slot grid follow
that summit; speakers and the exact programme are invented. The output is
deterministic (fixed seed, no network, standard library only), and the script
refuses to write a feed that breaks the checks at the bottom.

    python3 scripts/make_demo_feed.py [--output PATH]
"""
import argparse
import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

from demo_feed_data import (
    TUE,
    WED,
    THU,
    FRI,
    DAYS,
    KINDS,
    at,
    text,
    BUILDINGS,
    SPEAKERS,
    KOREAN_SPEAKERS,
    LONG_TITLE,
    TALKS,
    PROJECTS,
    CROSS_PROJECT,
    OPS_MEETUP,
    DEMOS,
    LABS,
    LAB_ABSTRACT,
    WORKSHOPS,
    SIG_MEETINGS,
    SIG_ABSTRACT,
    OCI_ABSTRACT,
    SLOTS,
    P1,
    HOTEL4,
    TALK_ROOMS,
    DESIGN_ROOMS,
    BOF_ROOM,
    BOF_DAY,
    BOF_SKIPPED_SLOT,
    EMPTY_ROOM,
    EMPTY_DAY,
)


class Programme:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.sessions = []

    def people(self, fixed=None, most=2):
        if fixed:
            return list(fixed)
        return self.rng.sample(SPEAKERS, self.rng.choice([1, 1, 1, 2, 2, most]))

    def add(self, room, day, start, end, en, ko, kind, track=None, speakers=None, **extra):
        session = {"room": room, "start": at(day, start), "end": at(day, end), "title": text(en, ko)}
        if speakers:
            session["speakers"] = speakers
        if track:
            session["track"] = track
        session["kind"] = kind
        session["language"] = extra.pop("language", "en")
        session.update(extra)
        self.sessions.append(session)
        return session


def plus40(hhmm):
    t = at(TUE, hhmm) + timedelta(minutes=40)
    return t.strftime("%H:%M")


def design_queue():
    """Fishbowls first (they fill Wednesday), then work sessions, one topic per project per round."""
    queue = [("%s: Ocata priorities (fishbowl)" % en, "%s: Ocata 우선순위 논의 (피시볼)" % ko) for en, ko, _ in PROJECTS]
    for round_ in range(max(len(topics) for _, _, topics in PROJECTS)):
        for en, ko, topics in PROJECTS:
            if round_ < len(topics):
                queue.append(("%s work session: %s" % (en, topics[round_][0]), "%s 작업 세션: %s" % (ko, topics[round_][1])))
    return queue


def add_breakouts(p):
    talks, design = list(TALKS), design_queue()
    for day in (TUE, WED, THU, FRI):
        for start in SLOTS[day]:
            for room in TALK_ROOMS.get(day, []):
                if (room, day, start) == (BOF_ROOM, BOF_DAY, BOF_SKIPPED_SLOT):
                    continue
                en, ko, track, *fixed = talks.pop(0)
                extra = {"abstract": OCI_ABSTRACT} if en.startswith("OCI, CNCF") else {}
                p.add(room, day, start, plus40(start), en, ko, "talk", track, p.people(*fixed), **extra)
            for room in DESIGN_ROOMS.get(day, []):
                en, ko = design.pop(0)
                p.add(room, day, start, plus40(start), en, ko, "workshop", "Design Summit", p.people(most=1))
    if talks or design:
        sys.exit("make_demo_feed: %d talks and %d design sessions left without a slot" % (len(talks), len(design)))
    p.add(BOF_ROOM, BOF_DAY, "15:35", "16:35", "Birds of a feather: OpenStack for small businesses",
          "BoF: 소규모 기업을 위한 OpenStack", "talk", "Community", p.people())
    for i, (en, ko) in enumerate(CROSS_PROJECT):
        p.add(P1[6 + i % 2], TUE, SLOTS[TUE][2 + i // 2], plus40(SLOTS[TUE][2 + i // 2]), "Cross-project: " + en,
              "프로젝트 공통: " + ko, "workshop", "Design Summit", p.people(most=1))
    for i, (en, ko) in enumerate(OPS_MEETUP):
        day, room, start = (TUE, ("hotel-b1-gaudi", "hotel-b1-miro")[i % 2], SLOTS[TUE][i // 2]) if i < 12 \
            else (WED, "hotel-b1-gaudi", SLOTS[WED][i - 12])
        p.add(room, day, start, plus40(start), "Ops meetup: " + en, "운영자 모임: " + ko, "workshop", "Ops Meetup",
              p.people(most=1))
    # Friday: half-day contributors meetups, mornings and afternoons.
    rooms_am, rooms_pm = HOTEL4 + P1[:4] + P1[6:8], HOTEL4 + P1[:6]
    for i, (en, ko, _) in enumerate(PROJECTS[:len(rooms_am) + len(rooms_pm)]):
        room, start, end = (rooms_am[i], "09:00", "12:30") if i < len(rooms_am) else (rooms_pm[i - len(rooms_am)], "14:00", "17:30")
        p.add(room, FRI, start, end, "%s contributors meetup" % en, "%s 기여자 모임" % ko, "workshop", "Design Summit", p.people(most=1))


def add_keynotes_and_days(p):
    keynotes = {
        TUE: [("09:00", "09:15", "Welcome to Barcelona: the state of OpenStack", "바르셀로나에 오신 것을 환영합니다: OpenStack 현황"),
              ("09:15", "09:35", "The user survey: who runs OpenStack, and how", "사용자 설문 결과: 누가 OpenStack을 어떻게 운영하는가"),
              ("09:35", "09:55", "Newton: a release built by 2,500 contributors", "Newton: 2,500명의 기여자가 만든 릴리스"),
              ("09:55", "10:15", "OpenStack in telecom: a live NFV demo", "통신 분야의 OpenStack: NFV 라이브 데모"),
              ("10:15", "10:35", "The interoperability challenge: one workload, sixteen clouds", "상호운용성 챌린지: 하나의 워크로드, 16개의 클라우드"),
              ("10:35", "11:00", "Superuser Awards", "Superuser 어워드")],
        WED: [("09:00", "09:20", "Containers, VMs and bare metal: one cloud", "컨테이너, VM, 베어메탈: 하나의 클라우드"),
              ("09:20", "09:40", "Research clouds: science on OpenStack", "연구용 클라우드: OpenStack 위의 과학"),
              ("09:40", "10:00", "The road to Ocata and beyond", "Ocata와 그 너머로 가는 길"),
              ("10:00", "10:20", "Enterprise clouds in production: a panel", "운영 중인 엔터프라이즈 클라우드: 패널 토론"),
              ("10:20", "10:45", "The next five years of open infrastructure", "오픈 인프라의 다음 5년")],
    }
    for day, items in keynotes.items():
        for start, end, en, ko in items:
            p.add("auditorium-main-hall", day, start, end, en, ko, "keynote", "Keynotes", p.people(most=3))
        last = items[-1][1]
        p.add("auditorium-hall-2", day, "09:00", last, "Keynotes: live stream (overflow seating)", "기조연설 생중계 (추가 좌석)",
              "keynote", "Keynotes")
        p.add("auditorium-foyer", day, "07:30", "09:00", "Breakfast", "아침 식사", "break")
    # Open Source Days run all day in Hall 2, straight through lunch.
    p.add("auditorium-hall-2", TUE, "11:25", "16:35", "Open Source Days: OPNFV", "오픈소스 데이: OPNFV", "talk", "Open Source Days", p.people(most=3))
    p.add("auditorium-hall-2", WED, "11:25", "17:45", "Open Source Days: Ceph", "오픈소스 데이: Ceph", "talk", "Open Source Days", p.people(most=3))
    p.add("auditorium-hall-2", THU, "09:50", "16:10", "Open Source Days: Kubernetes", "오픈소스 데이: Kubernetes", "talk", "Open Source Days", p.people(most=3))
    p.add("auditorium-hall-2", FRI, "17:30", "18:00", "Ocata design summit: feedback session", "Ocata 디자인 서밋 피드백 세션", "talk", "Design Summit", p.people(most=1))
    p.add("auditorium-foyer", WED, "19:30", "23:30", "OpenStack Summit party", "OpenStack 서밋 파티", "social")
    for day in (TUE, WED):
        p.add("ccib-p2-room-215", day, "11:25", "17:45", "OpenStack Upstream Institute, day %d" % (day - TUE + 1),
              "OpenStack Upstream Institute %d일차" % (day - TUE + 1), "workshop", "Upstream Development", p.people(most=3), rsvp=True)


def add_marketplace_and_breaks(p):
    expo = {TUE: ("10:45", "18:35"), WED: ("10:45", "18:35"), THU: ("10:30", "16:00")}
    for day, (start, end) in expo.items():
        p.add("ccib-p0-marketplace", day, start, end, "Marketplace open", "마켓플레이스 운영", "expo", "Marketplace")
    p.add("ccib-p0-marketplace", TUE, "18:35", "20:00", "Marketplace booth crawl", "마켓플레이스 부스 투어", "social", "Marketplace")
    demo_times = {TUE: ["12:15", "12:35", "13:15", "13:35", "13:55"], WED: ["12:15", "12:35", "13:15", "13:35", "13:55"],
                  THU: ["12:30", "12:50", "13:10", "13:30"]}
    demos = list(DEMOS)
    for day, times in demo_times.items():
        for start in times:  # 20-minute demos, back to back
            en, ko = demos.pop(0)
            end = (at(day, start) + timedelta(minutes=20)).strftime("%H:%M")
            p.add("ccib-p0-marketplace-theater", day, start, end, "Demo: " + en, "데모: " + ko, "talk", "Marketplace", p.people(most=1))
    meals = {TUE: [("11:00", "11:25", "c"), ("12:55", "14:15", "l"), ("16:35", "17:05", "c")],
             WED: [("10:45", "11:25", "c"), ("12:55", "14:15", "l"), ("16:35", "17:05", "c")],
             THU: [("07:30", "09:00", "b"), ("10:30", "11:00", "c"), ("12:30", "13:50", "l"), ("16:10", "16:40", "c")],
             FRI: [("07:30", "09:00", "b"), ("10:30", "11:00", "c"), ("12:30", "14:00", "l"), ("15:30", "16:00", "c")]}
    names = {"b": ("Breakfast", "아침 식사"), "c": ("Coffee break", "커피 브레이크"), "l": ("Lunch", "점심 식사")}
    for day, items in meals.items():
        for start, end, what in items:
            p.add("ccib-p0-hall-c", day, start, end, *names[what], "break")


def add_labs_workshops_and_meetings(p):
    labs = [("ccib-p2-room-211", TUE, "11:25", "12:55", "neutron"), ("ccib-p2-room-211", TUE, "14:15", "15:45", "heat"),
            ("ccib-p2-room-211", TUE, "15:55", "17:25", "magnum"), ("ccib-p2-room-212", TUE, "14:15", "15:45", "ceph"),
            ("ccib-p2-room-212", TUE, "15:55", "17:25", "federation"), ("ccib-p2-room-211", WED, "11:25", "12:55", "kolla"),
            ("ccib-p2-room-211", WED, "14:15", "15:45", "kuryr"), ("ccib-p2-room-211", WED, "15:55", "17:25", "ansible"),
            ("ccib-p2-room-212", WED, "11:25", "12:55", "swift"), ("ccib-p2-room-212", WED, "14:15", "15:45", "nova"),
            ("ccib-p2-room-211", THU, "09:00", "10:30", "ironic"), ("ccib-p2-room-211", THU, "11:00", "12:30", "murano"),
            ("ccib-p2-room-211", THU, "13:50", "15:20", "kuryr"), ("ccib-p2-room-211", THU, "15:20", "16:50", "magnum"),
            ("ccib-p2-room-212", THU, "11:00", "12:30", "heat"), ("ccib-p2-room-212", THU, "13:50", "15:20", "neutron")]
    seen = set()
    for room, day, start, end, key in labs:
        en, ko = LABS[key]
        if key in seen:
            en, ko = en + " (repeat)", ko + " (2회차)"
        extra = {"status": "full", "rsvp": True} if (key, day) == ("kuryr", WED) else {"rsvp": True}
        p.add(room, day, start, end, en, ko, "lab", "Hands-on Workshops", p.people(), abstract=LAB_ABSTRACT, **extra)
        seen.add(key)
    times = [("ccib-p2-room-213", TUE, "11:25", "12:55"), ("ccib-p2-room-214", TUE, "11:25", "12:55"),
             ("ccib-p2-room-213", TUE, "14:15", "15:45"), ("ccib-p2-room-214", TUE, "14:15", "15:45"),
             ("ccib-p2-room-213", WED, "11:25", "12:55"), ("ccib-p2-room-214", WED, "11:25", "12:55"),
             ("ccib-p2-room-213", WED, "14:15", "15:45"), ("ccib-p2-room-214", WED, "14:15", "15:45"),
             ("ccib-p2-room-213", THU, "09:00", "10:30"), ("ccib-p2-room-213", THU, "11:00", "12:30"),
             ("ccib-p2-room-214", THU, "13:50", "15:20"), ("ccib-p2-room-214", THU, "15:30", "17:00")]
    for (room, day, start, end), (en, ko) in zip(times, WORKSHOPS, strict=True):
        p.add(room, day, start, end, en, ko, "workshop", "Hands-on Workshops", p.people())
    for day, start, end, en, ko in SIG_MEETINGS:
        extra = {"abstract": SIG_ABSTRACT} if en.startswith("Kubernetes") else {}
        p.add("ccib-p1-room-131", day, start, end, en, ko, "sig", "Working Groups", p.people(most=1), **extra)
    p.add("hotel-1-collserola", TUE, "17:05", "17:45", "Technical Committee: open meeting", "기술 위원회 공개 회의", "sig", "Governance", p.people(most=1))
    p.add("hotel-1-collserola", THU, "13:50", "14:30", "User Committee: open meeting", "사용자 위원회 공개 회의", "sig", "Governance", p.people(most=1))
    lounge = "ccib-p2-room-221"
    p.add(lounge, TUE, "07:45", "08:45", "Speed mentoring breakfast", "스피드 멘토링 조찬", "social", "Community")
    p.add(lounge, TUE, "12:55", "14:15", "Women of OpenStack networking lunch", "Women of OpenStack 네트워킹 점심", "social", "Community")
    p.add(lounge, TUE, "18:00", "19:00", "OpenStack Korea User Group meetup", "한국 OpenStack 사용자 모임", "social", "Community",
          KOREAN_SPEAKERS[4:], language="ko")
    p.add(lounge, WED, "12:55", "14:15", "Diversity lunch: open to all", "다양성 점심 모임: 누구나 참여 가능", "social", "Community")
    p.add(lounge, WED, "17:05", "17:45", "OpenStack ambassadors meeting", "OpenStack 앰배서더 회의", "sig", "Community", p.people(most=1))
    p.add(lounge, THU, "12:30", "13:50", "Spanish OpenStack community lunch", "스페인 OpenStack 커뮤니티 점심", "social", "Community",
          ["Núria Soler"], language="es")
    p.add(lounge, THU, "16:40", "17:20", "Upstream Institute mentors' retrospective", "Upstream Institute 멘토 회고", "sig", "Community")


def find(sessions, room, day, start):
    hits = [s for s in sessions if s["room"] == room and s["start"] == at(day, start)]
    if len(hits) != 1:
        sys.exit("make_demo_feed: expected one session in %s at %d %s, found %d" % (room, day, start, len(hits)))
    return hits[0]


def mark_statuses(sessions):
    """The status edge cases: one cancelled, one moved (the Kuryr lab is the `full` one)."""
    cancelled = find(sessions, "ccib-p1-room-112", THU, "11:50")
    cancelled["status"] = "cancelled"
    moved = find(sessions, "ccib-p1-room-113", TUE, "17:55")
    moved["status"], moved["moved_to"] = "moved", "auditorium-hall-2"
    return moved


def announcements(moved):
    title = moved["title"]
    return [
        {"id": "ann-wifi", "level": "info",
         "text": text("Wi-Fi: network \"OpenStack\", no password. Session videos: openstack.org/videos",
                      "무선 인터넷: 네트워크 \"OpenStack\", 비밀번호 없음. 발표 영상: openstack.org/videos"),
         "start": at(TUE, "07:00"), "end": at(FRI, "20:00")},
        {"id": "ann-room-change-113", "level": "warning",
         "text": text("Room change: “%s” (Tuesday 17:55) moves from Room 113 to Hall 2, Auditori Fòrum." % title["en"],
                      "장소 변경: 화요일 17:55 ‘%s’ 세션이 113호에서 포룸 오디토리움 2홀로 옮겨졌습니다." % title["ko"]),
         "start": at(TUE, "08:00"), "end": moved["end"]},
        {"id": "ann-evacuation-drill", "level": "emergency",
         "text": text("Evacuation drill: leave the building now by the emergency exit on your left. Follow the staff. "
                      "Do not use the lifts.",
                      "대피 훈련: 지금 왼쪽 비상구로 건물 밖으로 나가십시오. 직원의 안내를 따르고 엘리베이터는 "
                      "사용하지 마십시오."),
         "start": at(FRI, "15:00"), "end": at(FRI, "15:10"), "direction": "left"},
    ]


def room_order():
    return {room[0]: i for i, room in enumerate(r for _, _, _, rooms in BUILDINGS for r in rooms)}


def build_feed():
    p = Programme(seed=20161025)
    add_keynotes_and_days(p)
    add_marketplace_and_breaks(p)
    add_labs_workshops_and_meetings(p)
    add_breakouts(p)
    moved = mark_statuses(p.sessions)
    order = room_order()
    p.sessions.sort(key=lambda s: (s["start"], order[s["room"]], s["end"]))
    sessions = [{"id": "bcn16-%04d" % (1001 + i), **s} for i, s in enumerate(p.sessions)]
    buildings = [{"id": bid, "name": name, "floors": floors,
                  "rooms": [{"id": rid, "name": text(en, ko), "floor": floor, "capacity": cap}
                            for rid, floor, cap, en, ko in rooms]}
                 for bid, name, floors, rooms in BUILDINGS]
    return {
        "version": 1,
        "venue": {"name": text("OpenStack Summit Barcelona 2016", "OpenStack 서밋 바르셀로나 2016"),
                  "timezone": "Europe/Madrid", "buildings": buildings},
        "sessions": sessions,
        "announcements": announcements(moved),
    }


# ---------------------------------------------------------------- checks
def check(feed):
    """Every rule the demo relies on; returns a list of failures (empty when the feed is good)."""
    bad = []
    rooms = {r["id"]: r for b in feed["venue"]["buildings"] for r in b["rooms"]}
    room_ids = [r["id"] for b in feed["venue"]["buildings"] for r in b["rooms"]]
    sessions = feed["sessions"]
    if len(set(room_ids)) != len(room_ids):
        bad.append("duplicate room ids")
    if len(rooms) < 25:
        bad.append("only %d rooms, want >= 25" % len(rooms))
    if len(sessions) < 300:
        bad.append("only %d sessions, want >= 300" % len(sessions))
    ids = [s["id"] for s in sessions] + [a["id"] for a in feed["announcements"]]
    if len(set(ids)) != len(ids):
        bad.append("duplicate session or announcement ids")
    for s in sessions:
        where = "session %s" % s["id"]
        start, end = datetime.fromisoformat(s["start"]), datetime.fromisoformat(s["end"])
        if s["room"] not in rooms:
            bad.append("%s: unknown room %r" % (where, s["room"]))
        if not end > start:
            bad.append("%s: end %s is not after start %s" % (where, s["end"], s["start"]))
        if start.date().day not in DAYS or start.utcoffset() != timedelta(hours=2) or not s["start"].endswith("+02:00"):
            bad.append("%s: start %s is not a summit day at +02:00" % (where, s["start"]))
        if not (s["title"].get("ko") and s["title"].get("en")):
            bad.append("%s: title needs ko and en" % where)
        if s["kind"] not in KINDS:
            bad.append("%s: unknown kind %r" % (where, s["kind"]))
        if s.get("status", "scheduled") not in ("scheduled", "cancelled", "full", "moved"):
            bad.append("%s: bad status" % where)
        if (s.get("status") == "moved") != ("moved_to" in s) or ("moved_to" in s and s["moved_to"] not in rooms):
            bad.append("%s: status moved goes with moved_to, a known room" % where)
        if s.get("status") == "full" and not s.get("rsvp"):
            bad.append("%s: full without rsvp" % where)
    statuses = [s.get("status") for s in sessions]
    for status in ("cancelled", "full", "moved"):
        if statuses.count(status) != 1:
            bad.append("want exactly one %s session, found %d" % (status, statuses.count(status)))
    bad += check_edge_cases(feed, sessions)
    return bad


def check_edge_cases(feed, sessions):
    bad, by_room = [], {}
    span = [(datetime.fromisoformat(s["start"]), datetime.fromisoformat(s["end"]), s) for s in sessions]
    for start, end, s in span:
        by_room.setdefault(s["room"], []).append((start, end))
    if not any(a[1] > b[0] for runs in by_room.values() for a, b in zip(sorted(runs), sorted(runs)[1:])):
        bad.append("no two sessions overlap in one room")
    if not any(a[1] == b[0] for runs in by_room.values() for a, b in zip(sorted(runs), sorted(runs)[1:])):
        bad.append("no back-to-back sessions")
    used_days = {st.day for st, _ in by_room.get(EMPTY_ROOM, [])}
    if set(DAYS) - used_days != {EMPTY_DAY}:
        bad.append("%s should be empty all of day %d and used on the other days" % (EMPTY_ROOM, EMPTY_DAY))
    lunches = [(st, en) for st, en, s in span if s["kind"] == "break" and s["title"]["en"] == "Lunch"]
    if not any(st < l_start and en > l_end for st, en, s in span if s["kind"] != "break" for l_start, l_end in lunches):
        bad.append("no session spans a lunch break")
    if not any(s["title"]["en"] == LONG_TITLE for s in sessions):
        bad.append("the long title is missing")
    wanted = ["Kuryr", "Kubernetes–OpenStack SIG", "OCI, CNCF"]
    for word in wanted:
        if not any(word in s["title"]["en"] for s in sessions):
            bad.append("no session about %s" % word)
    sig = [s for s in sessions if "Kubernetes–OpenStack SIG" in s["title"]["en"]]
    rooms = {r["id"]: r for b in feed["venue"]["buildings"] for r in b["rooms"]}
    if not sig or rooms[sig[0]["room"]].get("capacity") != 30:
        bad.append("the Kubernetes–OpenStack SIG must meet in the 30-seat room")
    levels = sorted(a["level"] for a in feed["announcements"])
    if levels != ["emergency", "info", "warning"]:
        bad.append("want one info, one warning and one emergency announcement, got %s" % levels)
    return bad


def to_json_ready(value):
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: to_json_ready(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_json_ready(v) for v in value]
    return value


def main():
    default = Path(__file__).resolve().parent.parent / "assets" / "demo-feed.json"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=default, help="where to write (default: %(default)s)")
    args = parser.parse_args()
    serialized = json.dumps(to_json_ready(build_feed()), ensure_ascii=False, indent=2) + "\n"
    feed = json.loads(serialized)  # check what will be written, not the Python objects
    failures = check(feed)
    if failures:
        sys.exit("make_demo_feed: the feed breaks %d rule(s):\n  " % len(failures) + "\n  ".join(failures))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(serialized, encoding="utf-8")
    per_day = {d: sum(1 for s in feed["sessions"] if datetime.fromisoformat(s["start"]).day == d) for d in DAYS}
    rooms = sum(len(b["rooms"]) for b in feed["venue"]["buildings"])
    print("wrote %s: %d rooms, %d sessions (%s), %d announcements" % (
        args.output, rooms, len(feed["sessions"]), ", ".join("Oct %d: %d" % kv for kv in per_day.items()),
        len(feed["announcements"])))


if __name__ == "__main__":
    main()
