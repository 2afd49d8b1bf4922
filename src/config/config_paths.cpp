#include "config/config_paths.h"

#include <cctype>
#include <cstdlib>
#include <system_error>

namespace signpost {
namespace fs = std::filesystem;

fs::path resolve_config_path(const fs::path& base_dir, std::string_view written) {
    fs::path p{std::string(written)};
    if (p.is_absolute()) {
        return p.lexically_normal();
    }
    return (base_dir / p).lexically_normal();
}

fs::path config_base_dir(const fs::path& config_file) {
    std::error_code ec;
    fs::path absolute = fs::absolute(config_file, ec);
    if (ec) {
        // Only when the current directory is gone; the file's own folder is the best left.
        absolute = config_file;
    }
    return absolute.lexically_normal().parent_path();
}

namespace {
// Length of "scheme" in "scheme://...", or 0 when the text does not start with one.
size_t scheme_length(std::string_view s) {
    if (s.empty() || std::isalpha(static_cast<unsigned char>(s[0])) == 0) {
        return 0;
    }
    size_t i = 1;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (std::isalnum(c) == 0 && c != '+' && c != '-' && c != '.') {
            break;
        }
        ++i;
    }
    return s.substr(i).starts_with("://") ? i : 0;
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) !=
            std::tolower(static_cast<unsigned char>(b[i]))) {
            return false;
        }
    }
    return true;
}
}  // namespace

FeedSourceKind classify_feed_source(std::string_view source) {
    size_t n = scheme_length(source);
    if (n == 0) {
        return FeedSourceKind::file;
    }
    std::string_view scheme = source.substr(0, n);
    if (equals_ignoring_case(scheme, "http") || equals_ignoring_case(scheme, "https")) {
        return FeedSourceKind::url;
    }
    return FeedSourceKind::other_url;
}

std::string normalize_url_scheme(std::string_view url) {
    std::string out(url);
    size_t n = scheme_length(url);
    for (size_t i = 0; i < n; ++i) {
        out[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[i])));
    }
    return out;
}

CacheDirEnvironment CacheDirEnvironment::from_process() {
    return {std::getenv("SIGNPOST_CACHE_DIR"), std::getenv("XDG_CACHE_HOME"), std::getenv("HOME")};
}

std::optional<fs::path> default_cache_dir(std::string_view id, const CacheDirEnvironment& env) {
    if (env.signpost_cache_dir && *env.signpost_cache_dir != '\0') {
        std::error_code ec;
        fs::path dir = fs::absolute(env.signpost_cache_dir, ec);
        return (ec ? fs::path(env.signpost_cache_dir) : dir).lexically_normal();
    }
    if (env.xdg_cache_home && fs::path(env.xdg_cache_home).is_absolute()) {
        return (fs::path(env.xdg_cache_home) / "signpost" / std::string(id)).lexically_normal();
    }
    if (env.home && *env.home != '\0') {
        return (fs::path(env.home) / ".cache" / "signpost" / std::string(id)).lexically_normal();
    }
    return std::nullopt;
}

}  // namespace signpost
