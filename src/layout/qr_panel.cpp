#include "layout/qr_panel.h"

#include <algorithm>

namespace signpost::layout_detail {

std::optional<QrPanel> build_qr_panel(PageContext& pc, float width) {
    const auto& qr = pc.ctx.config.qr;
    if (!qr) {
        return std::nullopt;
    }
    auto matrix = encode_qr(qr->url);
    if (!matrix) {
        return std::nullopt;
    }
    QrPanel panel;
    panel.side = kQrModuleDu * static_cast<float>(matrix->size);
    panel.matrix = std::move(*matrix);
    panel.text = qr->url;
    panel.width = panel.side;
    panel.height = panel.side;
    if (!qr->caption.empty()) {
        const Sizes& z = pc.sizes;
        const float beside = std::min(width - panel.side - 4 * z.unit, 2 * panel.side);
        if (beside >= panel.side) {
            TextBlock caption = bilingual_block(
                pc.ts, pc.pick(qr->caption), {z.detail, z.detail, 2, 2}, beside, pc.inline_gap());
            if (caption.height() <= panel.side && caption.width() <= beside) {
                panel.caption = std::move(caption);
                panel.caption_beside = true;
                panel.width = panel.caption.width() + 4 * z.unit + panel.side;
                return panel;
            }
        }
        panel.caption = bilingual_block(pc.ts, pc.pick(qr->caption), {z.detail, z.detail, 2, 2},
                                        panel.side, pc.inline_gap());
        panel.height += z.unit + panel.caption.height();
    }
    return panel;
}

void draw_qr_panel(Canvas& canvas, PageContext& pc, const QrPanel& panel, float x, float y) {
    // Dark on light whatever the theme: readers expect dark modules, and
    // not every phone reads an inverted code.
    const float code_x = x + panel.width - panel.side;
    canvas.qr("qr-code", {code_x, y, panel.side, panel.side}, panel.text, panel.matrix,
              Color{0x00, 0x00, 0x00}, Color{0xFF, 0xFF, 0xFF});
    if (panel.caption_beside) {
        // Right-aligned against the code, centred on its height.
        const float w = panel.width - panel.side - 4 * pc.sizes.unit;
        draw_block(canvas, panel.caption, "qr-caption", x,
                   y + (panel.side - panel.caption.height()) / 2, w, HAlign::right, pc.theme.ink,
                   pc.theme, pc.theme.background);
    } else if (!panel.caption.lines.empty()) {
        draw_block(canvas, panel.caption, "qr-caption", x, y + panel.side + pc.sizes.unit,
                   panel.side, HAlign::center, pc.theme.ink, pc.theme, pc.theme.background);
    }
}

}  // namespace signpost::layout_detail
