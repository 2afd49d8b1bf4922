#include "layout_checks.h"

#include <algorithm>
#include <cstdio>
#include <variant>

#include "layout/theme.h"
#include "layout/utf8_text.h"

namespace signpost::test {
namespace {

using namespace layout_detail;

std::string item_name(const DisplayItem& item) {
    std::string s = item.role;
    if (const auto* t = std::get_if<TextItem>(&item.data)) {
        s += " \"" + t->text + "\"";
    }
    return s;
}

Rect box_of(const DisplayItem& item) {
    return std::visit(
        [](const auto& d) -> Rect {
            using T = std::decay_t<decltype(d)>;
            if constexpr (std::is_same_v<T, RectItem>) {
                return d.rect;
            } else {
                return d.box;
            }
        },
        item.data);
}

// Two boxes overlap when they share more than float noise (0.01 px) both ways.
bool overlaps(Rect a, Rect b) {
    const float w = std::min(a.right(), b.right()) - std::max(a.x, b.x);
    const float h = std::min(a.bottom(), b.bottom()) - std::max(a.y, b.y);
    return w > 0.01f && h > 0.01f;
}

bool inside(Rect inner, Rect outer, float eps) {
    return inner.x >= outer.x - eps && inner.y >= outer.y - eps &&
           inner.right() <= outer.right() + eps && inner.bottom() <= outer.bottom() + eps;
}

// The colour under the centre of `box`: the last rect drawn before item
// `index` that covers it, else the list's background.
Color backdrop(const DisplayList& list, size_t index, Rect box) {
    const float cx = box.x + box.w / 2;
    const float cy = box.y + box.h / 2;
    for (size_t i = index; i-- > 0;) {
        if (const auto* r = std::get_if<RectItem>(&list.items[i].data)) {
            if (cx >= r->rect.x && cx <= r->rect.right() && cy >= r->rect.y &&
                cy <= r->rect.bottom()) {
                return r->color;
            }
        }
    }
    return list.background;
}

std::string box_text(Rect box) {
    char out[96];
    std::snprintf(out, sizeof out, "%g,%g %gx%g", box.x, box.y, box.w, box.h);
    return out;
}

}  // namespace

float FakeMeasurer::text_width(std::string_view utf8, float size_px, FontWeight weight) {
    ++calls;
    float em = 0;
    for (size_t i = 0; i < utf8.size();) {
        const DecodedCodepoint d = decode_utf8_at(utf8, i);
        i += d.length;
        if (d.cp == ' ') {
            em += 0.3f;
        } else if (is_hangul(d.cp) || breaks_between(d.cp)) {
            em += 1.0f;
        } else if (d.cp < 0x80) {
            em += weight == FontWeight::bold ? 0.6f : 0.55f;
        } else {
            em += 0.65f;
        }
    }
    return em * size_px;
}

FontMetrics FakeMeasurer::metrics(float size_px, FontWeight) {
    return {1.16f * size_px, 0.288f * size_px, 1.448f * size_px, 0.733f * size_px};
}

std::vector<std::string> sound_page_problems(const DisplayList& list, TextMeasurer& measurer) {
    std::vector<std::string> problems;
    const auto check = [&problems](bool ok, const std::string& what) {
        if (!ok) {
            problems.push_back(what);
        }
    };
    const float w = static_cast<float>(list.width);
    const float h = static_cast<float>(list.height);
    const float short_side = std::min(w, h);
    const Rect safe{w * 0.05f, h * 0.05f, w * 0.9f, h * 0.9f};
    const float eps = 0.01f * short_side / 100;  // float noise, far below a pixel
    const float detail_px = 0.026f * short_side;

    check(!list.items.empty(), "a blank page");
    size_t text_count = 0;
    for (size_t i = 0; i < list.items.size(); ++i) {
        const DisplayItem& item = list.items[i];
        const Rect box = box_of(item);
        const std::string name = item_name(item);
        const bool full_bleed = item.role == "emergency-background";
        if (!full_bleed) {
            check(inside(box, safe, eps),
                  name + " at " + box_text(box) + " leaves the safe area of " + box_text(safe));
        }
        if (const auto* t = std::get_if<TextItem>(&item.data)) {
            ++text_count;
            check(is_valid_utf8(t->text), name + " is not valid UTF-8");
            const FontMetrics m = measurer.metrics(t->size_px, t->weight);
            check(m.cap_height >= detail_px - eps, name + " below the detail tier");
            check(measurer.text_width(t->text, t->size_px, t->weight) <= box.w + eps,
                  name + " wider than its box");
            // The box holds the ink, placed by the baseline: Hangul and accented
            // capitals reach 0.9 em above it, descenders 0.24 em below.
            check(t->baseline + eps >= 0.9f * t->size_px, name + " top cut");
            check(box.h - t->baseline + eps >= 0.24f * t->size_px, name + " descenders cut");
            const Color under = backdrop(list, i, box);
            check(contrast(t->color, under) >= 7.0, name + " contrast");
            check(!t->text.empty(), name + " is empty");
            check(t->text.find('\n') == std::string::npos, name + " holds a line break");
        }
        if (const auto* a = std::get_if<ArrowItem>(&item.data)) {
            check(contrast(a->color, backdrop(list, i, box)) >= 3.0, name + " contrast");
        }
    }
    check(text_count > 0, "a page without text");
    for (size_t i = 0; i < list.items.size(); ++i) {
        const auto* a = std::get_if<TextItem>(&list.items[i].data);
        if (!a) {
            continue;
        }
        for (size_t j = i + 1; j < list.items.size(); ++j) {
            const auto* b = std::get_if<TextItem>(&list.items[j].data);
            if (b && overlaps(a->box, b->box)) {
                problems.push_back(item_name(list.items[i]) + " overlaps " +
                                   item_name(list.items[j]));
            }
        }
    }
    return problems;
}

}  // namespace signpost::test
