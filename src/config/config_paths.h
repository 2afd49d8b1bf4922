// Paths written in a config file: relative ones resolve against the file's
// folder (so a config and its assets can move together), the feed source is a
// path or an http(s) URL, and the cache folder has a per-user default.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace signpost {

// An absolute path stays; a relative one is joined to base_dir. Both are
// normalised lexically ("a/../b" -> "b"); no file is touched.
std::filesystem::path resolve_config_path(const std::filesystem::path& base_dir,
                                          std::string_view written);

// The folder that relative paths of `config_file` resolve against: its parent,
// made absolute against the current directory.
std::filesystem::path config_base_dir(const std::filesystem::path& config_file);

enum class FeedSourceKind {
    file,       // a path
    url,        // http:// or https://
    other_url,  // "ftp://...", "file://...": a scheme this program does not fetch
};
// "scheme://" where the scheme is RFC 3986 (a letter, then letters, digits, + - .).
FeedSourceKind classify_feed_source(std::string_view source);

// "HTTPS://Example.org/x" -> "https://Example.org/x": the scheme in lower case,
// the rest as written (paths on the server are case-sensitive).
std::string normalize_url_scheme(std::string_view url);

// Where the cache goes when the config has no "cache_dir", from the
// environment (nullptr: a variable is unset), first match wins:
// - SIGNPOST_CACHE_DIR, as it is: the systemd unit points it at the service's
//   StateDirectory, the one place it may write;
// - $XDG_CACHE_HOME/signpost/<id>, when XDG_CACHE_HOME is absolute (the XDG
//   spec says to ignore a relative one);
// - $HOME/.cache/signpost/<id>.
// nullopt when none gives a folder. Taking the values, not reading getenv,
// keeps tests away from the process environment.
struct CacheDirEnvironment {
    const char* signpost_cache_dir = nullptr;
    const char* xdg_cache_home = nullptr;
    const char* home = nullptr;

    static CacheDirEnvironment from_process();  // getenv() of the three
};
std::optional<std::filesystem::path> default_cache_dir(std::string_view id,
                                                       const CacheDirEnvironment& env);

}  // namespace signpost
