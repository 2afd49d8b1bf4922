// --dump: the state of the sign as JSON, so tools and tests can check now/next
// and the layout without pixels:
// {"at", "clock_untrusted", "size", "timezone",
//  "rooms": {id: {"now", "next", "next_start", "state"?, "state_age_seconds"?}},
//  "cycle_seconds", "pages": [...], "feed": {...}, "live": {...} or null}
// "state" is a live room state (docs/live-format.md) that applies at "at".
// Items that name a room or show a session carry "room" / "session", a
// building's row "building", an arrow its "destination": enough to check from
// the dump which rooms a cycle shows (scripts/glance-report.sh).
// When the system clock is implausible (layout/clock_guard.h), "clock_untrusted"
// is true and "rooms" null: now/next at a wrong time would be wrong data, and
// the pages say "waiting for the clock" instead of them too.
#include <iostream>

#include <nlohmann/json.hpp>

#include "app/commands.h"
#include "app/display_list_json.h"
#include "app/one_shot_pages.h"

namespace signpost {
namespace {

nlohmann::json optional_instant(const std::optional<Instant>& t, const TimeZone& tz) {
    return t ? nlohmann::json(tz.format_iso(*t)) : nlohmann::json(nullptr);
}

nlohmann::json rooms_json(const Schedule* schedule, Instant at, const LiveView& live,
                          const TimeZone& tz) {
    nlohmann::json rooms = nlohmann::json::object();
    if (!schedule) {
        return rooms;
    }
    auto all = schedule->now_next_all(at);
    for (size_t r = 0; r < all.size(); ++r) {
        auto id_or_null = [](const Session* s) {
            return s ? nlohmann::json(s->id) : nlohmann::json(nullptr);
        };
        nlohmann::json room = {
            {"now", id_or_null(all[r].now)},
            {"next", id_or_null(all[r].next)},
            {"next_start", all[r].next ? nlohmann::json(tz.format_iso(all[r].next->start))
                                       : nlohmann::json(nullptr)}};
        if (const RoomLiveState* state = live.find(r)) {
            room["state"] = to_string(state->state);
            room["state_age_seconds"] = state->age.count();
        }
        rooms[schedule->venue().rooms[r].id] = std::move(room);
    }
    return rooms;
}

nlohmann::json page_json(size_t index, const PagePlan& plan, const DisplayList& list) {
    nlohmann::json page;
    page["index"] = index;
    page["kind"] = plan_kind_name(plan.kind);
    page["config_page"] = plan.config_page;
    page["sub_page"] = plan.sub_page;
    page["sub_pages"] = plan.sub_pages;
    page["dwell_seconds"] = plan.dwell.count();
    std::string title;
    for (const auto& item : list.items) {
        if (auto* t = std::get_if<TextItem>(&item.data); t && item.role == "page-title") {
            title += title.empty() ? t->text : " " + t->text;
        }
    }
    page["title"] = title;
    page["background"] = color_to_hex(list.background);
    page["items"] = display_items_to_json(list);
    return page;
}

nlohmann::json feed_json(const OneShotPages& p, const TimeZone& tz) {
    const FeedStatus& s = p.feed.status;
    nlohmann::json feed;
    feed["source"] = to_string(s.source);
    feed["url"] = p.config.feed;
    feed["fetched_at"] = optional_instant(s.fetched_at, tz);
    feed["last_attempt"] = optional_instant(s.last_attempt, tz);
    feed["stale"] = s.stale;
    feed["error"] = s.last_error.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.last_error);
    nlohmann::json warnings = nlohmann::json::array();
    for (const auto& w : p.feed.warnings) {
        warnings.push_back(w.to_string());
    }
    feed["warnings"] = warnings;
    if (const Schedule* sc = p.feed.schedule.get()) {
        feed["rooms"] = sc->venue().rooms.size();
        feed["sessions"] = sc->sessions().size();
    }
    return feed;
}

// null without a live source.
nlohmann::json live_json(const OneShotPages& p, const TimeZone& tz) {
    if (!p.live) {
        return nullptr;
    }
    const LiveStatus& s = p.live->status;
    nlohmann::json live;
    live["source"] = s.source;
    live["format"] = s.format;
    live["fetched_at"] = optional_instant(s.fetched_at, tz);
    live["stale"] = s.stale;
    live["error"] = s.error.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.error);
    return live;
}

}  // namespace

int run_dump(const CliOptions& options) {
    auto prepared = prepare_one_shot(options);
    if (!prepared) {
        std::cerr << "signpost: " << prepared.error().what << "\n";
        return prepared.error().where == "config" ? 2 : 1;
    }
    OneShotPages& p = **prepared;
    const Schedule* schedule = p.feed.schedule.get();
    const TimeZone tz = venue_zone(p.config.timezone, schedule);

    nlohmann::json out;
    out["at"] = tz.format_iso(p.at);
    out["clock_untrusted"] = p.clock_untrusted;
    out["size"] = {{"width", p.width}, {"height", p.height}};
    out["timezone"] = tz.name();
    out["rooms"] = p.clock_untrusted ? nlohmann::json(nullptr)
                                     : rooms_json(schedule, p.at, p.live_view_at(), tz);
    nlohmann::json pages = nlohmann::json::array();
    LayoutContext ctx = p.context();
    long cycle = 0;
    for (size_t i = 0; i < p.plans.size(); ++i) {
        pages.push_back(page_json(i, p.plans[i], layout_page(ctx, p.plans[i], 0.0)));
        cycle += p.plans[i].dwell.count();
    }
    out["cycle_seconds"] = cycle;
    out["pages"] = std::move(pages);
    out["feed"] = feed_json(p, tz);
    out["live"] = live_json(p, tz);
    std::cout << out.dump(2) << "\n";
    return schedule ? 0 : 1;
}

}  // namespace signpost
