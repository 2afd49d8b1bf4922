// Shared venue defaults (docs/config.md, "Shared defaults"): twenty screens of
// one venue repeat the same feed, live source, theme, languages, fonts and
// graph, so a location config may name `"defaults": "venue.json"`, a file of
// the same keys that it inherits. Its own keys win; a top-level object present
// in both ("feed", "theme", "directions") is merged key by key, each key's
// value taken whole from the file that wins; relative paths resolve from the
// folder of the file they are written in (LocationConfig::base_dir_for); a
// defaults file may not name defaults of its own (one level, no chains).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "config/json_reader.h"

namespace signpost {

struct DefaultsMerge {
    nlohmann::json doc;                                  // the merged document, without "defaults"
    std::optional<std::filesystem::path> defaults_file;  // resolved; set when one is named
    // JSON pointers of the values taken from the defaults file, sorted:
    // "/feed" when only it has a "feed", "/theme/background" when both have a
    // "theme" and only it sets the background.
    std::vector<std::string> inherited;
    // The defaults file's own problems (not JSON, a key written twice, not an
    // object, a "defaults" of its own), at pointers into that file.
    Problems defaults_problems;
};

// Reads the defaults file that `doc` (the document of `file`) names, if any,
// and merges `doc` over it. Problems of the "defaults" key itself (not a
// string, a file that cannot be read) go to `problems` at "/defaults", as
// errors of `file`; a defaults file that cannot be used leaves `doc` as it is.
DefaultsMerge merge_defaults(nlohmann::json doc, const std::filesystem::path& file,
                             Problems& problems);

}  // namespace signpost
