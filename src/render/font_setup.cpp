#include "render/font_setup.h"

#include "render/font_faces.h"
#include "render/font_manifest.h"
#include "util/log.h"

namespace signpost {

std::unique_ptr<FontChain> load_font_chain(const std::filesystem::path& manifest_file,
                                           const std::vector<std::string>& chain) {
    FontManifest manifest;
    auto loaded = load_font_manifest(manifest_file);
    if (loaded.ok()) {
        manifest = std::move(loaded).value();
    } else {
        log_error("render", "FONTS: " + loaded.error().to_string() +
                                "; only font files named in the config can load");
    }
    return std::make_unique<FontChain>(resolve_font_chain(chain, manifest));
}

}  // namespace signpost
