#include "feed/feed_formats.h"

#include "feed/feed_parser.h"
#include "feed/importers.h"
#include "feed/native_feed.h"

namespace signpost {
namespace {

// Order matters only where detectors could both match: put the most specific
// first. An importer adds its row here (and declares its functions in its own
// header), e.g. {"frab-json", looks_like_frab_json, parse_frab_json},
constexpr FeedFormat kFormats[] = {
    {"signpost", looks_like_native_feed, parse_native_feed},
    {"frab-json", looks_like_frab_json, import_frab_json},
    {"frab-xml", looks_like_pentabarf_xml, import_pentabarf_xml},
    {"ical", looks_like_icalendar, import_icalendar},
};

}  // namespace

std::span<const FeedFormat> feed_formats() {
    return kFormats;
}

const FeedFormat* find_feed_format(std::string_view name) {
    for (const FeedFormat& format : kFormats) {
        if (format.name == name) {
            return &format;
        }
    }
    return nullptr;
}

std::string feed_format_names() {
    std::string out;
    for (const FeedFormat& format : kFormats) {
        if (!out.empty()) {
            out += ", ";
        }
        out += format.name;
    }
    return out;
}

}  // namespace signpost
