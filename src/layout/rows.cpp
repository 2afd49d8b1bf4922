#include "layout/rows.h"

#include <optional>

namespace signpost::layout_detail {

std::vector<std::vector<size_t>> paginate_rows(std::span<const Row> rows, float first, float rest) {
    std::vector<std::vector<size_t>> pages;
    std::vector<size_t> page;
    float used = 0;
    std::optional<size_t> header;  // the group the rows being placed belong to

    float available = first;
    const auto new_page = [&] {
        available = rest;
        pages.push_back(std::move(page));
        page.clear();
        used = 0;
    };

    for (size_t i = 0; i < rows.size(); ++i) {
        const Row& row = rows[i];
        if (row.group_header) {
            header = i;
            // Keep the header with the first row of its group.
            float needed = row.height;
            if (i + 1 < rows.size() && !rows[i + 1].group_header) {
                needed += rows[i + 1].height;
            }
            if (!page.empty() && used + needed > available) {
                new_page();
            }
            page.push_back(i);
            used += row.height;
            continue;
        }
        if (!page.empty() && used + row.height > available) {
            new_page();
            if (header) {
                page.push_back(*header);
                used += rows[*header].height;
            }
        }
        page.push_back(i);
        used += row.height;
    }
    if (!page.empty() || pages.empty()) {
        pages.push_back(std::move(page));
    }
    return pages;
}

}  // namespace signpost::layout_detail
