// --explain-config FILE: the config as the program reads it once its shared
// defaults are merged in (config/config_defaults.h), one line per key — a
// top-level key, or each key of a top-level object — with its value as
// written and the file it came from. Relative paths in a value resolve from
// that file's folder. Then every error of the merged config, as
// --check-config names them; exits 2 when there is one.
#include <algorithm>
#include <iostream>

#include "app/commands.h"
#include "config/config_defaults.h"
#include "config/config_loader.h"
#include "config/strict_json.h"
#include "util/json_pointer.h"

namespace signpost {
namespace fs = std::filesystem;

int run_explain_config(const CliOptions& options) {
    const fs::path file = options.config_path;
    Result<std::string> bytes = read_config_bytes(file);
    if (!bytes) {
        std::cerr << "error: " << bytes.error().to_string() << "\n";
        return 2;
    }
    Problems problems;
    std::optional<nlohmann::json> doc = parse_strict_json(*bytes, problems);
    if (doc) {
        DefaultsMerge merged = merge_defaults(std::move(*doc), file, problems);
        LocationConfig origin;  // only to ask which file a key came from
        origin.file = file;
        origin.defaults_file = merged.defaults_file;
        origin.inherited = merged.inherited;
        std::cout << "# " << file.string();
        if (merged.defaults_file) {
            std::cout << " with defaults from " << merged.defaults_file->string();
        }
        std::cout << "\n";
        std::vector<std::pair<std::string, std::string>> lines;  // pointer and value
        for (const auto& [key, value] : merged.doc.items()) {
            const std::string pointer = json_pointer_child("", key);
            if (value.is_object() && !value.empty()) {
                for (const auto& [sub, sub_value] : value.items()) {
                    lines.emplace_back(json_pointer_child(pointer, sub),
                                       sub_value.dump(-1, ' ', false));
                }
            } else {
                lines.emplace_back(pointer, value.dump(-1, ' ', false));
            }
        }
        size_t width = 0;
        for (const auto& line : lines) {
            width = std::max(width, line.first.size());
        }
        for (const auto& [pointer, value] : lines) {
            std::cout << pointer << std::string(width + 2 - pointer.size(), ' ') << value << "  # "
                      << origin.file_for(pointer).string() << "\n";
        }
    }
    // The errors, each in its file, as --check-config gives them.
    const ConfigCheck check = check_config_file(file);
    for (size_t i = 0; i < check.errors.size(); ++i) {
        const fs::path& in = i < check.error_files.size() ? check.error_files[i] : file;
        std::cerr << "error: " << in.string() << ": " << check.errors[i].to_string() << "\n";
    }
    return check.errors.empty() ? 0 : 2;
}

}  // namespace signpost
