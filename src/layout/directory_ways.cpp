// Which rooms of a directory share one way line: see directory_ways.h.
#include "layout/directory_ways.h"

namespace signpost::layout_detail {

namespace {

bool same_way(const Wayfinding* a, const Wayfinding* b) {
    if (!a || !b) {
        return a == b;
    }
    return a->arrow == b->arrow && a->text.variants() == b->text.variants();
}

}  // namespace

// Computed ways that differ only in their length (same arrow, floor, change
// of level, and the same step-free line but for its length): the rooms they
// lead to share one way line, its length a range (issue 13: a directory whose
// every room carries its own way took eight screens for the demo's 28 rooms).
bool same_direction(const Wayfinding* a, const Wayfinding* b) {
    if (same_way(a, b)) {
        return true;
    }
    if (!a || !b || !a->summary || !b->summary || a->arrow != b->arrow ||
        !same_floor_and_step(*a->summary, *b->summary) ||
        a->step_free.has_value() != b->step_free.has_value()) {
        return false;
    }
    if (!a->step_free) {
        return true;
    }
    const StepFreeWay& x = *a->step_free;
    const StepFreeWay& y = *b->step_free;
    if (x.arrow != y.arrow || x.summary.has_value() != y.summary.has_value()) {
        return false;
    }
    return x.summary ? same_floor_and_step(*x.summary, *y.summary)
                     : x.text.variants() == y.text.variants();
}

// The one way line of rooms whose ways are the same_direction: the ranges of
// their lengths. `ways` are not empty.
Wayfinding shared_way(const std::vector<const Wayfinding*>& ways) {
    const Wayfinding& first = *ways.front();
    if (!first.summary || ways.size() == 1) {
        return first;
    }
    std::vector<RouteSummary> shortest;
    std::vector<RouteSummary> step_free;
    for (const Wayfinding* w : ways) {
        shortest.push_back(*w->summary);
        if (w->step_free && w->step_free->summary) {
            step_free.push_back(*w->step_free->summary);
        }
    }
    Wayfinding out{first.arrow, route_group_text(shortest), first.step_free, std::nullopt};
    if (out.step_free && !step_free.empty()) {
        out.step_free->text = route_group_text(step_free);
        out.step_free->summary.reset();
    }
    return out;
}

}  // namespace signpost::layout_detail
