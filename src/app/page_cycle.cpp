#include "app/page_cycle.h"

#include <algorithm>
#include <cmath>

namespace signpost {

void PageCycle::replan(std::vector<PagePlan> plans, TimePoint now, bool keep_position) {
    if (plans.empty()) {
        plans.push_back(PagePlan{});
    }
    const bool same_kind = index_ < plans.size() && plans[index_].kind == plans_[index_].kind;
    plans_ = std::move(plans);
    if (!(keep_position && same_kind)) {
        index_ = 0;
        started_ = now;
    }
}

PageCycle::TimePoint PageCycle::page_end() const {
    return started_ + current().dwell;
}

bool PageCycle::advance_if_due(TimePoint now, bool& wrapped) {
    wrapped = false;
    if (now < page_end()) {
        return false;
    }
    index_ = (index_ + 1) % plans_.size();
    wrapped = index_ == 0;
    started_ = now;
    return true;
}

double PageCycle::progress(TimePoint now, int steps) const {
    const double dwell = std::chrono::duration<double>(current().dwell).count();
    const double elapsed = std::chrono::duration<double>(now - started_).count();
    double p = dwell > 0 ? std::clamp(elapsed / dwell, 0.0, 1.0) : 1.0;
    if (steps > 0) {
        p = std::floor(p * steps) / steps;
    }
    return p;
}

PageCycle::TimePoint PageCycle::next_progress_step(TimePoint now, int steps) const {
    if (steps <= 0) {
        return page_end();
    }
    const auto step =
        std::chrono::duration_cast<std::chrono::steady_clock::duration>(current().dwell) / steps;
    if (step.count() <= 0) {
        return page_end();
    }
    const auto done = (now - started_) / step + 1;
    return std::min(started_ + step * done, page_end());
}

}  // namespace signpost
