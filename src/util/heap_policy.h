// How the kiosk keeps its resident memory from creeping: glibc's malloc keeps
// memory a program freed for its next allocations and gives back only the top
// of each heap by itself, so a free span between blocks still in use stays
// resident. A kiosk allocates in bursts (a page's layout and text, a fade's
// page textures, each feed parse on the worker's own arena), and without
// these calls its resident size climbs step by step to the largest burst's
// pattern and stays there (docs/reliability.md: a week's soak).
// On a C library without these calls, or under a sanitizer that replaces
// malloc, they do nothing.
#pragma once

#include <cstddef>

namespace signpost {

// Blocks of `bytes` and more are mapped apart and unmapped when freed. Whole
// pages (8 MB at 1920x1080) come and go with fades; glibc's default threshold
// rises to the size of the first such block freed, after which pages come
// from the heap and stay in it. Call once, before other threads start.
void map_large_blocks_apart(size_t bytes);

// Returns the whole free pages of every malloc arena to the system (glibc's
// malloc_trim). It walks the free lists, so call it when the program is
// otherwise idle, not per frame: the kiosk calls it after its first frame,
// after each new schedule and once a page cycle. True when some memory was
// returned.
bool return_free_heap_to_system();

}  // namespace signpost
