// bytes -> LiveDocument: the live sources of docs/live-format.md.
//   signpost-live      {"updated"?, "rooms": {"<room>": {"state", "note"?}}, "announcements"?}
//   fosdem-roomstatus  [{"roomname": "...", "state": "0" | "1" | "2"}, ...]
//   auto               an array is fosdem-roomstatus, an object signpost-live
// A document that is wrong anywhere that matters (not JSON, a state that is
// not one of the known ones, a bad "updated") is an Error naming the JSON path,
// and the caller keeps what it had: a half-read list of room states could
// clear a "full" that is still true. A bad note, or one bad announcement (the
// feed's rule), costs only that part, with a warning. Reentrant: the live
// worker and the fuzz target call it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/live_state.h"
#include "util/result.h"

namespace signpost {

struct ParsedLive {
    LiveDocument document;
    std::vector<Error> warnings;  // where = JSON path
    std::string format;           // "signpost-live" or "fosdem-roomstatus"
};

// `format`: "auto", "signpost-live" or "fosdem-roomstatus"; another name is an Error.
Result<ParsedLive> parse_live_document(std::string_view bytes, std::string_view format = "auto");

// "auto, signpost-live, fosdem-roomstatus", for messages.
std::string live_format_names();
bool is_live_format(std::string_view name);

}  // namespace signpost
