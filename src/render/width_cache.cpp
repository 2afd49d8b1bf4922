#include "render/width_cache.h"

#include <algorithm>
#include <functional>

namespace signpost {

size_t WidthCache::KeyHash::operator()(const Key& key) const {
    size_t h = std::hash<std::string_view>{}(key.text);
    const uint64_t size_weight = (static_cast<uint64_t>(key.px) << 1) |
                                 static_cast<uint64_t>(key.weight == FontWeight::bold);
    return h ^ (std::hash<uint64_t>{}(size_weight) + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2));
}

WidthCache::WidthCache(size_t max_entries) : max_entries_(std::max<size_t>(1, max_entries)) {}

std::optional<int> WidthCache::find(std::string_view text, int px, FontWeight weight) {
    auto it = index_.find(Key{text, px, weight});
    if (it == index_.end()) {
        ++misses_;
        return std::nullopt;
    }
    ++hits_;
    it->second->cycle = cycle_;
    order_.splice(order_.begin(), order_, it->second);
    return it->second->width;
}

void WidthCache::insert(std::string_view text, int px, FontWeight weight, int width) {
    if (index_.contains(Key{text, px, weight})) {
        return;
    }
    if (index_.size() >= max_entries_) {
        drop_least_recent();
    }
    order_.push_front(Entry{std::string(text), px, weight, width, cycle_});
    const Entry& entry = order_.front();
    index_.emplace(Key{entry.text, entry.px, entry.weight}, order_.begin());
}

void WidthCache::end_cycle() {
    // The list is in order of last use, so the lines of older cycles are all
    // at its back.
    while (!order_.empty() && order_.back().cycle < cycle_) {
        drop_least_recent();
    }
    ++cycle_;
}

void WidthCache::clear() {
    index_.clear();
    order_.clear();
}

void WidthCache::drop_least_recent() {
    const Entry& last = order_.back();
    index_.erase(Key{last.text, last.px, last.weight});
    order_.pop_back();
}

}  // namespace signpost
