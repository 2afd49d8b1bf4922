#include "layout/layout.h"

#include <algorithm>

#include "layout/canvas.h"
#include "layout/emergency_page.h"
#include "layout/live_overlay.h"
#include "layout/page_compose.h"
#include "layout/page_context.h"

namespace signpost {
using namespace layout_detail;
namespace {

constexpr Seconds kDefaultDwell{15};
// docs/sign-design.md: "10-20 s a page" in practice. A full page of bilingual titles
// counts more words than anyone reads in a glance: a visitor searches it for
// their room or their time, and a long cycle keeps them waiting for the screen
// that has it (issue 13: one cycle of a 98-room venue within 3 minutes). So
// the rule is capped in the middle of that range; a config asking for longer
// still gets it.
constexpr Seconds kDwellCap{15};

PlanKind plan_kind(PageKind kind) {
    switch (kind) {
        case PageKind::directory:
            return PlanKind::directory;
        case PageKind::upcoming:
            return PlanKind::upcoming;
        case PageKind::now_next:
            break;
    }
    return PlanKind::now_next;
}

Seconds base_dwell(const PageConfig& page) {
    return page.dwell > Seconds{0} ? page.dwell : kDefaultDwell;
}

// docs/sign-design.md: the longer of 2 s per item or 1 s per word shown (first
// language: a reader reads one), never below the config's dwell, capped.
Seconds dwell_for(const ComposedPage& page, size_t k, Seconds base) {
    int items = 0;
    int words = 0;
    for (size_t i : page.pages[k]) {
        items += page.body.rows[i].items;
        words += page.body.rows[i].words;
    }
    const Seconds wanted = std::max({base, Seconds{2 * items}, Seconds{words}});
    return std::min(wanted, std::max(base, kDwellCap));
}

void add_plans(std::vector<PagePlan>& plans, const ComposedPage& page, PlanKind kind,
               size_t config_page, Seconds base, int turn) {
    const int n = static_cast<int>(page.pages.size());
    for (int k = 0; k < n; ++k) {
        plans.push_back(
            {kind, config_page, k, n, dwell_for(page, static_cast<size_t>(k), base), turn});
    }
}

// Announcements take turns by the minute, and differ between the pages of
// one minute, so each is seen within a few cycles.
int banner_turn(Instant now, size_t config_page) {
    const auto minute = std::chrono::floor<std::chrono::minutes>(now.time_since_epoch());
    return static_cast<int>(minute.count() % 100000) + static_cast<int>(config_page);
}

}  // namespace

std::string_view plan_kind_name(PlanKind kind) {
    switch (kind) {
        case PlanKind::directory:
            return "directory";
        case PlanKind::now_next:
            return "now_next";
        case PlanKind::upcoming:
            return "upcoming";
        case PlanKind::waiting:
            return "waiting";
        case PlanKind::emergency:
            return "emergency";
    }
    return "now_next";
}

std::vector<PagePlan> plan_pages(const LayoutContext& ctx) {
    PageContext pc(ctx);
    const std::vector<PageConfig> cycle = page_cycle(ctx.config);
    std::vector<PagePlan> plans;
    if (ctx.clock_untrusted) {
        const ComposedPage page = compose_page(pc, PlanKind::waiting, cycle.front(), 0);
        add_plans(plans, page, PlanKind::waiting, 0, base_dwell(cycle.front()), 0);
        return plans;
    }
    if (active_emergency(ctx)) {
        plans.push_back({PlanKind::emergency, 0, 0, 1, base_dwell(cycle.front())});
        return plans;
    }
    if (!ctx.schedule) {
        const ComposedPage page = compose_page(pc, PlanKind::waiting, cycle.front(), 0);
        add_plans(plans, page, PlanKind::waiting, 0, base_dwell(cycle.front()), 0);
        return plans;
    }
    for (size_t i = 0; i < cycle.size(); ++i) {
        const PlanKind kind = plan_kind(cycle[i].kind);
        const int turn = banner_turn(ctx.now, i);
        const ComposedPage page = compose_page(pc, kind, cycle[i], turn);
        add_plans(plans, page, kind, i, base_dwell(cycle[i]), turn);
    }
    return plans;
}

DisplayList layout_page(const LayoutContext& ctx, const PagePlan& plan, double dwell_progress) {
    PageContext pc(ctx);
    if (auto emergency = ctx.clock_untrusted ? std::nullopt : active_emergency(ctx)) {
        return layout_emergency(pc, *emergency);
    }
    const std::vector<PageConfig> cycle = page_cycle(ctx.config);
    // A plan made for another state (the emergency ended, the schedule just
    // arrived) shows the first page of the cycle.
    size_t index = plan.config_page < cycle.size() ? plan.config_page : 0;
    PlanKind kind = plan.kind;
    size_t sub_page = static_cast<size_t>(std::max(plan.sub_page, 0));
    if (!ctx.schedule || ctx.clock_untrusted) {
        kind = PlanKind::waiting;
        index = 0;
    } else if (kind == PlanKind::waiting || kind == PlanKind::emergency) {
        index = 0;
        kind = plan_kind(cycle.front().kind);
        sub_page = 0;
    } else {
        kind = plan_kind(cycle[index].kind);
    }
    const int turn =
        plan.turn >= 0 && plan.config_page == index ? plan.turn : banner_turn(ctx.now, index);
    const ComposedPage page = compose_page(pc, kind, cycle[index], turn);
    Canvas canvas(pc.sizes);
    draw_composed(canvas, pc, page, sub_page, dwell_progress);
    return canvas.finish(pc.theme.background);
}

}  // namespace signpost
