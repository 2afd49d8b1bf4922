// Reading and checking one location's config file (docs/config.md,
// config/schema/location.schema.json).
//
// Every problem in the file is found in one pass, not just the first: an
// operator fixing a kiosk over a slow remote link wants the whole list. Each
// problem is an Error whose `where` is the JSON path of the key
// ("/display/rotation") and whose `what` is the reason ("must be one of 0, 90,
// 180, 270, not 45"); a problem with the document as a whole has an empty
// `where`. Errors make the file unusable; warnings (a file that does not exist
// yet, an unknown feed format) are reported and the config is used.
//
// Two ways in:
// - check_config_text / check_config_file return every error and warning as a
//   list (ConfigCheck): for `--check-config`, tests, and anything that shows
//   problems one by one.
// - parse_config / load_config return Result<LoadedConfig>: for startup. A
//   failed one carries a single Error with where = the file and what = all the
//   errors, one per line (see describe_config_errors), so that printing
//   error().to_string() shows them all.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "config/location_config.h"
#include "util/result.h"

namespace signpost {

struct LoadedConfig {
    LocationConfig config;
    std::vector<Error> warnings;  // where = JSON path; worth logging, not fatal
    std::vector<std::filesystem::path> warning_files;  // the file of each warning
};

struct ConfigCheck {
    std::optional<LocationConfig> config;  // set exactly when `errors` is empty
    std::vector<Error> errors;             // in the order of the file's sections
    std::vector<Error> warnings;
    // The file each error and warning is in, index for index: the config
    // itself, or the shared defaults file it names (config_defaults.h), whose
    // JSON pointers the Error's `where` then gives.
    std::vector<std::filesystem::path> error_files;
    std::vector<std::filesystem::path> warning_files;
};

// Config files are a few kilobytes; anything larger is not one.
inline constexpr size_t kMaxConfigFileBytes = 1u << 20;

// `file` names the config for messages and is where relative paths resolve
// from (its folder, made absolute); it need not exist. Without "cache_dir" the
// folder comes from SIGNPOST_CACHE_DIR, XDG_CACHE_HOME or HOME (config_paths.h).
ConfigCheck check_config_text(std::string_view json, const std::filesystem::path& file);
// Reads the file first; a file that cannot be read is one error with an empty `where`.
ConfigCheck check_config_file(const std::filesystem::path& file);

// The bytes of a config (or defaults) file, at most kMaxConfigFileBytes; a
// file that cannot be read is an Error whose `where` is the file.
Result<std::string> read_config_bytes(const std::filesystem::path& file);

Result<LoadedConfig> parse_config(std::string_view json, const std::filesystem::path& file);
Result<LoadedConfig> load_config(const std::filesystem::path& file);

// where = file; what = the one error as "path: reason", or "N errors:" and then
// each error on its own line, indented by two spaces. An error in another file
// (the shared defaults) names that file before its path.
Error describe_config_errors(const std::filesystem::path& file, const std::vector<Error>& errors,
                             const std::vector<std::filesystem::path>& files = {});

// The page cycle when the file has no "pages": now/next, then the directory, each
// 12 s (layout lengthens a full screen to 15 s). The two that name every room:
// the active ones on now/next, all of them on the directory (docs/config.md).
std::vector<PageConfig> default_pages();

}  // namespace signpost
