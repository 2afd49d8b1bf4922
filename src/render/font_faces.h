// Turning a config's font chain (manifest names or file paths) into font files
// that actually open, with fallbacks (docs/sign-design.md: a font per script): a missing font
// is skipped with a warning naming it (and the package that provides it); when
// nothing of the chain opens, every font of the manifest is tried, loudly.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "render/font_manifest.h"

namespace signpost {

// One font of the chain, resolved to files that opened.
struct ChainFont {
    std::string name;  // manifest name or file path, as configured
    FontFile regular;
    std::optional<FontFile> bold;  // absent: bold text is emboldened by SDL_ttf
};

// Resolves `chain` (empty: the manifest's default chain, its names in order).
// Needs SDL_ttf started (RenderLibraries). Never fails: the result is empty
// only when no font file at all could be opened, which is logged as an error;
// text then draws as replacement boxes rather than not at all.
std::vector<ChainFont> resolve_font_chain(const std::vector<std::string>& chain,
                                          const FontManifest& manifest);

}  // namespace signpost
