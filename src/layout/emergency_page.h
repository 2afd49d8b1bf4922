// The emergency page: an active emergency announcement takes the whole screen
// until its end — static, white on signal red, Korean then English at the
// glance tier, and an ISO 7010-style exit arrow when the announcement gives a
// direction. The location and clock stay small at the bottom, so people know
// the sign is live.
#pragma once

#include "layout/display_list.h"
#include "layout/page_context.h"
#include "model/announcement.h"
#include "model/schedule.h"

namespace signpost::layout_detail {

// Which emergency takes over: layout/live_overlay.h (active_emergency).
DisplayList layout_emergency(PageContext& pc, const Announcement& emergency);

}  // namespace signpost::layout_detail
