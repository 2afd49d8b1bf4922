// The frab/pretalx JSON importer's checks of cosmetic members: one of the
// wrong type is dropped with a warning naming its JSON path, and the event or
// room is kept (docs/feed-format.md, "Essential and cosmetic fields").
#pragma once

#include <string>
#include <string_view>

#include "feed/import_common.h"
#include "feed/json_fields.h"

namespace signpost {

enum class Wanted {
    text,    // a string, or an object from language tag to string
    scalar,  // a string or a whole number (frab ids and codes are either)
    list,    // an array
};

// Warns when `object`'s member `key` is present, not null and not `wanted`.
// `where` is the object's JSON Pointer; `element` names what is kept.
void warn_wrong_kind(ImportDraft& draft, const Json& object, std::string_view key,
                     const std::string& where, std::string_view element, Wanted wanted);

}  // namespace signpost
