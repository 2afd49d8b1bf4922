// Shared by the render tests: the real fonts from fonts/manifest.txt (the
// Debian packages are installed on the build machine), log capture (from
// tests/support), and pixel
// helpers over ARGB8888 surfaces. Everything runs headless on software
// renderers drawing into surfaces.
#pragma once

#include <SDL.h>

#include <memory>
#include <string>
#include <vector>

#include "render/font_chain.h"
#include "render/font_manifest.h"
#include "render/presenter.h"
#include "render/sdl_handles.h"
#include "support/log_capture.h"
#include "support/temp_dir.h"
#include "util/log.h"

namespace signpost::test {

FontManifest repo_manifest();

// Display lists by hand. An empty width x height list on `background`.
DisplayList blank_list(int width, int height, Color background = {});
// A text item in the fields' order, regular weight and left-aligned unless said.
TextItem text_item(Rect box, std::string text, float size_px, Color color,
                   FontWeight weight = FontWeight::regular, HAlign align = HAlign::left);
// The kiosk's grey dwell track along `track` with its blue indicator over the
// whole of it: a page at full progress, which with_dwell_progress() cuts.
void add_dwell_bar(DisplayList& list, Rect track);

// Starts SDL_ttf/SDL2_image for one test and resolves a chain from the repo
// manifest (empty chain: the manifest's default).
struct RenderEnv {
    explicit RenderEnv(const std::vector<std::string>& chain = {});
    std::unique_ptr<RenderLibraries> libraries;
    std::unique_ptr<FontChain> fonts;
};

// A software renderer drawing into a fresh ARGB8888 surface.
struct SoftwareTarget {
    SoftwareTarget(int width, int height);
    // format: the surface's, e.g. SDL_PIXELFORMAT_RGB888 for what a window has.
    SoftwareTarget(int width, int height, Uint32 format);
    SurfacePtr surface;
    RendererPtr renderer;
    // Pixel (x, y) after the queued drawing is done.
    uint32_t pixel(int x, int y);
};

uint32_t pixel_at(SDL_Surface* s, int x, int y);
uint8_t alpha_at(SDL_Surface* s, int x, int y);
// Columns of `s` that hold at least one pixel with alpha > threshold.
int inked_columns(SDL_Surface* s, uint8_t threshold = 64);

// Counts pixels in `area` (clipped to s) whose colour differs from `background`
// by more than `tolerance` in some channel.
int pixels_differing(SDL_Surface* s, SDL_Rect area, uint32_t background, int tolerance = 40);

// The pixels a presenter that never saw another page shows for `list`, drawn
// through its page texture onto an ARGB output of out_w x out_h (0: the
// list's size), turned by `rotation`.
SurfacePtr drawn_whole(const DisplayList& list, FontChain& fonts, int rotation = 0, int out_w = 0,
                       int out_h = 0);

// Pixels of a and b (the same size) whose bits under `mask` differ;
// 0x00FFFFFF compares colour only (a window-like output has no alpha).
int pixels_not_equal(SDL_Surface* a, SDL_Surface* b, uint32_t mask = 0xFFFFFFFF);

// With SIGNPOST_RENDER_REVIEW=DIR set, writes DIR/name.png to look at by eye.
void save_for_review(SDL_Surface* s, const std::string& name);

}  // namespace signpost::test
