// Cosmetic fields: the ones a room, session or announcement can be shown
// without (a floor label, a capacity, a speaker, a track, one language of a
// text). A bad cosmetic field is dropped and reported; the element is kept, so
// a typo in a floor label never costs a room and its sessions. The essential
// fields (ids, times, a session's room and title) are read as before and still
// skip their element. docs/feed-format.md lists which field is which.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "feed/json_fields.h"
#include "model/localized_text.h"
#include "util/result.h"

namespace signpost {

// The fields dropped from one element. Each Error::where is relative to the
// element ("floor", "speakers/2", "title/ko"), like the json_fields readers.
using DroppedFields = std::vector<Error>;

// The value, or `fallback` with the problem recorded in `dropped`.
template <typename T>
T value_or_drop(Result<T> read, T fallback, DroppedFields& dropped) {
    if (read) {
        return std::move(*read);
    }
    dropped.push_back(std::move(read.error()));
    return fallback;
}

// A human text whose language variants that are not strings are dropped one
// by one ("title/ko"). An Error only when the value is not a text at all or
// no usable variant is left; missing -> empty.
Result<LocalizedText> read_text_dropping_bad_languages(const Json& object, std::string_view key,
                                                       DroppedFields& dropped);

// The same for a text the element needs (a name, a title): present and not
// blank once the bad languages are dropped.
Result<LocalizedText> read_required_text_dropping(const Json& object, std::string_view key,
                                                  DroppedFields& dropped);

// An array of strings whose elements that are not strings are dropped one by
// one ("speakers/2"); a value that is not an array is dropped whole.
std::vector<std::string> read_string_list_dropping(const Json& object, std::string_view key,
                                                   DroppedFields& dropped);

// One warning per dropped field, naming the field's JSON Pointer and the
// element: `/sessions/3/speakers/1 (session "k1")`, `must be a string, not an
// integer (dropped; the session is kept)`.
void report_dropped(std::string_view element_path, std::string_view kind, std::string_view id,
                    const DroppedFields& dropped, std::vector<Error>& warnings);

}  // namespace signpost
