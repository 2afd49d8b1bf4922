// Images of the display list (a venue's logo, maps) loaded once and kept as
// textures. Raster files are read once per path; SVG is rasterised at the size
// it is shown, so it stays sharp. A file that cannot be loaded is reported once
// and drawn as nothing.
//
// Main thread only, bound to one SDL_Renderer; on_device_reset() after
// SDL_RENDER_TARGETS_RESET / SDL_RENDER_DEVICE_RESET.
#pragma once

#include <SDL.h>

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "render/sdl_handles.h"

namespace signpost {

struct ImageTexture {
    SDL_Texture* texture = nullptr;  // owned by the cache; null: not loadable
    int width = 0;
    int height = 0;
};

class ImageCache {
  public:
    explicit ImageCache(SDL_Renderer* renderer);
    ImageCache(const ImageCache&) = delete;
    ImageCache& operator=(const ImageCache&) = delete;

    // The image at `path` for a box of box_width x box_height pixels.
    ImageTexture get(const std::string& path, int box_width, int box_height);

    void on_device_reset();
    size_t entries() const { return textures_.size(); }

  private:
    struct Entry {
        TexturePtr texture;
        ImageTexture view;
    };
    SurfacePtr load(const std::string& path, int box_width, int box_height);
    void report_once(const std::string& path, const std::string& reason);

    SDL_Renderer* renderer_;
    int max_texture_side_ = 0;
    std::unordered_map<std::string, Entry> textures_;  // key: path, or path@WxH for SVG
    std::unordered_set<std::string> reported_;
};

}  // namespace signpost
