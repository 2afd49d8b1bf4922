// Writing a surface as a PNG with libpng, at a zlib level of our choosing.
// SDL_image's IMG_SavePNG always compresses at zlib's default (6): a fifth of
// the time of one page to PNG (docs/performance.md). Snapshots are written at
// level 1 with the Sub filter: the same pixels, a larger file, a fraction of
// the CPU. The image is RGBA, as IMG_SavePNG writes it.
#pragma once

#include <filesystem>

#include <SDL.h>

#include "util/result.h"

namespace signpost {

// zlib's fastest level, the snapshots' (1); zlib's default is 6.
constexpr int kSnapshotPngLevel = 1;

Result<void> write_png(SDL_Surface* surface, const std::filesystem::path& out,
                       int zlib_level = kSnapshotPngLevel);

}  // namespace signpost
