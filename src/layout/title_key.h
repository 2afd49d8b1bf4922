// The now/next page's title as its key: "지금 · 다음 Now & next" with the
// words for now and for next in their status colours (the time range of what
// is on now under its yellow progress bar, the next start in blue), so the
// rows need no key line of their own under a building's name.
#pragma once

#include "layout/page_context.h"
#include "layout/text_block.h"

namespace signpost::layout_detail {

// `title` with each word that is the page's word for now (or for next) in
// its language, letter case aside, in a run of its own in that status's
// tone; the other words keep their run's tone. Widths are measured again, the
// runs of a piece a space apart as before.
TextBlock tint_title_key(PageContext& pc, TextBlock title);

}  // namespace signpost::layout_detail
