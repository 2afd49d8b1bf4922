#include "layout/qr_code.h"

#include <memory>
#include <string>

#include <qrencode.h>

namespace signpost {

std::optional<QrMatrix> encode_qr(std::string_view text) {
    if (text.empty()) {
        return std::nullopt;
    }
    // QRcode_encodeData takes the bytes as they are (no mode guessing that
    // would up-case or cut at a NUL); version 0 = the smallest that fits.
    const std::string bytes(text);
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(static_cast<int>(bytes.size()),
                          reinterpret_cast<const unsigned char*>(bytes.data()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!code || code->width <= 0) {
        return std::nullopt;
    }
    const int w = code->width;
    QrMatrix out;
    out.size = w + 2 * kQrQuietZone;
    out.dark.assign(static_cast<size_t>(out.size) * static_cast<size_t>(out.size), 0);
    for (int y = 0; y < w; ++y) {
        for (int x = 0; x < w; ++x) {
            // Bit 0 of each byte is the module's colour; the others are
            // libqrencode's bookkeeping (function patterns, format bits).
            const bool dark = (code->data[y * w + x] & 1) != 0;
            out.dark[static_cast<size_t>((y + kQrQuietZone) * out.size + x + kQrQuietZone)] =
                dark ? 1 : 0;
        }
    }
    return out;
}

}  // namespace signpost
