// Putting pages on the panel: each page is drawn once into a texture of the
// display list's (logical) size, then copied to the output turned for a panel
// mounted on its side or upside down, and scaled to fit. Changing pages can
// cross-fade: the old page's texture is kept and faded out over the new one;
// frames are drawn only while the fade runs, a static page costs nothing.
//
// Main thread only. SDL_RENDER_TARGETS_RESET / SDL_RENDER_DEVICE_RESET:
// call on_device_reset(), then present() again.
#pragma once

#include <SDL.h>

#include <chrono>
#include <optional>

#include "layout/display_list.h"
#include "render/renderer.h"
#include "render/sdl_handles.h"

namespace signpost {

class Presenter {
  public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::milliseconds kCrossFade{600};  // SIGN-DESIGN: at most 0.8 s
    static constexpr std::chrono::milliseconds kFadeFrameInterval{16};

    // rotation_degrees: how far clockwise the panel is mounted turned
    // (DisplayConfig::rotation: 0, 90, 180, 270); the picture is turned back
    // the other way so it reads upright. Anything else counts as 0, with a warning.
    Presenter(DisplayRenderer& display, int rotation_degrees);
    Presenter(const Presenter&) = delete;
    Presenter& operator=(const Presenter&) = delete;

    // Draws `list` as the page on screen from `now`. cross_fade: the page shown
    // until now fades into it over kCrossFade; otherwise it replaces it at once
    // (a clock tick on the same page). Does not present.
    void show(const DisplayList& list, bool cross_fade, Clock::time_point now);

    // Copies the page (during a fade: both pages) to the output and presents it.
    void present(Clock::time_point now);

    bool fading(Clock::time_point now) const;
    // When present() should run again for the fade; nothing when no fade runs.
    std::optional<Clock::time_point> next_frame(Clock::time_point now) const;

    // Drops every texture (pages, text, images) and draws the current page
    // again; a running fade ends.
    void on_device_reset();

  private:
    bool make_page_textures(int width, int height);
    void draw_page(SDL_Texture* target, const DisplayList& list);
    void copy_to_output(SDL_Texture* page, uint8_t alpha);

    DisplayRenderer& display_;
    SDL_Renderer* renderer_;
    int rotation_ = 0;
    TexturePtr current_;   // the page being shown (target texture)
    TexturePtr previous_;  // the page fading out
    int width_ = 0;        // page texture size
    int height_ = 0;
    bool textures_failed_ = false;             // no render targets: draw straight to the output
    std::optional<DisplayList> current_list_;  // to draw again after a device reset
    std::optional<Clock::time_point> fade_start_;
};

}  // namespace signpost
