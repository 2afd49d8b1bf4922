#include "config/config_loader.h"

#include <system_error>

#include "config/config_defaults.h"
#include "config/config_paths.h"
#include "config/config_sections.h"
#include "config/strict_json.h"
#include "config/venue_map_section.h"
#include "config/wayfinding_section.h"
#include "util/file_read.h"

namespace signpost {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// The id names the cache folder (<cache>/signpost/<id>) and appears in logs and
// the systemd instance name, so it is kept to characters that are safe in all three.
bool is_valid_id(std::string_view id) {
    if (id.empty() || id.size() > 64 || id == "." || id == "..") {
        return false;
    }
    for (char c : id) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '-' || c == '_' || c == '.';
        if (!ok) {
            return false;
        }
    }
    return true;
}

void read_id(const json* v, const std::string& path, LocationConfig& config, Problems& problems) {
    if (!v) {
        return;  // the ObjectReader reported it as required
    }
    auto id = read_string(*v, path, problems);
    if (!id) {
        return;
    }
    if (!is_valid_id(*id)) {
        problems.error(path, id->empty() ? "must not be empty"
                                         : "must be 1 to 64 letters, digits, '-', '_' or '.' "
                                           "(it names the cache folder), not " +
                                               quote_value(*id));
        return;
    }
    config.id = std::move(*id);
}

void read_cache_dir(const json* v, const std::string& path, LocationConfig& config,
                    Problems& problems) {
    if (v) {
        if (auto dir = read_config_path(*v, path, config, problems)) {
            config.cache_dir = std::move(*dir);
        }
        return;
    }
    if (config.id.empty()) {
        return;  // the id is missing or bad, and that is already an error
    }
    auto dir = default_cache_dir(config.id, CacheDirEnvironment::from_process());
    if (!dir) {
        problems.error(path,
                       "is not set, and none of SIGNPOST_CACHE_DIR, XDG_CACHE_HOME and HOME is set "
                       "to give a default");
        return;
    }
    config.cache_dir = std::move(*dir);
}

void read_root(const json& doc, LocationConfig& config, Problems& problems) {
    ObjectReader root(doc, "",
                      {"$schema",         "id",          "location",  "feed",       "cache_dir",
                       "display",         "pages",       "languages", "fonts",      "timezone",
                       "simulated_clock", "quiet_hours", "theme",     "directions", "venue_map",
                       "venue_graph",     "position",    "qr",        "live",       "metrics_file"},
                      problems);
    if (!root.is_object()) {
        return;
    }
    // "$schema" lets an editor validate the file against location.schema.json;
    // the program itself only checks that it is a string.
    if (const json* schema = root.get("$schema")) {
        (void)read_string(*schema, root.path("$schema"), problems);
    }
    read_id(root.require("id"), root.path("id"), config, problems);
    read_location_section(root.require("location"), root.path("location"), config, problems);
    read_feed_section(root.require("feed"), root.path("feed"), config, problems);
    read_cache_dir(root.get("cache_dir"), root.path("cache_dir"), config, problems);
    read_live_section(root.get("live"), root.path("live"), config, problems);
    read_metrics_file(root.get("metrics_file"), root.path("metrics_file"), config, problems);
    read_display_section(root.get("display"), root.path("display"), config.display, problems);
    read_pages_section(root.get("pages"), root.path("pages"), config, problems);
    read_languages(root.get("languages"), root.path("languages"), config, problems);
    read_fonts(root.get("fonts"), root.path("fonts"), config, problems);
    read_timezone(root.get("timezone"), root.path("timezone"), config, problems);
    read_simulated_clock(root.get("simulated_clock"), root.path("simulated_clock"), config,
                         problems);
    read_quiet_hours(root.get("quiet_hours"), root.path("quiet_hours"), config, problems);
    read_theme_section(root.get("theme"), root.path("theme"), config, problems);
    read_directions_section(root.get("directions"), root.path("directions"), config, problems);
    // After "directions": the map's building directions fill only the gaps.
    read_venue_map_section(root.get("venue_map"), root.path("venue_map"), config, problems);
    // After both: hand-written directions win over computed ones.
    read_wayfinding_sections(root.get("venue_graph"), root.get("position"),
                             root.path("venue_graph"), root.path("position"), config, problems);
    read_qr_section(root.get("qr"), root.path("qr"), config, problems);
}

}  // namespace

Result<std::string> read_config_bytes(const fs::path& file) {
    FileRead read = read_whole_file(file, kMaxConfigFileBytes);
    switch (read.problem) {
        case FileReadProblem::none:
            return std::move(read.bytes);
        case FileReadProblem::missing:
            return Error{file.string(), "cannot read: no such file"};
        case FileReadProblem::directory:
            return Error{file.string(), "cannot read: is a folder, not a config file"};
        case FileReadProblem::not_regular:
        case FileReadProblem::unreadable:
            return Error{file.string(), "cannot read: permission denied or not a regular file"};
        case FileReadProblem::read_error:
            break;
        case FileReadProblem::too_large:
            return Error{file.string(), "is larger than " + std::to_string(kMaxConfigFileBytes) +
                                            " bytes; a location config is a few kilobytes"};
    }
    return Error{file.string(), "cannot read: input/output error"};
}

std::vector<PageConfig> default_pages() {
    return {PageConfig{PageKind::now_next, Seconds{12}, {}},
            PageConfig{PageKind::directory, Seconds{12}, {}}};
}

ConfigCheck check_config_text(std::string_view text, const fs::path& file) {
    ConfigCheck out;
    Problems problems;  // of this file, before the merge
    std::optional<json> doc = parse_strict_json(text, problems);
    LocationConfig config;
    config.file = file;
    config.base_dir = config_base_dir(file);
    config.pages = default_pages();
    Problems merged_problems;  // of the merged document: in either file
    Problems defaults_problems;
    if (doc) {
        DefaultsMerge merged = merge_defaults(std::move(*doc), file, problems);
        config.defaults_file = std::move(merged.defaults_file);
        config.inherited = std::move(merged.inherited);
        defaults_problems = std::move(merged.defaults_problems);
        read_root(merged.doc, config, merged_problems);
    }
    const auto take = [&](std::vector<Error>& from, bool errors, const fs::path* in) {
        for (Error& e : from) {
            (errors ? out.error_files : out.warning_files)
                .push_back(in ? *in : config.file_for(e.where));
            (errors ? out.errors : out.warnings).push_back(std::move(e));
        }
    };
    const fs::path defaults = config.defaults_file.value_or(file);
    take(problems.errors, true, &file);
    take(defaults_problems.errors, true, &defaults);
    take(merged_problems.errors, true, nullptr);
    take(problems.warnings, false, &file);
    take(defaults_problems.warnings, false, &defaults);
    take(merged_problems.warnings, false, nullptr);
    if (doc && out.errors.empty()) {
        out.config = std::move(config);
    }
    return out;
}

ConfigCheck check_config_file(const fs::path& file) {
    Result<std::string> bytes = read_config_bytes(file);
    if (!bytes) {
        ConfigCheck out;
        out.errors.push_back({"", bytes.error().what});
        out.error_files.push_back(file);
        return out;
    }
    return check_config_text(*bytes, file);
}

namespace {
Result<LoadedConfig> to_result(ConfigCheck check, const fs::path& file) {
    if (!check.config) {
        return describe_config_errors(file, check.errors, check.error_files);
    }
    return LoadedConfig{std::move(*check.config), std::move(check.warnings),
                        std::move(check.warning_files)};
}
}  // namespace

Result<LoadedConfig> parse_config(std::string_view json_text, const fs::path& file) {
    return to_result(check_config_text(json_text, file), file);
}

Result<LoadedConfig> load_config(const fs::path& file) {
    return to_result(check_config_file(file), file);
}

Error describe_config_errors(const fs::path& file, const std::vector<Error>& errors,
                             const std::vector<fs::path>& files) {
    const auto line = [&](size_t i) {
        const bool elsewhere = i < files.size() && files[i] != file;
        return (elsewhere ? files[i].string() + ": " : std::string()) + errors[i].to_string();
    };
    if (errors.size() == 1) {
        return Error{file.string(), line(0)};
    }
    std::string what = std::to_string(errors.size()) + " errors:";
    for (size_t i = 0; i < errors.size(); ++i) {
        what += "\n  " + line(i);
    }
    return Error{file.string(), what};
}

}  // namespace signpost
