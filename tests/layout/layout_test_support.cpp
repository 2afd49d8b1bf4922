#include "layout_test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "layout/sizes.h"
#include "layout/theme.h"
#include "layout/utf8_text.h"

namespace signpost::test {
using namespace layout_detail;

LocalizedText ko_en(std::string ko, std::string en) {
    LocalizedText t;
    t.set("ko", std::move(ko));
    t.set("en", std::move(en));
    return t;
}

Instant seoul(int hour, int minute, int day) {
    // Asia/Seoul is UTC+9 all year.
    return Instant{std::chrono::sys_days{std::chrono::year{2016} / 10 / day}} +
           std::chrono::hours{hour - 9} + std::chrono::minutes{minute};
}

Venue hall_venue(LocalizedText name) {
    Venue venue;
    venue.timezone = "Asia/Seoul";
    Building b;
    b.id = "hall";
    b.name = std::move(name);
    venue.buildings.push_back(std::move(b));
    return venue;
}

Schedule seoul_schedule(Venue venue, std::vector<Session> sessions,
                        std::vector<Announcement> announcements) {
    auto zone = TimeZone::locate("Asia/Seoul");
    return Schedule(std::move(venue), zone ? *zone : TimeZone{}, std::move(sessions),
                    std::move(announcements));
}

size_t add_building(Venue& venue, std::string id, LocalizedText name) {
    Building b;
    b.id = std::move(id);
    b.name = std::move(name);
    venue.buildings.push_back(std::move(b));
    return venue.buildings.size() - 1;
}

size_t add_room(Venue& venue, size_t building, std::string id, LocalizedText name,
                std::string floor) {
    Room r;
    r.id = std::move(id);
    r.name = std::move(name);
    r.floor = std::move(floor);
    r.building = building;
    venue.rooms.push_back(std::move(r));
    venue.buildings[building].rooms.push_back(venue.rooms.size() - 1);
    return venue.rooms.size() - 1;
}

Session session_in(const Venue& venue, size_t room, std::string id, Instant start, Instant end) {
    Session s;
    s.id = std::move(id);
    s.room_id = venue.rooms[room].id;
    s.room = room;
    s.start = start;
    s.end = end;
    return s;
}

Schedule make_schedule(const VenueOptions& options, std::vector<Announcement> announcements) {
    Venue venue;
    venue.name = ko_en("시험 컨벤션 센터", "Test Convention Centre");
    venue.timezone = "Asia/Seoul";
    const auto add_building = [&](std::string id, LocalizedText name) {
        Building b;
        b.id = std::move(id);
        b.name = std::move(name);
        venue.buildings.push_back(std::move(b));
        return venue.buildings.size() - 1;
    };
    const size_t hall = add_building("hall", ko_en("본관", "Main Hall"));
    const size_t annex = add_building("annex", ko_en("별관 컨퍼런스 동", "Conference Annex"));
    const size_t hotel = add_building("hotel", LocalizedText::plain("Hotel Arts"));
    if (options.empty_building) {
        add_building("garden", ko_en("정원", "Garden"));
    }
    const char* floors[] = {"1", "2", "3", "B1", "P1"};
    for (int i = 0; i < options.hall_rooms; ++i) {
        const std::string n = std::to_string(101 + i);
        add_room(venue, hall, "hall-" + n, ko_en(n + "호", "Room " + n), floors[i % 5]);
    }
    for (int i = 0; i < options.annex_rooms; ++i) {
        const std::string n = std::to_string(i + 1);
        add_room(venue, annex, "annex-" + n, ko_en("별관 세미나실 " + n, "Annex seminar room " + n),
                 std::to_string(i % 3 + 1));
    }
    for (int i = 0; i < options.hotel_rooms; ++i) {
        const std::string n = i == 0 ? "Gaudí" : "Miró";
        add_room(venue, hotel, "hotel-" + std::to_string(i), LocalizedText::plain("Sala " + n),
                 "B1");
    }

    std::vector<Session> sessions;
    const char* kinds[] = {"keynote", "talk", "lab", "sig", "workshop"};
    for (size_t r = 0; r < venue.rooms.size(); ++r) {
        if (r == 2) {
            // Empty today; its next session is tomorrow morning.
            Session s = session_in(venue, r, "s-" + std::to_string(r) + "-tomorrow",
                                   seoul(9, 30, 26), seoul(10, 30, 26));
            s.kind = "talk";
            s.title = ko_en("내일 아침 세션", "Tomorrow morning session");
            sessions.push_back(std::move(s));
            continue;
        }
        Session now =
            session_in(venue, r, "s-" + std::to_string(r) + "-a", seoul(9, 0), seoul(10, 30));
        now.kind = kinds[r % 5];
        now.speakers = {"Kim Min-jun", "Ana Martínez", "Oluwaseun Adeyemi-Okonkwo"};
        if (r % 4 == 0) {
            now.title = ko_en(
                "대규모 분산 시스템에서 관측 가능성을 확보하기 위한 실전 경험과 교훈 그리고 "
                "앞으로의 "
                "과제",
                "Hard-won lessons from making very large distributed systems observable, and what "
                "comes next for the whole industry");
        } else if (r % 4 == 1) {
            now.title = LocalizedText::plain("Kubernetes 운영 자동화: GitOps와 ArgoCD로 배포하기");
        } else if (r % 4 == 2) {
            now.title =
                ko_en("초과학적인초장문단어로만이루어진제목초과학적인초장문단어로만이루어진제목",
                      "Supercalifragilisticexpialidocious-and-then-some-more-characters");
        } else {
            now.title = ko_en("개막 기조연설", "Opening keynote");
        }
        if (r == 1)
            now.status = SessionStatus::cancelled;
        if (r == 3) {
            now.status = SessionStatus::full;
            now.rsvp = true;
        }
        sessions.push_back(now);

        Session next =
            session_in(venue, r, "s-" + std::to_string(r) + "-b", seoul(11, 0), seoul(12, 0));
        next.kind = "talk";
        next.title =
            ko_en("점심 전 세션 " + std::to_string(r), "Before-lunch session " + std::to_string(r));
        if (r == 4) {
            next.status = SessionStatus::moved;
            next.moved_to = venue.rooms.back().id;
        }
        if (r != 5) {  // room 5: no more sessions today
            sessions.push_back(std::move(next));
        }
    }
    return seoul_schedule(std::move(venue), std::move(sessions), std::move(announcements));
}

LocationConfig make_config() {
    LocationConfig c;
    c.id = "hall-entrance";
    c.location_name = ko_en("본관 정문 로비", "Main Hall entrance lobby");
    c.building = "hall";
    c.languages = {"ko", "en"};
    c.timezone = "Asia/Seoul";
    c.pages = {PageConfig{PageKind::directory, Seconds{15}, {}},
               PageConfig{PageKind::now_next, Seconds{15}, {}}};
    c.directions["hall"] = {Arrow::ahead, ko_en("이 건물 · 1층 로비", "This building, lobby")};
    c.directions["annex"] = {Arrow::left, ko_en("왼쪽 출구로 나가 광장 건너 100 m",
                                                "Left exit, across the plaza, 100 m")};
    c.directions["hotel"] = {Arrow::right, ko_en("오른쪽 출구, 길 건너 호텔 로비까지 150 m",
                                                 "Right exit, across the street to the hotel "
                                                 "lobby, 150 m")};
    c.directions["hall-103"] = {Arrow::up,
                                ko_en("에스컬레이터로 올라가 왼쪽", "Escalator up, then left")};
    c.directions["hall-104"] = {Arrow::down, ko_en("계단으로 내려가세요", "Stairs down")};
    c.directions["hall-105"] = {Arrow::right, ko_en("오른쪽 복도 끝", "End of the right corridor")};
    return c;
}

Announcement make_announcement(std::string id, AnnouncementLevel level, Instant start, Instant end,
                               std::optional<Arrow> direction) {
    Announcement a;
    a.id = std::move(id);
    a.level = level;
    a.start = start;
    a.end = end;
    a.direction = direction;
    switch (level) {
        case AnnouncementLevel::emergency:
            a.text = ko_en(
                "대피 훈련: 지금 왼쪽 비상구로 건물 밖으로 나가십시오. 직원의 안내를 따르고 "
                "엘리베이터는 사용하지 마십시오.",
                "Evacuation drill: leave the building now by the left emergency exit. Follow the "
                "staff and do not use the lifts.");
            break;
        case AnnouncementLevel::warning:
            a.text = ko_en("장소 변경: 화요일 17:55 세션이 113호에서 2홀로 옮겨졌습니다.",
                           "Room change: the Tuesday 17:55 session moves from Room 113 to Hall 2.");
            break;
        case AnnouncementLevel::info:
            a.text = ko_en("무선 인터넷: 네트워크 \"Signpost\", 비밀번호 없음",
                           "Wi-Fi: network \"Signpost\", no password");
            break;
    }
    return a;
}

LiveView view_of(const Schedule& schedule, std::vector<LiveRoomReport> reports, Instant updated,
                 Instant now) {
    LiveData data;
    data.document.updated = updated;
    data.document.rooms = std::move(reports);
    data.fetched_at = updated;
    return live_view(data, schedule.venue(), now, Seconds{300});
}

std::vector<const TextItem*> texts(const DisplayList& list) {
    std::vector<const TextItem*> out;
    for (const auto& item : list.items) {
        if (const auto* t = std::get_if<TextItem>(&item.data)) {
            out.push_back(t);
        }
    }
    return out;
}

std::vector<const DisplayItem*> with_role(const DisplayList& list, std::string_view role) {
    std::vector<const DisplayItem*> out;
    for (const auto& item : list.items) {
        if (item.role == role) {
            out.push_back(&item);
        }
    }
    return out;
}

std::map<std::string, Rect> room_name_boxes(const DisplayList& list) {
    std::map<std::string, Rect> names;
    for (const DisplayItem* item : with_role(list, "room-name")) {
        names.emplace(item->identity.room, std::get<TextItem>(item->data).box);
    }
    return names;
}

bool contains_text(const DisplayList& list, std::string_view needle) {
    for (const TextItem* t : texts(list)) {
        if (t->text.find(needle) != std::string::npos) {
            return true;
        }
    }
    return false;
}

DisplayList sound_page(const Schedule& schedule, const LocationConfig& config, Instant now,
                       ScreenSize size, const PagePlan& plan, const std::string& what,
                       double progress) {
    FakeMeasurer m;
    LayoutContext ctx{&schedule, now, config, size.w, size.h, {}, m};
    DisplayList list = layout_page(ctx, plan, progress);
    expect_sound_page(list, m, what);
    return list;
}

std::vector<DisplayList> directory_screens(const Schedule& schedule, const LocationConfig& config,
                                           ScreenSize size) {
    FakeMeasurer m;
    LayoutContext ctx{&schedule, seoul(10, 15), config, size.w, size.h, {}, m};
    std::vector<DisplayList> out;
    for (const PagePlan& plan : plan_pages(ctx)) {
        if (plan.kind == PlanKind::directory) {
            out.push_back(layout_page(ctx, plan, 0));
            expect_sound_page(out.back(), m, "directory " + size_name(size));
        }
    }
    return out;
}

std::string size_name(ScreenSize s) {
    return std::to_string(s.w) + "x" + std::to_string(s.h);
}

std::vector<DisplayList> waiting_pages(const LayoutContext& ctx, FakeMeasurer& measurer,
                                       const std::string& what) {
    std::vector<DisplayList> out;
    const auto plans = plan_pages(ctx);
    EXPECT_FALSE(plans.empty()) << what;
    for (const auto& plan : plans) {
        EXPECT_EQ(plan.kind, PlanKind::waiting) << what;
        out.push_back(layout_page(ctx, plan, 0));
        expect_sound_page(out.back(), measurer, what);
    }
    return out;
}

void expect_sound_page(const DisplayList& list, FakeMeasurer& measurer, const std::string& what) {
    for (const std::string& problem : sound_page_problems(list, measurer)) {
        ADD_FAILURE() << what << ": " << problem;
    }
}

}  // namespace signpost::test
