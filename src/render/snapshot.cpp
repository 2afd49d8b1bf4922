#include "render/snapshot.h"

#include <system_error>

#include "render/png_file.h"
#include "render/renderer.h"
#include "util/atomic_file.h"

namespace signpost {
namespace {

// 8K in either direction; beyond that the list is wrong, not the screen big.
constexpr int kMaxSide = 8192;

}  // namespace

Result<SurfacePtr> render_to_surface(const DisplayList& list, FontChain& fonts) {
    if (list.width <= 0 || list.height <= 0 || list.width > kMaxSide || list.height > kMaxSide) {
        return Error{"display list", "size " + std::to_string(list.width) + "x" +
                                         std::to_string(list.height) +
                                         " is not between 1x1 and 8192x8192"};
    }
    SurfacePtr surface = make_argb_surface(list.width, list.height);
    if (!surface) {
        return Error{"snapshot", std::string("cannot create the image: ") + SDL_GetError()};
    }
    RendererPtr renderer(SDL_CreateSoftwareRenderer(surface.get()));
    if (!renderer) {
        return Error{"snapshot",
                     std::string("cannot create a software renderer: ") + SDL_GetError()};
    }
    {
        // The renderer's textures must go before the renderer itself.
        DisplayRenderer display(renderer.get(), fonts);
        display.draw(list);
        SDL_RenderFlush(renderer.get());
    }
    renderer.reset();
    return surface;
}

Result<void> render_snapshot_png(const DisplayList& list, FontChain& fonts,
                                 const std::filesystem::path& out) {
    auto surface = render_to_surface(list, fonts);
    if (!surface.ok()) {
        return surface.error();
    }
    auto written = replace_file_atomically(
        out, [&](const std::filesystem::path& temp) { return write_png(surface->get(), temp); });
    if (!written) {
        // Named by the file asked for, not its temporary neighbour.
        return Error{out.string(), written.error().what};
    }
    return ok();
}

}  // namespace signpost
