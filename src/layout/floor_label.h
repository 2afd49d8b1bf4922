// Floor marks as docs/sign-design.md writes them: "2F · 2층", basements "B1 · 지하 1층".
// Labels that are not floor numbers (P1, M, "Mezzanine") are shown as written:
// they match the venue's own signs, which is what a visitor will look for.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace signpost::layout_detail {

// The mark in the languages of `order` that have a floor style (ko, en), English
// style first as in docs/sign-design.md; English style alone when neither is asked for.
// "" for an empty label.
std::string floor_mark(std::string_view floor, std::span<const std::string> order);

}  // namespace signpost::layout_detail
