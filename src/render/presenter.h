// Putting pages on the panel: each page is drawn once into a texture of the
// display list's (logical) size, then copied to the output turned for a panel
// mounted on its side or upside down, and scaled to fit. Changing pages can
// cross-fade: the old page's texture is kept and faded out over the new one;
// frames are drawn only while the fade runs, a static page costs nothing.
//
// The same page shown again with a small change (the dwell indicator's next
// step) keeps its texture: only the items that touch the changed pixels are
// drawn, into a small scratch texture copied over that part of the page (see
// render/page_damage.h). A kiosk on a board without a GPU spends its idle time
// on exactly these steps, so they must not repaint the page.
//
// With SDL's software renderer at rotation 0, the page the output's size and
// the output in the pages' own pixel format (RGB888: what X11 and offscreen
// windows have, so the same blitters draw the same pixels; the kiosk's case on
// a board without a GPU), the output itself keeps the
// page between presents (the window surface): the page is drawn and patched
// there, and a page texture lives only during a fade (the new page, and the
// old one read back from the output), so between page changes no whole page
// lives beside the window surface. A GPU renderer's back buffer is undefined
// after a present, so there the page keeps its texture.
//
// Main thread only. SDL_RENDER_TARGETS_RESET / SDL_RENDER_DEVICE_RESET:
// call on_device_reset(), then present() again. When the window's surface is
// made again (SDL_WINDOWEVENT_SIZE_CHANGED), call on_output_replaced() before
// showing the page again.
#pragma once

#include <SDL.h>

#include <chrono>
#include <optional>

#include "layout/display_list.h"
#include "render/patch_scratch.h"
#include "render/renderer.h"
#include "render/sdl_handles.h"
#include "render/turned_page.h"

namespace signpost {

class Presenter {
  public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::milliseconds kCrossFade{600};  // sign-design.md: at most 0.8 s
    // 30 frames a second: a 0.6 s fade in 18 steps still reads as smooth, at
    // half the cost of the panel's 60 (each frame blends two whole pages).
    static constexpr std::chrono::milliseconds kFadeFrameInterval{33};
    // A change covering more of the page than this is drawn whole: the patch
    // would cost as much and adds a copy.
    static constexpr double kLargestPatchShare = 0.4;

    // How the pages were drawn, for tests and the debug log.
    struct Stats {
        uint64_t full_draws = 0;    // the whole page drawn into its texture
        uint64_t patches = 0;       // only a changed area drawn (kept texture)
        uint64_t unchanged = 0;     // shown again as it was: nothing drawn
        uint64_t presents = 0;      // frames presented
        uint64_t patch_pixels = 0;  // pixels of the patches' areas, summed
        uint64_t turned_parts = 0;  // patches turned alone into the turned copy
    };

    // rotation_degrees: how far clockwise the panel is mounted turned
    // (DisplayConfig::rotation: 0, 90, 180, 270); the picture is turned back
    // the other way so it reads upright. Anything else counts as 0, with a warning.
    // output_format: the pixel format of the output's surface; unknown: the
    // window's (SDL_RenderGetWindow), or none (a surface nobody named).
    Presenter(DisplayRenderer& display, int rotation_degrees,
              Uint32 output_format = SDL_PIXELFORMAT_UNKNOWN);
    Presenter(const Presenter&) = delete;
    Presenter& operator=(const Presenter&) = delete;

    // Draws `list` as the page on screen from `now`. cross_fade: the page shown
    // until now fades into it over kCrossFade; otherwise it replaces it at once
    // (a clock tick or a dwell step on the same page), drawing only what
    // changed. Does not present.
    void show(const DisplayList& list, bool cross_fade, Clock::time_point now);

    // Copies the page (during a fade: both pages) to the output and presents it.
    void present(Clock::time_point now);

    bool fading(Clock::time_point now) const;
    // When present() should run again for the fade; nothing when no fade runs.
    std::optional<Clock::time_point> next_frame(Clock::time_point now) const;
    // The loop's step between page changes: presents the fade's next frame
    // when a fade has begun whose last frame is not presented yet; returns
    // whether it presented. At the fade's end instant fading() is already
    // false, but that last present still has to come: it puts the new page
    // whole on the output and frees the two page textures (16 MB at
    // 1920x1080), which would otherwise stay until the next redraw, over a
    // screen left at the fade's last, not quite opaque, blend.
    bool continue_fade(Clock::time_point now);
    bool fade_unfinished() const { return fade_start_.has_value(); }

    // Drops every texture (pages, text, images) and draws the current page
    // again; a running fade ends.
    void on_device_reset();

    // The output's pixels were lost (a new window surface): the next show()
    // draws the page whole even when it did not change.
    void on_output_replaced();

    // Whether the page on screen lives only on the output (no page texture).
    bool draws_on_output() const { return direct_ && !current_; }

    const Stats& stats() const { return stats_; }

  private:
    // Whether a page of this size is drawn on the output itself (see above).
    bool draws_on_output(int width, int height) const;
    bool make_page_textures(int width, int height);
    TexturePtr make_page_texture() const;  // width_ x height_, a render target
    // The output's pixels (the page on screen) in a texture of their own.
    TexturePtr copy_of_output() const;
    // Moves the page on screen to previous_ and gives the next one a texture
    // of its own; false (nothing changed but a dropped old fade) when it cannot.
    bool begin_fade();
    // Draws `list` whole into the page (current_, or the output) and its turned copy.
    void draw_whole(const DisplayList& list);
    void draw_page(SDL_Texture* target, const DisplayList& list);
    // Brings current_ from *current_list_ to `list` by redrawing what
    // differs; false when it cannot (then the caller draws the whole page).
    bool patch_page(const DisplayList& list);
    // Logs the finished fade's frame count (SIGNPOST_LOG=debug) and forgets it.
    void end_fade_if_over(Clock::time_point now);
    void copy_to_output(SDL_Texture* page, uint8_t alpha);
    // Whether present() can copy the turned pages (every one it shows is current).
    bool turned_ready(bool fading_now) const;
    uint8_t fade_alpha(Clock::time_point now) const;  // during a fade only

    DisplayRenderer& display_;
    SDL_Renderer* renderer_;
    int rotation_ = 0;
    // SDL's software renderer on an output in the pages' format: the output
    // keeps its pixels, drawn as a page texture's would be.
    bool software_ = false;
    bool direct_ = false;  // the page is drawn on the output (current_ only during fades)
    TexturePtr current_;   // the page being shown (target texture)
    TexturePtr previous_;  // the page fading out; only during a fade
    // Panels mounted turned: each page also kept turned for the output, so a
    // present is a plain copy (see render/turned_page.h). Empty at rotation 0.
    std::optional<TurnedPage> turned_current_;
    std::optional<TurnedPage> turned_previous_;
    PatchScratch scratch_;     // patches are drawn here, then copied into current_
    bool page_drawn_ = false;  // current_ holds *current_list_
    int width_ = 0;            // page texture size
    int height_ = 0;
    bool textures_failed_ = false;             // no render targets: draw straight to the output
    std::optional<DisplayList> current_list_;  // to draw again after a device reset
    std::optional<Clock::time_point> fade_start_;
    uint64_t fade_frames_ = 0;  // presented during the running fade
    Stats stats_;
};

}  // namespace signpost
