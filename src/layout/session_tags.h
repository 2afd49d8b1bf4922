// The tags a session carries: its status (cancelled, full, moved to another
// room, each with its Okabe-Ito colour and a word) and its kind (keynote, lab,
// SIG...).
#pragma once

#include <vector>

#include "layout/cell.h"
#include "model/schedule.h"

namespace signpost {

// Status first (it matters most), then the kind when with_kind. Each chip fits
// in max_width.
std::vector<Chip> session_tags(PageContext& pc, const Schedule& schedule, const Session& session,
                               float max_width, bool with_kind);

}  // namespace signpost
