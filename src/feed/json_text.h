// Reading a human text (LocalizedText) from JSON: either a plain string or an
// object from language tag to string, {"en": "Opening keynote", "ko": "개막 기조연설"}.
// Shared by the native format and the JSON importers.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "model/localized_text.h"
#include "util/result.h"

namespace signpost {

// Error::where is relative to `value`: "" for the value itself, "/ko" for one
// language. An empty object is an Error (it holds no text); an empty string is
// not (callers that require text check LocalizedText::empty() and the strings).
Result<LocalizedText> localized_text_from_json(const nlohmann::ordered_json& value);

// True when no variant has any text.
bool text_is_blank(const LocalizedText& text);

}  // namespace signpost
