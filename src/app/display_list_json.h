// A display list as JSON, for --dump: tools and tests check layout without pixels.
#pragma once

#include <nlohmann/json.hpp>

#include "layout/display_list.h"

namespace signpost {

nlohmann::json display_items_to_json(const DisplayList& list);
std::string color_to_hex(Color c);

}  // namespace signpost
