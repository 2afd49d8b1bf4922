// Where a feed comes from, read from the config's `feed` string: an http(s) URL or
// a file path (relative paths resolve against the config's folder). Other URL
// schemes (ftp://, file://, ...) are refused so that libcurl is only ever asked
// for http and https.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "util/result.h"

namespace signpost {

struct FeedLocation {
    enum class Kind { http, file };
    Kind kind = Kind::file;
    std::string url;             // kind http: the URL as configured
    std::filesystem::path path;  // kind file: absolute or relative to the working dir

    // The URL (redacted) or the path: for log lines and cache metadata.
    std::string display() const;
};

Result<FeedLocation> locate_feed(std::string_view feed, const std::filesystem::path& base_dir);

// The URL for a log line: user name and password dropped, the query replaced by
// "?..." (tokens often travel there), the fragment dropped. Credentials belong in
// the header file, which is never logged.
std::string redact_url(std::string_view url);

}  // namespace signpost
