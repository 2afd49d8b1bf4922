// Whether the kiosk's screen is dark for quiet hours at an instant, and until
// when. The window itself is config/quiet_hours.h; this adds what overrides it
// on a sign.
#pragma once

#include <optional>

#include "config/location_config.h"
#include "model/timezone.h"
#include "util/time.h"

namespace signpost {

// The end of the dark span when the screen should be black at `now`, else
// nullopt. The sign stays on during quiet hours
//   - while an emergency announcement is active: it must be seen;
//   - while the clock is untrusted (layout/clock_guard.h): a board that booted
//     in 1970 cannot tell night from day, and the "waiting for the clock" page
//     says what is wrong where a black screen would look broken.
std::optional<Instant> quiet_screen_until(const LocationConfig& config, const TimeZone& zone,
                                          Instant now, bool emergency_active, bool clock_untrusted);

}  // namespace signpost
