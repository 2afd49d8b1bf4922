#include "feed/frab_json_checks.h"

namespace signpost {

void warn_wrong_kind(ImportDraft& draft, const Json& object, std::string_view key,
                     const std::string& where, std::string_view element, Wanted wanted) {
    const Json* value = json_member(object, key);
    if (!value) {
        return;
    }
    const bool fits = wanted == Wanted::text     ? value->is_string() || value->is_object()
                      : wanted == Wanted::scalar ? value->is_string() || value->is_number_integer()
                                                 : value->is_array();
    if (fits) {
        return;
    }
    const char* kind = wanted == Wanted::text ? "a string or an object from language tag to string"
                       : wanted == Wanted::scalar ? "a string or a whole number"
                                                  : "an array";
    draft.warn(where + "/" + json_pointer_token(key), "must be " + std::string(kind) + ", not " +
                                                          json_kind(*value) + " (dropped; the " +
                                                          std::string(element) + " is kept)");
}

}  // namespace signpost
