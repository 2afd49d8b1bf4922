#include "net/feed_location.h"

#include <algorithm>
#include <cctype>

namespace signpost {
namespace {

bool starts_with_nocase(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) ==
                      std::tolower(static_cast<unsigned char>(b));
           });
}

// "scheme://" with an RFC 3986 scheme: a letter, then letters, digits, + - .
bool has_url_scheme(std::string_view text) {
    auto colon = text.find("://");
    if (colon == std::string_view::npos || colon == 0) {
        return false;
    }
    if (!std::isalpha(static_cast<unsigned char>(text[0]))) {
        return false;
    }
    return std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(colon), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
    });
}

}  // namespace

std::string FeedLocation::display() const {
    return kind == Kind::http ? redact_url(url) : path.string();
}

Result<FeedLocation> locate_feed(std::string_view feed, const std::filesystem::path& base_dir) {
    if (feed.empty()) {
        return Error{"feed", "no feed configured"};
    }
    FeedLocation location;
    if (starts_with_nocase(feed, "http://") || starts_with_nocase(feed, "https://")) {
        location.kind = FeedLocation::Kind::http;
        location.url = std::string(feed);
        if (location.url.find_first_of(" \t\r\n") != std::string::npos) {
            return Error{redact_url(feed), "a feed URL must not contain white space"};
        }
        return location;
    }
    if (has_url_scheme(feed)) {
        return Error{redact_url(feed),
                     "unsupported URL scheme: only http://, https:// or a file path"};
    }
    location.kind = FeedLocation::Kind::file;
    std::filesystem::path path(feed);
    location.path = path.is_absolute() || base_dir.empty() ? path : base_dir / path;
    return location;
}

std::string redact_url(std::string_view url) {
    std::string out;
    auto scheme_end = url.find("://");
    size_t authority_begin = 0;
    if (scheme_end != std::string_view::npos) {
        authority_begin = scheme_end + 3;
        out.append(url.substr(0, authority_begin));
    }
    std::string_view rest = url.substr(authority_begin);
    auto authority_end = rest.find_first_of("/?#");
    std::string_view authority = rest.substr(0, authority_end);
    // userinfo is everything up to the last '@' of the authority.
    if (auto at = authority.rfind('@'); at != std::string_view::npos) {
        authority.remove_prefix(at + 1);
    }
    out.append(authority);
    if (authority_end == std::string_view::npos) {
        return out;
    }
    std::string_view tail = rest.substr(authority_end);
    tail = tail.substr(0, tail.find('#'));
    auto query = tail.find('?');
    out.append(tail.substr(0, query));
    if (query != std::string_view::npos) {
        out.append("?...");
    }
    return out;
}

}  // namespace signpost
