// How the directory sets its rows on a screen: in one column across it or in
// several side by side, whichever takes fewer screens, and where its QR code
// stands (under the last column of the first screen, or of the last
// where that takes fewer screens).
#pragma once

#include <optional>
#include <vector>

#include "layout/page_context.h"
#include "layout/qr_panel.h"
#include "layout/rows.h"

namespace signpost::layout_detail {

struct DirectoryColumns {
    Body body;
    size_t columns = 1;
    float column_gap = 0;
    std::optional<QrPanel> qr;
    float qr_band = 0;     // du: the QR code's share of its screen's last column
    size_t qr_screen = 0;  // the first screen or the last
    std::vector<std::vector<std::vector<size_t>>> screens;
};

// The directory's rows `width` wide in all, under a first screen's rows area
// `first` high and the other screens' `rest` high.
DirectoryColumns set_directory(PageContext& pc, const PageConfig& page, float width, float first,
                               float rest);

}  // namespace signpost::layout_detail
