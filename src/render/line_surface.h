// Composing one line of text from runs rendered by different fonts. Every run
// of a line has the same colour, so a line is one colour plus a coverage
// (alpha) channel: runs are merged by combining coverage ("over" on alpha),
// which keeps anti-aliased edges right where SDL's own blit would darken them
// against the transparent background.
#pragma once

#include <SDL.h>

#include "layout/display_list.h"

namespace signpost {

// Sets every pixel of an ARGB8888 surface to `color` with alpha 0.
void clear_to_transparent(SDL_Surface* line, Color color);

// Adds the alpha of `run` (any format; SDL_ttf gives ARGB8888) at (x, y) of
// `line` (ARGB8888), clipped to `line`.
void add_run_coverage(SDL_Surface* line, SDL_Surface* run, int x, int y);

// A hollow rectangle of `stroke` pixels at full `alpha`: the visible stand-in
// for a character that no font of the chain can draw.
void draw_hollow_box(SDL_Surface* line, SDL_Rect box, int stroke, uint8_t alpha);

}  // namespace signpost
