// Rooms whose computed ways differ only in length share one way line in the
// directory, its length a range: the arrow, the floor, the first change of
// level and the step-free line are the same.
#pragma once

#include <vector>

#include "config/location_config.h"

namespace signpost::layout_detail {

// Whether the rooms these ways lead to can stand under one way line.
bool same_direction(const Wayfinding* a, const Wayfinding* b);

// That one line for ways that are all same_direction (not empty): the first
// way with its text (and its step-free line's) giving the ranges of lengths.
Wayfinding shared_way(const std::vector<const Wayfinding*>& ways);

}  // namespace signpost::layout_detail
