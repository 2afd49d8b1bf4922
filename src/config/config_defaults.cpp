#include "config/config_defaults.h"

#include <algorithm>

#include "config/config_loader.h"
#include "config/config_paths.h"
#include "config/strict_json.h"
#include "util/json_pointer.h"

namespace signpost {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// `own` over `defaults`: own keys win; top-level objects in both are merged
// key by key (one level: a direction or a page is taken whole, never mixed
// from two files). Records what came from `defaults`.
json merge(const json& defaults, json own, std::vector<std::string>& inherited) {
    for (const auto& [key, value] : defaults.items()) {
        const std::string pointer = json_pointer_child("", key);
        auto mine = own.find(key);
        if (mine == own.end()) {
            own[key] = value;
            inherited.push_back(pointer);
            continue;
        }
        if (mine->is_object() && value.is_object()) {
            for (const auto& [sub, sub_value] : value.items()) {
                if (!mine->contains(sub)) {
                    (*mine)[sub] = sub_value;
                    inherited.push_back(json_pointer_child(pointer, sub));
                }
            }
        }
    }
    std::sort(inherited.begin(), inherited.end());
    return own;
}

}  // namespace

DefaultsMerge merge_defaults(json doc, const fs::path& file, Problems& problems) {
    DefaultsMerge out;
    if (!doc.is_object() || !doc.contains("defaults")) {
        out.doc = std::move(doc);
        return out;
    }
    const std::string where = "/defaults";
    const json named = doc["defaults"];
    doc.erase("defaults");
    out.doc = std::move(doc);
    const std::optional<std::string> written = read_nonempty_string(named, where, problems);
    if (!written) {
        return out;
    }
    const fs::path defaults_file = resolve_config_path(config_base_dir(file), *written);
    std::error_code ec;
    if (fs::equivalent(defaults_file, file, ec)) {
        problems.error(where, "names this file itself; defaults come from another file");
        return out;
    }
    Result<std::string> bytes = read_config_bytes(defaults_file);
    if (!bytes) {
        problems.error(where, bytes.error().to_string());
        return out;
    }
    out.defaults_file = defaults_file;
    Problems& own = out.defaults_problems;
    std::optional<json> defaults = parse_strict_json(*bytes, own);
    if (!defaults) {
        return out;
    }
    if (!defaults->is_object()) {
        own.error("", "a defaults file must be a JSON object of config keys, not " +
                          describe_value(*defaults));
        return out;
    }
    if (const auto chained = defaults->find("defaults"); chained != defaults->end()) {
        own.error(where, "names defaults of its own (" + chained->dump() + "), but " +
                             file.string() + " already takes its defaults from " +
                             defaults_file.string() +
                             ": defaults go one level deep; put the keys in this file");
        defaults->erase(chained);
    }
    if (defaults->contains("id")) {
        own.warning("/id",
                    "every screen that takes these defaults gets this id, and so one cache "
                    "folder and one name in the metrics; give each screen its own");
    }
    out.doc = merge(*defaults, std::move(out.doc), out.inherited);
    return out;
}

}  // namespace signpost
