// Drawing a display list without any display: a software renderer on a plain
// surface (no video driver, no SDL_Init), for --snapshot and for tests.
#pragma once

#include <filesystem>

#include "layout/display_list.h"
#include "render/font_chain.h"
#include "render/sdl_handles.h"
#include "util/result.h"

namespace signpost {

// The list drawn on a list.width x list.height ARGB8888 surface, in the list's
// own (logical, unrotated) orientation. Needs RenderLibraries started.
Result<SurfacePtr> render_to_surface(const DisplayList& list, FontChain& fonts);

// render_to_surface, written as a PNG. The file is written beside `out` and
// renamed over it, so a reader never sees half an image.
Result<void> render_snapshot_png(const DisplayList& list, FontChain& fonts,
                                 const std::filesystem::path& out);

}  // namespace signpost
