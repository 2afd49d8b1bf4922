// QR codes as plain data: the module matrix of a text, quiet zone included,
// which layout carries in a QrItem and the renderer draws as rectangles.
// libqrencode is used here only.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace signpost {

// The light margin ISO/IEC 18004 asks around a code, in modules.
inline constexpr int kQrQuietZone = 4;

struct QrMatrix {
    int size = 0;               // modules per side, quiet zone included
    std::vector<uint8_t> dark;  // size * size, row by row: 1 dark, 0 light
    bool operator==(const QrMatrix&) const = default;
};

// The code for `text` (bytes, UTF-8 as is) at error correction level M (a
// sign's code is read from a step or two, sometimes through glare), in the
// smallest version that holds it, with a quiet zone of kQrQuietZone modules.
// nullopt for an empty text or one too long for any version.
std::optional<QrMatrix> encode_qr(std::string_view text);

}  // namespace signpost
