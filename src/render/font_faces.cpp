#include "render/font_faces.h"

#include <algorithm>

#include "render/sdl_handles.h"
#include "util/log.h"

namespace signpost {
namespace {

namespace fs = std::filesystem;

// Opening a face once is the only reliable test: the file may exist and still
// be truncated, not a font, or a collection without that face index.
bool opens(const FontFile& file, std::string& why) {
    std::error_code ec;
    if (!fs::is_regular_file(file.path, ec)) {
        why = file.path.string() + ": no such file";
        return false;
    }
    FontPtr font(TTF_OpenFontIndex(file.path.c_str(), 16, file.index));
    if (!font) {
        why = file.path.string() + " (face " + std::to_string(file.index) + "): " + TTF_GetError();
        return false;
    }
    return true;
}

std::optional<FontFile> first_that_opens(const std::vector<const ManifestFace*>& candidates,
                                         std::vector<std::string>& tried) {
    for (const ManifestFace* face : candidates) {
        std::string why;
        if (opens(face->file, why)) {
            return face->file;
        }
        tried.push_back(why + (face->package == "-" ? "" : " [package " + face->package + "]"));
    }
    return std::nullopt;
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const auto& part : parts) {
        if (!out.empty()) {
            out += separator;
        }
        out += part;
    }
    return out;
}

std::optional<ChainFont> resolve_manifest_font(const std::string& name,
                                               const FontManifest& manifest) {
    std::vector<std::string> tried;
    auto regular = first_that_opens(manifest.candidates(name, FontWeight::regular), tried);
    if (!regular) {
        log_warning("render", "font \"" + name + "\" is missing, going on without it; tried: " +
                                  (tried.empty() ? "no regular face listed" : joined(tried, "; ")));
        return std::nullopt;
    }
    ChainFont font{name, *regular, std::nullopt};
    auto bold_candidates = manifest.candidates(name, FontWeight::bold);
    if (!bold_candidates.empty()) {
        std::vector<std::string> bold_tried;
        font.bold = first_that_opens(bold_candidates, bold_tried);
        if (!font.bold) {
            log_warning("render", "bold face of font \"" + name +
                                      "\" is missing, bold text will be emboldened; tried: " +
                                      joined(bold_tried, "; "));
        }
    }
    return font;
}

std::optional<ChainFont> resolve_entry(const std::string& entry, const FontManifest& manifest) {
    if (manifest.has(entry)) {
        return resolve_manifest_font(entry, manifest);
    }
    std::string why;
    if (opens(FontFile{fs::path(entry), 0}, why)) {
        return ChainFont{entry, FontFile{fs::path(entry), 0}, std::nullopt};
    }
    std::string where = manifest.source.empty() ? "the font manifest" : manifest.source.string();
    log_warning("render", "font \"" + entry + "\" is neither a name in " + where +
                              " nor a font file that opens (" + why + "), going on without it");
    return std::nullopt;
}

std::vector<ChainFont> resolve_list(const std::vector<std::string>& entries,
                                    const FontManifest& manifest) {
    std::vector<ChainFont> fonts;
    for (const auto& entry : entries) {
        bool seen = std::any_of(fonts.begin(), fonts.end(),
                                [&](const ChainFont& f) { return f.name == entry; });
        if (seen) {
            continue;
        }
        if (auto font = resolve_entry(entry, manifest)) {
            fonts.push_back(std::move(*font));
        }
    }
    return fonts;
}

}  // namespace

std::vector<ChainFont> resolve_font_chain(const std::vector<std::string>& chain,
                                          const FontManifest& manifest) {
    const std::vector<std::string> entries = chain.empty() ? manifest.names() : chain;
    std::vector<ChainFont> fonts = resolve_list(entries, manifest);
    if (fonts.empty()) {
        log_error("render", "FONTS: no font of the chain [" + joined(entries, ", ") +
                                "] could be loaded; falling back to every font in the manifest");
        fonts = resolve_list(manifest.names(), manifest);
    }
    if (fonts.empty()) {
        std::vector<std::string> packages;
        for (const auto& face : manifest.faces) {
            if (face.package != "-" &&
                std::find(packages.begin(), packages.end(), face.package) == packages.end()) {
                packages.push_back(face.package);
            }
        }
        log_error("render",
                  "FONTS: no font at all could be loaded; text will show as boxes. "
                  "Install the packages the font manifest names: " +
                      (packages.empty() ? std::string("(none listed)") : joined(packages, " ")));
        return fonts;
    }
    std::vector<std::string> names;
    for (const auto& f : fonts) {
        names.push_back(f.name);
    }
    log_info("render", "font chain: " + joined(names, ", "));
    return fonts;
}

}  // namespace signpost
