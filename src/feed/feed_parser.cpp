// parse_feed: the checks every format shares, then the format table.
#include "feed/feed_parser.h"

#include "feed/feed_formats.h"
#include "feed/feed_sniff.h"
#include "util/utf8.h"

namespace signpost {
namespace {

// Refuses what no format can be: nothing, not text, or a web page.
Result<void> check_body(std::string_view bytes) {
    if (content_start(bytes).empty()) {
        return Error{"", bytes.empty() ? "the feed is empty (0 bytes)"
                                       : "the feed is empty (only white space)"};
    }
    if (auto bad = find_invalid_utf8(bytes)) {
        return Error{"", describe_invalid_utf8(bytes, *bad) + ": a feed must be UTF-8 text"};
    }
    if (auto title = html_page_title(bytes)) {
        std::string what = "this is an HTML page, not a feed";
        if (!title->empty()) {
            what += " (its title: \"" + *title + "\")";
        }
        what += "; the server may have sent an error or login page";
        return Error{"", what};
    }
    return ok();
}

}  // namespace

Result<ParsedFeed> parse_feed(std::string_view bytes, const FeedOptions& options) {
    const FeedFormat* format = nullptr;
    if (options.format != "auto") {
        format = find_feed_format(options.format);
        if (!format) {
            return Error{"format", "unknown feed format \"" + body_preview(options.format) +
                                       "\" (known: auto, " + feed_format_names() + ")"};
        }
    }
    if (auto body = check_body(bytes); !body) {
        return body.error();
    }
    if (!format) {
        for (const FeedFormat& row : feed_formats()) {
            if (row.detect(bytes)) {
                format = &row;
                break;
            }
        }
    }
    if (!format) {
        return Error{"", "not a feed in a format this program reads (" + feed_format_names() +
                             "); it starts with \"" + body_preview(content_start(bytes)) + "\""};
    }
    return format->parse(bytes, options);
}

}  // namespace signpost
