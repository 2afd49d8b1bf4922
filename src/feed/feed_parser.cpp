// parse_feed: the checks every format shares, then the format table.
#include "feed/feed_parser.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <system_error>

#include "feed/feed_formats.h"
#include "feed/feed_sniff.h"
#include "feed/utf8.h"

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

Result<std::string> read_file_bytes(const std::filesystem::path& path) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec) {
        return Error{path.string(), ec.message()};
    }
    if (std::filesystem::is_directory(status)) {
        return Error{path.string(), "is a directory, not a file"};
    }
    if (!std::filesystem::is_regular_file(status)) {
        // A FIFO or a device could block or never end.
        return Error{path.string(), "is not a regular file"};
    }
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                         &std::fclose);
    if (!file) {
        return Error{path.string(), std::strerror(errno)};
    }
    // Read to the end rather than trusting the size: the file may be growing.
    std::string bytes;
    if (const auto size = std::filesystem::file_size(path, ec); !ec) {
        bytes.reserve(static_cast<size_t>(size));
    }
    char buffer[1 << 16];
    size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) {
        bytes.append(buffer, got);
    }
    if (std::ferror(file.get())) {
        return Error{path.string(), std::string("read failed: ") + std::strerror(errno)};
    }
    return bytes;
}

}  // namespace signpost
