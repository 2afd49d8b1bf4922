#include "layout/rows.h"

#include <algorithm>
#include <optional>

namespace signpost::layout_detail {

namespace {

// Fills each page (a column of rows) as far as it goes, in order; page n is
// `height_of(n)` high. Headers are repeated at the top of every page, or with
// `repeat_each` > 1 only at the top of every repeat_each-th (a screen's first
// column).
template <class HeightOf>
std::vector<std::vector<size_t>> fill_pages(std::span<const Row> rows, const HeightOf& height_of,
                                            size_t repeat_each) {
    std::vector<std::vector<size_t>> pages;
    std::vector<size_t> page;
    float used = 0;
    std::optional<size_t> header;     // the group the rows being placed belong to
    std::optional<size_t> subheader;  // and the sub-group, while they are in one
    size_t unrepeated = 0;            // headers of this page's rows not repeated on it

    float available = height_of(0);
    const auto place = [&](size_t i) {
        page.push_back(i);
        used += rows[i].height;
    };
    // A new page repeats the headers of the rows that go on there; `with_sub`
    // says whether the sub-group's goes on too.
    const auto new_page = [&](bool with_sub) {
        pages.push_back(std::move(page));
        available = height_of(pages.size());
        page.clear();
        used = 0;
        unrepeated = 0;
        if (pages.size() % repeat_each != 0) {
            unrepeated = (header ? 1u : 0u) + (with_sub && subheader ? 1u : 0u);
            return;
        }
        if (header) {
            const int again = rows[*header].repeat_as;
            place(again >= 0 ? static_cast<size_t>(again) : *header);
        }
        if (with_sub && subheader) {
            place(*subheader);
        }
    };
    // A header's height with the rows it must not be parted from: the headers
    // that follow it, the rows kept with what follows (a way's step-free
    // line) and the first row after them.
    const auto kept_together = [&](size_t i) {
        float needed = 0;
        for (size_t j = i; j < rows.size(); ++j) {
            if (rows[j].repeat_only) {
                continue;
            }
            needed += rows[j].height;
            if (!rows[j].group_header && !rows[j].subgroup_header && !rows[j].keep_with_next) {
                break;
            }
        }
        return needed;
    };

    for (size_t i = 0; i < rows.size(); ++i) {
        const Row& row = rows[i];
        if (row.repeat_only) {
            continue;
        }
        if (row.group_header) {
            header = i;
            subheader.reset();
            if (!page.empty() && used + kept_together(i) > available) {
                pages.push_back(std::move(page));
                available = height_of(pages.size());
                page.clear();
                used = 0;
            }
            unrepeated = 0;
            place(i);
            continue;
        }
        if (row.subgroup_header) {
            subheader.reset();
            const bool only_headers = page.size() + unrepeated == (header ? 1u : 0u);
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
        const bool only_headers = page.size() + unrepeated ==
                                  (header ? 1u : 0u) + (subheader && row.in_subgroup ? 1u : 0u);
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

std::vector<std::vector<std::vector<size_t>>> paginate_columns(std::span<const Row> rows,
                                                               float first, float rest,
                                                               size_t columns,
                                                               std::optional<ColumnReserve> reserve,
                                                               bool repeat_in_columns, bool even) {
    columns = std::max<size_t>(columns, 1);
    // Column n's height at a scale (the reserve is the QR code's: it does not scale).
    const auto heights = [&](float scale) {
        return [&, scale](size_t n) {
            const float h = (n < columns ? first : rest) * scale;
            return reserve && reserve->column == n ? std::max(0.0f, h - reserve->height) : h;
        };
    };
    const auto screens_of = [&](size_t n) { return (n + columns - 1) / columns; };
    const size_t each = repeat_in_columns ? 1 : columns;
    std::vector<std::vector<size_t>> filled = fill_pages(rows, heights(1), each);
    const size_t screens = screens_of(filled.size());
    if (even && filled.size() >= 2) {
        // As few screens as filling gives, but evenly filled: every column's
        // height scaled down as far as it goes without needing another
        // screen, so the last is not left with a row or two while the others
        // are full. Scaling (not a cut of the same height) keeps a first
        // screen under a banner in proportion. Filling is monotonic in the
        // height, so halving finds it.
        float lo = 1;  // a scale that keeps the count
        float hi = 0;  // one that does not (nothing fits)
        for (int i = 0; i < 16 && lo - hi > 1e-3f; ++i) {
            const float mid = (lo + hi) / 2;
            if (screens_of(fill_pages(rows, heights(mid), each).size()) == screens) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        if (lo < 1) {
            filled = fill_pages(rows, heights(lo), each);
        }
    }
    std::vector<std::vector<std::vector<size_t>>> out(std::max<size_t>(screens, 1));
    for (size_t c = 0; c < filled.size(); ++c) {
        out[c / columns].push_back(std::move(filled[c]));
    }
    if (out.front().empty()) {
        out.front().emplace_back();
    }
    return out;
}

std::vector<std::vector<std::vector<size_t>>> paginate_columns(std::span<const Row> rows,
                                                               float first, float rest,
                                                               size_t columns, float first_last) {
    if (first_last < 0) {
        return paginate_columns(rows, first, rest, columns, std::optional<ColumnReserve>{});
    }
    return paginate_columns(rows, first, rest, columns,
                            ColumnReserve{std::max<size_t>(columns, 1) - 1, first - first_last});
}

std::vector<std::vector<size_t>> paginate_rows(std::span<const Row> rows, float first, float rest) {
    std::vector<std::vector<size_t>> pages;
    for (auto& screen : paginate_columns(rows, first, rest, 1)) {
        pages.push_back(std::move(screen.front()));
    }
    return pages;
}

}  // namespace signpost::layout_detail
