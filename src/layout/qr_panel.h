// The directory's QR code (config "qr"): the code and its caption, standing
// beside the rows on a landscape screen and under them on a portrait one, on
// every screen of the directory, so the way can be taken along on a phone.
#pragma once

#include <optional>

#include "layout/canvas.h"
#include "layout/page_context.h"
#include "layout/text_block.h"

namespace signpost::layout_detail {

struct QrPanel {
    QrMatrix matrix;
    std::string text;
    float side = 0;     // du: the code, quiet zone included
    TextBlock caption;  // under the code
    float width = 0;    // du: the panel
    float height = 0;   // du
};

// A module of this many du is at least 6 px at 1080p (1.08 px per du), which
// a phone reads from about a metre and a half.
inline constexpr float kQrModuleDu = 6.0f;

// nullopt without "qr" in the config (or a URL no code version holds).
std::optional<QrPanel> build_qr_panel(PageContext& pc);

// Draws the panel with its top-left at (x, y).
void draw_qr_panel(Canvas& canvas, PageContext& pc, const QrPanel& panel, float x, float y);

}  // namespace signpost::layout_detail
