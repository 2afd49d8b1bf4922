// The font manifest (fonts/manifest.txt): font names used in a location
// config's "fonts" chain -> candidate files (path, face index, weight) and the
// Debian package that provides each. A plain text format because JSON belongs
// to feed/ and config/; the format is documented at the top of the file.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "layout/display_list.h"
#include "util/result.h"

namespace signpost {

// One face of a font file: .ttc collections hold several.
struct FontFile {
    std::filesystem::path path;
    long index = 0;
    bool operator==(const FontFile&) const = default;
};

struct ManifestFace {
    std::string name;  // "noto-sans-cjk-kr"
    FontWeight weight = FontWeight::regular;
    FontFile file;
    std::string package;  // "fonts-noto-cjk"; "-" when the venue supplies the file
    int line = 0;         // in the manifest, for messages
};

struct FontManifest {
    std::filesystem::path source;  // the file it was read from (empty: parsed from text)
    std::vector<ManifestFace> faces;

    // Font names in order of first appearance: the default chain.
    std::vector<std::string> names() const;
    bool has(std::string_view name) const;
    // Candidate files for one name and weight, in manifest order.
    std::vector<const ManifestFace*> candidates(std::string_view name, FontWeight weight) const;
};

// Parses manifest text. Relative paths resolve against base_dir. A malformed
// line is skipped with a warning naming origin:line and the reason; the rest
// still counts, so one typo does not take every font away.
FontManifest parse_font_manifest(std::string_view text, const std::filesystem::path& base_dir,
                                 std::string_view origin);

// Reads and parses a manifest file; an Error names the file when it cannot be read.
Result<FontManifest> load_font_manifest(const std::filesystem::path& file);

}  // namespace signpost
