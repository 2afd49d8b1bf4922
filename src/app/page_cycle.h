// Which page of the cycle is on screen and until when. Pure bookkeeping on the
// steady clock, so a jump of the wall clock (NTP) never stalls or races pages.
#pragma once

#include <chrono>
#include <vector>

#include "layout/layout.h"

namespace signpost {

class PageCycle {
  public:
    using TimePoint = std::chrono::steady_clock::time_point;

    // A new plan (new snapshot, emergency began or ended, cycle wrapped). The
    // page on screen keeps its slot and its start when `keep_position` and it
    // still exists; otherwise the cycle starts over at page 0.
    void replan(std::vector<PagePlan> plans, TimePoint now, bool keep_position);

    const PagePlan& current() const { return plans_[index_]; }
    size_t index() const { return index_; }
    size_t size() const { return plans_.size(); }
    TimePoint page_end() const;

    // Moves to the next page when the dwell is over. Returns true when the page
    // changed; `wrapped` tells that the cycle went back to its first page.
    bool advance_if_due(TimePoint now, bool& wrapped);

    // 0..1 through the current page's dwell, in `steps` steps (the footer's
    // indicator moves in steps so the screen is not redrawn every frame).
    double progress(TimePoint now, int steps) const;
    // When the stepped progress changes next.
    TimePoint next_progress_step(TimePoint now, int steps) const;

  private:
    std::vector<PagePlan> plans_{PagePlan{}};
    size_t index_ = 0;
    TimePoint started_{};
};

}  // namespace signpost
