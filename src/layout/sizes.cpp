#include "layout/sizes.h"

#include <algorithm>

namespace signpost::layout_detail {

TextStyle Sizes::secondary_of(TextStyle primary) const {
    return {std::max(primary.size * kSecondaryScale, detail.size), FontWeight::regular};
}

Sizes compute_sizes(int width_px, int height_px, TextMeasurer& measurer) {
    Sizes s;
    s.width_px = std::max(width_px, 1);
    s.height_px = std::max(height_px, 1);
    const int short_px = std::min(s.width_px, s.height_px);
    s.px_per_du = static_cast<float>(short_px) / kShortSideDu;
    s.width = static_cast<float>(s.width_px) / s.px_per_du;
    s.height = static_cast<float>(s.height_px) / s.px_per_du;
    s.portrait = s.width_px < s.height_px;
    s.safe = {s.width * kSafeMargin, s.height * kSafeMargin, s.width * (1 - 2 * kSafeMargin),
              s.height * (1 - 2 * kSafeMargin)};

    // The tiers are cap heights; the font size follows from the font's own
    // cap-height ratio. Sizing by the Latin cap height also satisfies the Hangul
    // rule, since a Hangul block (about 0.9 em) is taller than a capital.
    const float probe_px = 100.0f;
    float cap_per_em = measurer.metrics(probe_px, FontWeight::regular).cap_height / probe_px;
    if (!(cap_per_em > 0.3f && cap_per_em < 1.2f)) {
        cap_per_em = kDefaultCapPerEm;
    }
    // A hair above the minimum, so float rounding never lands a size below its tier.
    const auto em_for_cap = [&](float cap) { return cap / cap_per_em * 1.001f; };
    s.glance = {em_for_cap(kGlanceCap), FontWeight::regular};
    s.scan = {em_for_cap(kScanCap), FontWeight::regular};
    s.detail = {em_for_cap(kDetailCap), FontWeight::regular};
    s.glance_bold = {s.glance.size, FontWeight::bold};
    s.scan_bold = {s.scan.size, FontWeight::bold};
    s.detail_bold = {s.detail.size, FontWeight::bold};
    s.unit = kDetailCap / 4;
    return s;
}

}  // namespace signpost::layout_detail
