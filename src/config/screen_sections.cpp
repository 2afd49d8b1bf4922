// "display", "pages", "languages", "fonts", "timezone", "simulated_clock": how
// and when this screen shows things.
#include <set>
#include <system_error>

#include "config/config_paths.h"
#include "config/config_sections.h"
#include "model/timezone.h"

namespace signpost {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// Dwell when a page leaves it out: 12 s, the least a screen stays; layout
// lengthens it to 2 s per room or 1 s per word shown, up to 15 s
// (layout/layout.h), so a cycle of a large venue stays short.
Seconds default_dwell(PageKind) {
    return Seconds{12};
}

std::optional<PageConfig> read_page(const json& v, const std::string& path, Problems& problems) {
    ObjectReader page(
        v, path, {"kind", "dwell_seconds", "buildings", "look_ahead_minutes", "window_minutes"},
        problems);
    if (!page.is_object()) {
        return std::nullopt;
    }
    PageConfig out;
    bool ok = true;
    if (const json* kind = page.require("kind")) {
        auto name = read_string(*kind, page.path("kind"), problems);
        auto parsed = name ? parse_page_kind(*name) : std::nullopt;
        if (name && !parsed) {
            problems.error(page.path("kind"), "must be one of directory, now_next, upcoming, not " +
                                                  quote_value(*name));
        }
        ok = ok && parsed.has_value();
        out.kind = parsed.value_or(PageKind::now_next);
    } else {
        ok = false;
    }
    out.dwell = default_dwell(out.kind);
    if (const json* dwell = page.get("dwell_seconds")) {
        auto n = read_integer(*dwell, page.path("dwell_seconds"), problems, 3, 600, "seconds");
        ok = ok && n.has_value();
        out.dwell = n ? Seconds{*n} : out.dwell;
    }
    if (const json* buildings = page.get("buildings")) {
        auto ids = read_string_list(*buildings, page.path("buildings"), problems);
        ok = ok && ids.has_value();
        out.buildings = ids.value_or(std::vector<std::string>{});
    }
    // Minutes ahead: now_next's look-ahead, upcoming's window; 5 min to a day.
    const auto read_minutes = [&](const char* key, PageKind kind, std::chrono::minutes& into) {
        const json* m = page.get(key);
        if (!m) {
            return;
        }
        if (out.kind != kind) {
            problems.error(page.path(key),
                           std::string("goes with kind ") + std::string(to_string(kind)) + " only");
            ok = false;
            return;
        }
        auto n = read_integer(*m, page.path(key), problems, 5, 1440, "minutes");
        ok = ok && n.has_value();
        into = n ? std::chrono::minutes{*n} : into;
    };
    read_minutes("look_ahead_minutes", PageKind::now_next, out.look_ahead);
    read_minutes("window_minutes", PageKind::upcoming, out.window);
    if (!ok) {
        return std::nullopt;
    }
    return out;
}

// A font entry is a path when it looks like one ("fonts/x.ttf", "NotoSans.otf");
// otherwise it is a name from the font manifest ("noto-sans-cjk-kr").
bool looks_like_font_file(std::string_view entry) {
    if (entry.find('/') != std::string_view::npos) {
        return true;
    }
    std::string ext = fs::path(std::string(entry)).extension().string();
    for (char& c : ext) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return ext == ".ttf" || ext == ".otf" || ext == ".ttc" || ext == ".otc";
}

}  // namespace

void read_display_section(const json* v, const std::string& path, DisplayConfig& display,
                          Problems& problems) {
    if (!v) {
        return;
    }
    ObjectReader reader(*v, path, {"fullscreen", "width", "height", "rotation"}, problems);
    if (const json* fullscreen = reader.get("fullscreen")) {
        display.fullscreen = read_bool(*fullscreen, reader.path("fullscreen"), problems)
                                 .value_or(display.fullscreen);
    }
    if (const json* width = reader.get("width")) {
        display.width = static_cast<int>(
            read_integer(*width, reader.path("width"), problems, 320, 7680, "pixels")
                .value_or(display.width));
    }
    if (const json* height = reader.get("height")) {
        display.height = static_cast<int>(
            read_integer(*height, reader.path("height"), problems, 320, 7680, "pixels")
                .value_or(display.height));
    }
    if (const json* rotation = reader.get("rotation")) {
        auto n = as_whole_number(*rotation);
        if (n && (*n == 0 || *n == 90 || *n == 180 || *n == 270)) {
            display.rotation = static_cast<int>(*n);
        } else {
            problems.error(reader.path("rotation"),
                           "must be one of 0, 90, 180, 270, not " + describe_value(*rotation));
        }
    }
}

void read_pages_section(const json* v, const std::string& path, LocationConfig& config,
                        Problems& problems) {
    if (!v) {
        return;  // check_config_text set default_pages()
    }
    if (!v->is_array()) {
        problems.error(path, "must be a list of pages like {\"kind\": \"directory\"}");
        return;
    }
    if (v->empty()) {
        problems.error(path, "must list at least one page (leave \"pages\" out for the default)");
        return;
    }
    std::vector<PageConfig> pages;
    for (size_t i = 0; i < v->size(); ++i) {
        if (auto page = read_page((*v)[i], json_pointer_child(path, i), problems)) {
            pages.push_back(std::move(*page));
        }
    }
    if (pages.size() == v->size()) {
        config.pages = std::move(pages);
    }
}

void read_languages(const json* v, const std::string& path, LocationConfig& config,
                    Problems& problems) {
    if (!v) {
        return;
    }
    auto tags = read_string_list(*v, path, problems);
    if (!tags) {
        return;
    }
    if (v->empty()) {
        problems.error(path, "must list at least one language, e.g. [\"ko\", \"en\"]");
        return;
    }
    std::vector<std::string> out;
    std::set<std::string> seen;
    bool ok = tags->size() == v->size();  // read_string_list skipped bad elements
    for (size_t i = 0; i < v->size() && ok; ++i) {
        const std::string& tag = (*tags)[i];
        if (!is_language_tag(tag)) {
            problems.error(json_pointer_child(path, i),
                           quote_value(tag) + " is not a language tag like \"ko\" or \"en-GB\"");
            ok = false;
        } else if (!seen.insert(tag).second) {
            problems.warning(json_pointer_child(path, i), quote_value(tag) + " is listed twice");
        } else {
            out.push_back(tag);
        }
    }
    if (ok) {
        config.languages = std::move(out);
    }
}

void read_fonts(const json* v, const std::string& path, LocationConfig& config,
                Problems& problems) {
    if (!v) {
        return;
    }
    auto entries = read_string_list(*v, path, problems);
    if (!entries || entries->size() != v->size()) {
        return;
    }
    std::vector<std::string> fonts;
    for (size_t i = 0; i < entries->size(); ++i) {
        const std::string& entry = (*entries)[i];
        if (looks_like_font_file(entry)) {
            fs::path file = resolve_config_path(config.base_dir_for(path), entry);
            warn_if_not_a_file(file, json_pointer_child(path, i), problems);
            fonts.push_back(file.string());
        } else {
            fonts.push_back(entry);
        }
    }
    config.fonts = std::move(fonts);
}

void read_timezone(const json* v, const std::string& path, LocationConfig& config,
                   Problems& problems) {
    if (!v) {
        return;
    }
    auto name = read_nonempty_string(*v, path, problems);
    if (!name) {
        return;
    }
    if (!TimeZone::locate(*name)) {
        problems.error(path, quote_value(*name) +
                                 " is not a time zone this system knows; write an IANA name "
                                 "like \"Europe/Madrid\" or \"Asia/Seoul\"");
        return;
    }
    config.timezone = std::move(*name);
}

void read_simulated_clock(const json* v, const std::string& path, LocationConfig& config,
                          Problems& problems) {
    if (!v) {
        return;
    }
    ObjectReader clock(*v, path, {"start", "speed"}, problems);
    if (const json* speed = clock.get("speed")) {
        // A week in 20 minutes is 504; beyond a million a minute tick would
        // come 17 times a real second, more than a frame can show.
        if (auto n = read_integer(*speed, clock.path("speed"), problems, 1, 1'000'000)) {
            config.simulated_speed = static_cast<int>(*n);
        }
    }
    const json* start = clock.require("start");
    if (!start) {
        return;
    }
    auto text = read_string(*start, clock.path("start"), problems);
    if (!text) {
        return;
    }
    auto instant = parse_iso8601(*text);
    if (!instant) {
        problems.error(clock.path("start"),
                       "must be an ISO 8601 time with a UTC offset, like "
                       "\"2016-10-25T10:20:00+02:00\", not " +
                           quote_value(*text));
        return;
    }
    config.simulated_start = *instant;
}

std::optional<fs::path> read_config_path(const json& v, const std::string& path,
                                         const LocationConfig& config, Problems& problems) {
    auto written = read_nonempty_string(v, path, problems);
    if (!written) {
        return std::nullopt;
    }
    return resolve_config_path(config.base_dir_for(path), *written);
}

void warn_if_not_a_file(const fs::path& file, const std::string& path, Problems& problems) {
    std::error_code ec;
    auto status = fs::status(file, ec);
    if (!fs::exists(status)) {
        problems.warning(path, file.string() + " does not exist (yet)");
    } else if (fs::is_directory(status)) {
        problems.warning(path, file.string() + " is a folder, not a file");
    }
}

}  // namespace signpost
