// The native format's top level: JSON syntax, version, venue and time zone,
// then the lists (native_venue.cpp, native_sessions.cpp,
// native_announcements.cpp), and finally the frozen Schedule.
//
// The sessions are read while the document streams by (feed/json_stream.h):
// when the venue comes before them, as in every feed Signpost writes, each
// session is checked against the venue's rooms and its JSON dropped at once.
// A feed that puts its sessions first has them kept as JSON until the venue
// is read.
#include "feed/native_feed.h"

#include <cmath>
#include <memory>
#include <optional>
#include <utility>

#include "feed/feed_parser.h"
#include "feed/feed_sniff.h"
#include "feed/json_stream.h"
#include "feed/native_parts.h"

namespace signpost {
namespace {

Result<void> check_version(const Json& doc) {
    const Json* version = json_member(doc, "version");
    if (!version) {
        return ok();  // v1 documents may leave it out
    }
    if (!version->is_number()) {
        return Error{"/version", "must be a number, not " + json_kind(*version)};
    }
    const double major = std::floor(version->get<double>());
    if (major > kNativeFeedVersion) {
        return Error{"/version", "version " + version->dump() +
                                     " is newer than this program reads (" +
                                     std::to_string(kNativeFeedVersion) + "): update Signpost"};
    }
    if (major < 1) {
        return Error{"/version", "version " + version->dump() + " does not exist (the first is 1)"};
    }
    return ok();
}

// FeedOptions::timezone if it names a zone, else the feed's venue.timezone.
Result<TimeZone> resolve_zone(const Json& venue, const FeedOptions& options,
                              std::vector<Error>& warnings) {
    if (options.timezone) {
        auto zone = TimeZone::locate(*options.timezone);
        if (zone) {
            return zone;
        }
        warnings.push_back(Error{"timezone option", "unknown time zone " +
                                                        quoted_value(*options.timezone) +
                                                        ": using the feed's venue.timezone"});
    }
    const Json* name = json_member(venue, "timezone");
    if (!name) {
        return Error{"/venue/timezone",
                     "missing: the venue's IANA time zone, e.g. \"Asia/Seoul\", is needed"};
    }
    if (!name->is_string()) {
        return Error{"/venue/timezone", "must be a string, not " + json_kind(*name)};
    }
    auto zone = TimeZone::locate(name->get_ref<const std::string&>());
    if (!zone) {
        return Error{"/venue/timezone", "unknown time zone " +
                                            quoted_value(name->get_ref<const std::string&>()) +
                                            " (an IANA name such as \"Europe/Madrid\")"};
    }
    return zone;
}

// The state of one parse, fed by the streaming JSON parser's callbacks.
class NativeReader {
  public:
    explicit NativeReader(const FeedOptions& options) : options_(options) {}

    // A complete top-level member other than the sessions.
    void on_member(std::string_view key, const Json& value) {
        if (key != "venue" || !value.is_object()) {
            return;  // a venue of the wrong type is reported by finish()
        }
        if (venue_seen_) {
            fatal_ = Error{"/venue", "appears twice in the document's top-level object"};
            return;
        }
        venue_seen_ = true;
        auto zone = resolve_zone(value, options_, warnings_);
        if (!zone) {
            fatal_ = zone.error();
            return;
        }
        auto venue = native::read_venue(value, warnings_);
        if (!venue) {
            fatal_ = venue.error();
            return;
        }
        const Json* feed_zone = json_member(value, "timezone");
        venue->venue.timezone =
            feed_zone && feed_zone->is_string() ? feed_zone->get<std::string>() : zone->name();
        zone_ = std::move(*zone);
        venue_.emplace(std::move(*venue));
        sessions_.emplace(*venue_, warnings_);
        for (auto& [index, element] : early_sessions_) {
            sessions_->read(index, element);
        }
        early_sessions_.clear();
    }

    // One element of "/sessions".
    void on_session(size_t index, Json&& element) {
        if (sessions_) {
            sessions_->read(index, element);
        } else if (!fatal_) {
            early_sessions_.emplace_back(index, std::move(element));
        }
    }

    // The whole document has been read; `doc` is its root without the sessions.
    Result<ParsedFeed> finish(const Json& doc) {
        if (!doc.is_object()) {
            return Error{"", "a Signpost feed is a JSON object, not " + json_kind(doc)};
        }
        if (auto version = check_version(doc); !version) {
            return version.error();
        }
        const Json* venue_json = json_member(doc, "venue");
        if (!venue_json) {
            return Error{"/venue", "missing: a Signpost feed describes its venue"};
        }
        if (!venue_json->is_object()) {
            return Error{"/venue", "must be an object, not " + json_kind(*venue_json)};
        }
        if (fatal_) {
            return *fatal_;
        }
        // Sessions that are not a list leave no schedule to show; announcements
        // that are not a list cost only the banner.
        if (const Json* value = json_member(doc, "sessions"); value && !value->is_array()) {
            return Error{"/sessions", "must be an array, not " + json_kind(*value)};
        }
        ParsedFeed feed;
        feed.format = "signpost";
        std::vector<Announcement> announcements;
        if (const Json* list = json_member(doc, "announcements"); list && list->is_array()) {
            announcements = native::read_announcements(*list, warnings_);
        } else if (list) {
            warnings_.push_back(Error{
                "/announcements",
                "must be an array, not " + json_kind(*list) + " (dropped; the schedule is kept)"});
        }
        feed.warnings = std::move(warnings_);
        feed.schedule =
            std::make_shared<const Schedule>(std::move(venue_->venue), std::move(zone_),
                                             sessions_->take(), std::move(announcements));
        return feed;
    }

  private:
    const FeedOptions& options_;
    std::vector<Error> warnings_;
    std::optional<Error> fatal_;  // the first problem that rejects the document
    bool venue_seen_ = false;
    TimeZone zone_;
    std::optional<native::NativeVenue> venue_;
    std::optional<native::SessionReader> sessions_;        // reads against *venue_, once it is read
    std::vector<std::pair<size_t, Json>> early_sessions_;  // sessions that came before the venue
};

}  // namespace

bool looks_like_native_feed(std::string_view bytes) {
    return json_has_top_level_key(bytes, {"venue", "sessions"});
}

Result<ParsedFeed> parse_native_feed(std::string_view bytes, const FeedOptions& options) {
    // nlohmann may throw from a Json accessor; this is the edge where its
    // exceptions become Errors. The readers check every type before reading.
    try {
        NativeReader reader(options);
        JsonStreamHandlers handlers;
        handlers.key = "sessions";
        handlers.on_element = [&](size_t index, Json&& element) {
            reader.on_session(index, std::move(element));
        };
        handlers.on_member = [&](std::string_view key, const Json& value) {
            reader.on_member(key, value);
        };
        auto doc = parse_json_streaming(bytes, handlers);
        if (!doc) {
            return doc.error();
        }
        return reader.finish(*doc);
    } catch (const Json::exception& e) {
        return Error{"", std::string("unexpected JSON error: ") + e.what()};
    }
}

}  // namespace signpost
