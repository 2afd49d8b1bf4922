// The tags a session carries: its status (cancelled, full, moved to another
// room, each with its Okabe-Ito colour and a word) and its kind (keynote, lab,
// SIG...).
#pragma once

#include <vector>

#include "layout/cell.h"
#include "model/schedule.h"

namespace signpost::layout_detail {

// Status first (it matters most), then the kind when with_kind and it is not
// an ordinary one (talk, lecture: see is_ordinary_kind). Each chip fits
// in max_width; bilingual: both languages on a chip when they fit.
std::vector<Chip> session_tags(PageContext& pc, const Schedule& schedule, const Session& session,
                               float max_width, bool with_kind, bool bilingual = true);

}  // namespace signpost::layout_detail
