// The widths of lines layout measured, by (text, pixel size, weight): layout
// measures the same lines again at every minute tick and page change, and a
// repeat should cost a hash lookup, not a glyph lookup per codepoint and a
// FreeType pass per run.
//
// What it keeps: the lines measured during the page cycle that just ended and
// the one going on (end_cycle drops the rest), and never more than
// `max_entries` (least recently used out first). Kept by the cycle, not only
// by the count, so a kiosk holds about one cycle's lines, whatever the venue's
// size: a schedule's titles change through each day, and a cache that only
// filled up to its count kept every day's old titles until it was full,
// memory that a week's soak saw climb for days (docs/reliability.md).
//
// Main thread only, like the FontChain that owns it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "layout/display_list.h"

namespace signpost {

class WidthCache {
  public:
    explicit WidthCache(size_t max_entries);
    WidthCache(const WidthCache&) = delete;
    WidthCache& operator=(const WidthCache&) = delete;

    // The width remembered for the line, marked as used in this cycle; none
    // when it is not there (a miss; the caller measures and inserts it).
    std::optional<int> find(std::string_view text, int px, FontWeight weight);
    // Remembers a line not there yet; the least recently used one goes first
    // when the cache is full.
    void insert(std::string_view text, int px, FontWeight weight, int width);

    // A page cycle ended: the lines not used during it go, the others stay
    // for the next one.
    void end_cycle();
    // Forgets every width (the fonts changed under them).
    void clear();

    size_t size() const { return index_.size(); }
    uint64_t hits() const { return hits_; }
    uint64_t misses() const { return misses_; }

  private:
    struct Entry {
        std::string text;
        int px = 0;
        FontWeight weight = FontWeight::regular;
        int width = 0;
        uint64_t cycle = 0;  // the last cycle the line was used in
    };
    using Order = std::list<Entry>;  // most recently used first
    // Views into the entries' own text: a list node never moves, so the view
    // stays valid as long as the entry, and each line's text is stored once.
    struct Key {
        std::string_view text;
        int px = 0;
        FontWeight weight = FontWeight::regular;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash {
        size_t operator()(const Key& key) const;
    };

    void drop_least_recent();

    Order order_;
    std::unordered_map<Key, Order::iterator, KeyHash> index_;
    size_t max_entries_;
    uint64_t cycle_ = 0;
    uint64_t hits_ = 0;
    uint64_t misses_ = 0;
};

}  // namespace signpost
