#include "layout/rows.h"

#include <optional>

namespace signpost::layout_detail {

namespace {

// Fills each page as far as it goes, in order.
std::vector<std::vector<size_t>> fill_pages(std::span<const Row> rows, float first, float rest) {
    std::vector<std::vector<size_t>> pages;
    std::vector<size_t> page;
    float used = 0;
    std::optional<size_t> header;     // the group the rows being placed belong to
    std::optional<size_t> subheader;  // and the sub-group, while they are in one

    float available = first;
    const auto place = [&](size_t i) {
        page.push_back(i);
        used += rows[i].height;
    };
    // A new page repeats the headers of the rows that go on there; `with_sub`
    // says whether the sub-group's goes on too.
    const auto new_page = [&](bool with_sub) {
        available = rest;
        pages.push_back(std::move(page));
        page.clear();
        used = 0;
        if (header) {
            place(*header);
        }
        if (with_sub && subheader) {
            place(*subheader);
        }
    };
    // A header's height with the rows it must not be parted from: the headers
    // that follow it and the first row they head.
    const auto kept_together = [&](size_t i) {
        float needed = 0;
        for (size_t j = i; j < rows.size(); ++j) {
            needed += rows[j].height;
            if (!rows[j].group_header && !rows[j].subgroup_header) {
                break;
            }
        }
        return needed;
    };

    for (size_t i = 0; i < rows.size(); ++i) {
        const Row& row = rows[i];
        if (row.group_header) {
            header = i;
            subheader.reset();
            if (!page.empty() && used + kept_together(i) > available) {
                available = rest;
                pages.push_back(std::move(page));
                page.clear();
                used = 0;
            }
            place(i);
            continue;
        }
        if (row.subgroup_header) {
            subheader.reset();
            const bool only_headers = page.size() == (header ? 1u : 0u);
            if (!page.empty() && !only_headers && used + kept_together(i) > available) {
                new_page(false);
            }
            subheader = i;
            place(i);
            continue;
        }
        if (!row.in_subgroup) {
            subheader.reset();
        }
        const bool only_headers =
            page.size() == (header ? 1u : 0u) + (subheader && row.in_subgroup ? 1u : 0u);
        if (!page.empty() && !only_headers && used + row.height > available) {
            new_page(row.in_subgroup);
        }
        place(i);
    }
    if (!page.empty() || pages.empty()) {
        pages.push_back(std::move(page));
    }
    return pages;
}

}  // namespace

std::vector<std::vector<size_t>> paginate_rows(std::span<const Row> rows, float first, float rest) {
    std::vector<std::vector<size_t>> pages = fill_pages(rows, first, rest);
    if (pages.size() < 2) {
        return pages;
    }
    // As few screens as filling gives, but evenly filled: every page's height
    // scaled down as far as it goes without needing another screen, so the
    // last is not left with a row or two while the others are full. Scaling
    // (not a cut of the same height) keeps a first page under a banner in
    // proportion. Filling is monotonic in the height, so halving finds it.
    float lo = 1;  // a scale that keeps the count
    float hi = 0;  // one that does not (nothing fits)
    for (int i = 0; i < 16 && lo - hi > 1e-3f; ++i) {
        const float mid = (lo + hi) / 2;
        if (fill_pages(rows, first * mid, rest * mid).size() == pages.size()) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return lo < 1 ? fill_pages(rows, first * lo, rest * lo) : pages;
}

}  // namespace signpost::layout_detail
