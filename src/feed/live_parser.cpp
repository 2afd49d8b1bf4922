// The two live formats. Both are small documents read whole into a DOM
// (nlohmann's parser is iterative, so nesting cannot exhaust the stack).
#include "feed/live_parser.h"

#include <array>
#include <unordered_set>

#include "feed/feed_sniff.h"
#include "feed/json_fields.h"
#include "feed/json_text.h"
#include "feed/native_parts.h"
#include "util/utf8.h"

namespace signpost {
namespace {

constexpr std::array<std::string_view, 3> kFormats{"auto", "signpost-live", "fosdem-roomstatus"};

Result<void> check_body(std::string_view bytes) {
    if (content_start(bytes).empty()) {
        return Error{"", "the live document is empty"};
    }
    if (auto bad = find_invalid_utf8(bytes)) {
        return Error{"", describe_invalid_utf8(bytes, *bad) + ": a live document must be UTF-8"};
    }
    if (auto title = html_page_title(bytes)) {
        return Error{"", "this is an HTML page, not a live document" +
                             (title->empty() ? std::string() : " (its title: \"" + *title + "\")")};
    }
    return ok();
}

std::string prefixed(const std::string& path, const Error& e) {
    return e.where.empty() ? path : path + "/" + e.where;
}

Result<LiveDocument> read_signpost_live(const Json& doc, std::vector<Error>& warnings) {
    if (!doc.is_object()) {
        return Error{"", "a signpost-live document is a JSON object, not " + json_kind(doc)};
    }
    LiveDocument out;
    for (const auto& [key, value] : doc.items()) {
        if (key != "updated" && key != "rooms" && key != "announcements" && key != "$schema") {
            warnings.push_back(Error{"/" + json_pointer_token(key), "unknown key, ignored"});
        }
    }
    auto updated = read_optional_instant(doc, "updated");
    if (!updated) {
        return Error{"/updated", updated.error().what};
    }
    out.updated = *updated;

    const Json* rooms = json_member(doc, "rooms");
    if (!rooms) {
        return Error{"/rooms", "missing: a signpost-live document lists room states in \"rooms\""};
    }
    if (!rooms->is_object()) {
        return Error{"/rooms", "must be an object from room id to state, not " + json_kind(*rooms)};
    }
    for (const auto& [key, value] : rooms->items()) {
        const std::string path = "/rooms/" + json_pointer_token(key);
        if (key.empty()) {
            return Error{path, "a room id must not be empty"};
        }
        if (!value.is_object()) {
            return Error{path, "must be an object {\"state\": ...}, not " + json_kind(value)};
        }
        auto state_text = read_required_string(value, "state");
        if (!state_text) {
            return Error{prefixed(path, state_text.error()), state_text.error().what};
        }
        auto state = parse_room_state(*state_text);
        if (!state) {
            return Error{path + "/state",
                         quoted_value(*state_text) + " is not one of open, full, closed, evacuate"};
        }
        LiveRoomReport report{key, *state, {}};
        if (auto note = read_optional_text(value, "note"); note) {
            report.note = std::move(*note);
        } else {
            warnings.push_back(
                Error{prefixed(path, note.error()), note.error().what + " (the note is dropped)"});
        }
        out.rooms.push_back(std::move(report));
    }

    if (const Json* list = json_member(doc, "announcements")) {
        if (!list->is_array()) {
            return Error{"/announcements", "must be an array, not " + json_kind(*list)};
        }
        out.announcements = native::read_announcements(*list, warnings);
    }
    return out;
}

// FOSDEM writes the state as a string; a number is read the same.
std::optional<RoomState> fosdem_state(const Json& value) {
    std::string text;
    if (value.is_string()) {
        text = value.get<std::string>();
    } else if (value.is_number_unsigned() || value.is_number_integer()) {
        text = std::to_string(value.get<long long>());
    }
    if (text == "0") {
        return RoomState::open;
    }
    if (text == "1") {
        return RoomState::full;
    }
    if (text == "2") {
        return RoomState::evacuate;
    }
    return std::nullopt;
}

Result<LiveDocument> read_fosdem_roomstatus(const Json& doc) {
    if (!doc.is_array()) {
        return Error{"", "a fosdem-roomstatus document is a JSON array, not " + json_kind(doc)};
    }
    LiveDocument out;
    for (size_t i = 0; i < doc.size(); ++i) {
        const Json& element = doc[i];
        const std::string path = "/" + std::to_string(i);
        if (!element.is_object()) {
            return Error{path,
                         "must be an object {\"roomname\", \"state\"}, not " + json_kind(element)};
        }
        auto name = read_required_string(element, "roomname");
        if (!name) {
            return Error{prefixed(path, name.error()), name.error().what};
        }
        const Json* state_json = json_member(element, "state");
        if (!state_json) {
            return Error{path + "/state", "missing"};
        }
        auto state = fosdem_state(*state_json);
        if (!state) {
            return Error{path + "/state",
                         (state_json->is_string() ? quoted_value(state_json->get<std::string>())
                                                  : state_json->dump()) +
                             " is not one of \"0\" (open), \"1\" (full), "
                             "\"2\" (evacuation)"};
        }
        out.rooms.push_back(LiveRoomReport{std::move(*name), *state, {}});
    }
    return out;
}

}  // namespace

std::string live_format_names() {
    std::string out;
    for (std::string_view name : kFormats) {
        out += out.empty() ? "" : ", ";
        out += name;
    }
    return out;
}

bool is_live_format(std::string_view name) {
    for (std::string_view known : kFormats) {
        if (known == name) {
            return true;
        }
    }
    return false;
}

Result<ParsedLive> parse_live_document(std::string_view bytes, std::string_view format) {
    if (!is_live_format(format)) {
        return Error{"format", "unknown live format \"" + body_preview(format) +
                                   "\" (known: " + live_format_names() + ")"};
    }
    if (auto body = check_body(bytes); !body) {
        return body.error();
    }
    std::string chosen(format);
    if (chosen == "auto") {
        const char first = content_start(bytes).front();
        chosen = first == '[' ? "fosdem-roomstatus" : "signpost-live";
    }
    try {
        Json doc;
        try {
            // A leading byte order mark is allowed, as for feeds.
            doc = Json::parse(content_start(bytes));
        } catch (const Json::parse_error& e) {
            return Error{"", std::string("not valid JSON: ") + e.what()};
        }
        ParsedLive parsed;
        parsed.format = chosen;
        auto document = chosen == "fosdem-roomstatus" ? read_fosdem_roomstatus(doc)
                                                      : read_signpost_live(doc, parsed.warnings);
        if (!document) {
            return document.error();
        }
        parsed.document = std::move(*document);
        return parsed;
    } catch (const Json::exception& e) {
        return Error{"", std::string("unexpected JSON error: ") + e.what()};
    }
}

}  // namespace signpost
