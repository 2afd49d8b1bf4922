// Shared by the layout tests: a fake TextMeasurer with fixed advances (wider
// for Hangul and Han, as real CJK fonts are), a venue built from the model
// types, a location config, and checks every display list must pass.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "config/location_config.h"
#include "layout/display_list.h"
#include "layout/layout.h"
#include "layout/text_measurer.h"
#include "layout_checks.h"
#include "model/schedule.h"

namespace signpost::test {

// A text in Korean and English.
LocalizedText ko_en(std::string ko, std::string en);

// 2016-10-25 (a Tuesday) at hh:mm in Asia/Seoul.
Instant seoul(int hour, int minute, int day = 25);

struct VenueOptions {
    int hall_rooms = 14;         // building "hall" (this screen's), floors 1..3 and B1
    int annex_rooms = 6;         // building "annex"
    int hotel_rooms = 2;         // building "hotel", basement rooms
    bool empty_building = true;  // building "garden" without rooms
};

// Sessions at 09:00-10:30 and 11:00-12:00 in most rooms, long and mixed-script
// titles, a cancelled, a full and a moved session, one room empty today with
// its next session tomorrow, announcements as asked.
Schedule make_schedule(const VenueOptions& options = {},
                       std::vector<Announcement> announcements = {});

// A venue in Asia/Seoul with one building, "hall", named `name`; no rooms yet.
Venue hall_venue(LocalizedText name = ko_en("본관", "Main Hall"));
// The schedule of `venue` and `sessions` in Asia/Seoul.
Schedule seoul_schedule(Venue venue, std::vector<Session> sessions,
                        std::vector<Announcement> announcements = {});

// Adds a building (no rooms yet) to `venue`; its index in venue.buildings.
size_t add_building(Venue& venue, std::string id, LocalizedText name);

// Adds a room to venue.buildings[building]; its index in venue.rooms.
size_t add_room(Venue& venue, size_t building, std::string id, LocalizedText name,
                std::string floor);

// A session `id` in venue.rooms[room] from `start` to `end`; no title yet.
Session session_in(const Venue& venue, size_t room, std::string id, Instant start, Instant end);

LocationConfig make_config();

Announcement make_announcement(std::string id, AnnouncementLevel level, Instant start, Instant end,
                               std::optional<Arrow> direction = std::nullopt);

// The live states at `now` of a live document updated (and fetched) at
// `updated` with these room reports, each good for 300 s.
LiveView view_of(const Schedule& schedule, std::vector<LiveRoomReport> reports, Instant updated,
                 Instant now);

// Every text item of the list.
std::vector<const TextItem*> texts(const DisplayList& list);
std::vector<const DisplayItem*> with_role(const DisplayList& list, std::string_view role);
bool contains_text(const DisplayList& list, std::string_view needle);
// Each room's first "room-name" line box, by room id.
std::map<std::string, Rect> room_name_boxes(const DisplayList& list);

// The checks every page must pass; adds a GoogleTest failure per problem,
// naming the item. `what` says which page is checked.
void expect_sound_page(const DisplayList& list, FakeMeasurer& measurer, const std::string& what);

struct ScreenSize {
    int w;
    int h;
};
inline const ScreenSize kSizes[] = {
    {1280, 720}, {1920, 1080}, {3840, 2160}, {1080, 1920}, {720, 1280}};

// `plan` laid out for `schedule` and `config` at `now` on a `size` screen
// (dwell progress `progress`), and checked sound as `what`.
DisplayList sound_page(const Schedule& schedule, const LocationConfig& config, Instant now,
                       ScreenSize size, const PagePlan& plan, const std::string& what,
                       double progress = 0);

// The directory's screens for `schedule` under `config` at 10:15 on a `size`
// screen, each checked sound.
std::vector<DisplayList> directory_screens(const Schedule& schedule, const LocationConfig& config,
                                           ScreenSize size);

// "1920x1080", for messages.
std::string size_name(ScreenSize s);

// Every page planned for `ctx`, laid out and checked sound; each must be the
// waiting page (a test failure otherwise, and when there is none).
std::vector<DisplayList> waiting_pages(const LayoutContext& ctx, FakeMeasurer& measurer,
                                       const std::string& what);

}  // namespace signpost::test
