// The directory's QR code (config "qr"): the code and its caption, at the
// bottom of the last column of the directory's first screen, so the way can
// be taken along on a phone; the other screens give its place to rooms.
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
    TextBlock caption;  // left of the code (caption_beside), else under it
    bool caption_beside = false;
    float width = 0;   // du: the panel
    float height = 0;  // du
};

// A module of this many du is at least 6 px at 1080p (1.08 px per du), which
// a phone reads from about a metre and a half.
inline constexpr float kQrModuleDu = 6.0f;

// nullopt without "qr" in the config (or a URL no code version holds). The
// caption stands left of the code when it fits there in `width` (du) no
// taller than the code, else under the code.
std::optional<QrPanel> build_qr_panel(PageContext& pc, float width);

// Draws the panel with its top-left at (x, y).
void draw_qr_panel(Canvas& canvas, PageContext& pc, const QrPanel& panel, float x, float y);

}  // namespace signpost::layout_detail
