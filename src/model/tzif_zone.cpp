#include "model/tzif_zone.h"

#include <algorithm>

namespace signpost {
namespace {

// Reads big-endian fields off the front of the file, remembering overruns.
struct Reader {
    std::string_view rest;
    bool overrun = false;

    std::string_view take(size_t n) {
        if (n > rest.size()) {
            overrun = true;
            rest = {};
            return {};
        }
        std::string_view out = rest.substr(0, n);
        rest.remove_prefix(n);
        return out;
    }
    uint64_t be(size_t bytes) {
        uint64_t v = 0;
        for (char c : take(bytes)) {
            v = v << 8 | static_cast<unsigned char>(c);
        }
        return v;
    }
};

struct Header {
    char version = 0;
    uint32_t isutcnt = 0, isstdcnt = 0, leapcnt = 0, timecnt = 0, typecnt = 0, charcnt = 0;
};

bool read_header(Reader& in, Header& h) {
    if (in.take(4) != "TZif") {
        return false;
    }
    std::string_view version = in.take(1);
    h.version = version.empty() ? 0 : version[0];
    in.take(15);
    h.isutcnt = static_cast<uint32_t>(in.be(4));
    h.isstdcnt = static_cast<uint32_t>(in.be(4));
    h.leapcnt = static_cast<uint32_t>(in.be(4));
    h.timecnt = static_cast<uint32_t>(in.be(4));
    h.typecnt = static_cast<uint32_t>(in.be(4));
    h.charcnt = static_cast<uint32_t>(in.be(4));
    // RFC 8536 3.1: at least one type; the counts of indicators are 0 or typecnt.
    return !in.overrun && h.typecnt > 0 && h.typecnt <= 256 && h.timecnt <= 1u << 20 &&
           h.leapcnt <= 1u << 16 && h.charcnt <= 1u << 16 &&
           (h.isutcnt == 0 || h.isutcnt == h.typecnt) &&
           (h.isstdcnt == 0 || h.isstdcnt == h.typecnt);
}

size_t data_size(const Header& h, size_t time_bytes) {
    return size_t{h.timecnt} * time_bytes + h.timecnt + size_t{h.typecnt} * 6 + h.charcnt +
           size_t{h.leapcnt} * (time_bytes + 4) + h.isstdcnt + h.isutcnt;
}

}  // namespace

Result<TzifZone> TzifZone::parse(std::string_view bytes, const std::string& where) {
    auto bad = [&where](const std::string& why) { return Error{where, "not a TZif file: " + why}; };
    Reader in{bytes};
    Header h;
    if (!read_header(in, h)) {
        return bad("bad header");
    }
    size_t time_bytes = 4;
    if (h.version >= '2') {
        // Version 2 and later repeat the data with 64-bit times after the
        // 32-bit block, then the footer: the 32-bit block is skipped.
        in.take(data_size(h, 4));
        if (in.overrun || !read_header(in, h)) {
            return bad("bad second header");
        }
        time_bytes = 8;
    }
    TzifZone zone;
    zone.transitions_.reserve(h.timecnt);
    for (uint32_t i = 0; i < h.timecnt; ++i) {
        const uint64_t raw = in.be(time_bytes);
        zone.transitions_.push_back(time_bytes == 8
                                        ? static_cast<int64_t>(raw)
                                        : static_cast<int64_t>(static_cast<int32_t>(raw)));
    }
    std::vector<uint8_t> type_of(h.timecnt);
    for (uint32_t i = 0; i < h.timecnt; ++i) {
        type_of[i] = static_cast<uint8_t>(in.be(1));
        if (type_of[i] >= h.typecnt) {
            return bad("transition " + std::to_string(i) + " names no local time type");
        }
    }
    std::vector<int32_t> type_offset(h.typecnt);
    for (uint32_t i = 0; i < h.typecnt; ++i) {
        type_offset[i] = static_cast<int32_t>(static_cast<uint32_t>(in.be(4)));
        in.take(2);  // is-DST flag and abbreviation index: not shown
        if (type_offset[i] <= -89999 || type_offset[i] >= 93600) {
            return bad("offset out of range in local time type " + std::to_string(i));
        }
    }
    in.take(h.charcnt + size_t{h.leapcnt} * (time_bytes + 4) + h.isstdcnt + h.isutcnt);
    if (in.overrun) {
        return bad("cut short");
    }
    if (!std::is_sorted(zone.transitions_.begin(), zone.transitions_.end()) ||
        std::adjacent_find(zone.transitions_.begin(), zone.transitions_.end()) !=
            zone.transitions_.end()) {
        return bad("transitions out of order");
    }
    for (uint8_t type : type_of) {
        zone.offsets_.push_back(type_offset[type]);
    }
    zone.first_offset_ = type_offset[0];
    if (time_bytes == 8) {
        // The footer: "\n" TZ-string "\n"; an empty string means no rule.
        if (in.rest.size() < 2 || in.rest.front() != '\n' || in.rest.back() != '\n') {
            return bad("no footer");
        }
        std::string_view tz = in.rest.substr(1, in.rest.size() - 2);
        if (!tz.empty()) {
            zone.footer_ = PosixTzRule::parse(tz);
            if (!zone.footer_) {
                return bad("footer rule \"" + std::string(tz.substr(0, 60)) + "\" not understood");
            }
        }
    }
    return zone;
}

int32_t TzifZone::offset_at(int64_t unix_seconds) const {
    if (transitions_.empty() || unix_seconds < transitions_.front()) {
        // No transition yet: time type 0, or the rule when the file has no
        // transitions at all (a fixed zone, or one whose rule never changed).
        return transitions_.empty() && footer_ ? footer_->offset_at(unix_seconds) : first_offset_;
    }
    if (unix_seconds >= transitions_.back() && footer_) {
        return footer_->offset_at(unix_seconds);
    }
    const auto after = std::upper_bound(transitions_.begin(), transitions_.end(), unix_seconds);
    return offsets_[static_cast<size_t>(after - transitions_.begin()) - 1];
}

}  // namespace signpost
