#include "render/font_manifest.h"

#include <algorithm>
#include <charconv>
#include <system_error>

#include "util/file_read.h"
#include "util/log.h"

namespace signpost {
namespace {

namespace fs = std::filesystem;

// A manifest lists a handful of fonts; anything bigger is not a manifest.
constexpr std::uintmax_t kMaxManifestBytes = 1u << 20;

std::vector<std::string_view> split_fields(std::string_view line) {
    std::vector<std::string_view> fields;
    size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) {
            ++i;
        }
        size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t') {
            ++i;
        }
        if (i > start) {
            fields.push_back(line.substr(start, i - start));
        }
    }
    return fields;
}

void warn_line(std::string_view origin, int line, std::string_view reason) {
    std::string message(origin);
    message += ':';
    message += std::to_string(line);
    message += ": ";
    message += reason;
    message += "; line skipped";
    log_warning("render", message);
}

}  // namespace

std::vector<std::string> FontManifest::names() const {
    std::vector<std::string> out;
    for (const auto& face : faces) {
        if (std::find(out.begin(), out.end(), face.name) == out.end()) {
            out.push_back(face.name);
        }
    }
    return out;
}

bool FontManifest::has(std::string_view name) const {
    return std::any_of(faces.begin(), faces.end(),
                       [&](const ManifestFace& face) { return face.name == name; });
}

std::vector<const ManifestFace*> FontManifest::candidates(std::string_view name,
                                                          FontWeight weight) const {
    std::vector<const ManifestFace*> out;
    for (const auto& face : faces) {
        if (face.name == name && face.weight == weight) {
            out.push_back(&face);
        }
    }
    return out;
}

FontManifest parse_font_manifest(std::string_view text, const fs::path& base_dir,
                                 std::string_view origin) {
    FontManifest manifest;
    int line_number = 0;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        ++line_number;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        auto fields = split_fields(line);
        if (fields.empty() || fields[0].front() == '#') {
            continue;
        }
        if (fields.size() != 5) {
            warn_line(origin, line_number,
                      "expected 5 fields (name weight index path package), found " +
                          std::to_string(fields.size()));
            continue;
        }
        ManifestFace face;
        face.name = std::string(fields[0]);
        face.line = line_number;
        if (fields[1] == "regular") {
            face.weight = FontWeight::regular;
        } else if (fields[1] == "bold") {
            face.weight = FontWeight::bold;
        } else {
            warn_line(origin, line_number,
                      "weight \"" + std::string(fields[1]) + "\" is not regular or bold");
            continue;
        }
        long index = -1;
        auto [ptr, ec] =
            std::from_chars(fields[2].data(), fields[2].data() + fields[2].size(), index);
        if (ec != std::errc{} || ptr != fields[2].data() + fields[2].size() || index < 0 ||
            index > 0xFFFF) {
            warn_line(origin, line_number,
                      "face index \"" + std::string(fields[2]) + "\" is not a number 0..65535");
            continue;
        }
        fs::path path{std::string(fields[3])};
        face.file = FontFile{path.is_absolute() ? path : base_dir / path, index};
        face.package = std::string(fields[4]);
        manifest.faces.push_back(std::move(face));
    }
    return manifest;
}

Result<FontManifest> load_font_manifest(const fs::path& file) {
    FileRead read = read_whole_file(file, kMaxManifestBytes);
    switch (read.problem) {
        case FileReadProblem::none:
            break;
        case FileReadProblem::missing:
        case FileReadProblem::read_error:
            return Error{file.string(), "cannot read the font manifest: " + read.system_reason};
        case FileReadProblem::directory:
            return Error{file.string(), "cannot read the font manifest: it is a folder"};
        case FileReadProblem::too_large: {
            std::error_code ec;
            const auto size = fs::file_size(file, ec);
            return Error{file.string(), "font manifest is " + std::to_string(size) +
                                            " bytes, more than the 1 MiB a manifest can be"};
        }
        case FileReadProblem::not_regular:
        case FileReadProblem::unreadable:
            return Error{file.string(), "cannot open the font manifest"};
    }
    FontManifest manifest = parse_font_manifest(read.bytes, file.parent_path(), file.string());
    manifest.source = file;
    if (manifest.faces.empty()) {
        log_warning("render", file.string() + ": the font manifest lists no usable face");
    }
    return manifest;
}

}  // namespace signpost
