// The one call that turns configuration into fonts: the manifest file plus a
// location config's "fonts" chain -> a FontChain, which is also the
// TextMeasurer layout needs. Never fails: every problem is logged by name and
// the chain makes do (see resolve_font_chain).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "render/font_chain.h"

namespace signpost {

// Needs RenderLibraries started. An unreadable manifest is an error in the log;
// file paths in `chain` still load without it.
std::unique_ptr<FontChain> load_font_chain(const std::filesystem::path& manifest_file,
                                           const std::vector<std::string>& chain);

}  // namespace signpost
