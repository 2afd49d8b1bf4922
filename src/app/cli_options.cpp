#include "app/cli_options.h"

#include <charconv>

namespace signpost {
namespace {

std::optional<int> parse_int(const std::string& s) {
    int v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || p != s.data() + s.size()) {
        return std::nullopt;
    }
    return v;
}

std::optional<std::pair<int, int>> parse_size(const std::string& s) {
    auto x = s.find_first_of("xX");
    if (x == std::string::npos) {
        return std::nullopt;
    }
    auto w = parse_int(s.substr(0, x));
    auto h = parse_int(s.substr(x + 1));
    if (!w || !h || *w < 320 || *h < 320 || *w > 7680 || *h > 7680) {
        return std::nullopt;
    }
    return std::make_pair(*w, *h);
}

}  // namespace

std::string usage_text() {
    return "Usage:\n"
           "  signpost --config FILE [--windowed]             run the kiosk (fullscreen by "
           "default)\n"
           "  signpost --config FILE --dump [--at TIME] [--size WxH]\n"
           "                                                  print now/next, pages and feed state "
           "as JSON\n"
           "  signpost --config FILE --snapshot OUT.png [--at TIME] [--page N] [--size WxH]\n"
           "                                                  render one page to a PNG (no display "
           "needed)\n"
           "  signpost --config FILE --snapshot-all DIR [--at TIME] [--size WxH]\n"
           "                                                  render every page of one cycle to "
           "DIR\n"
           "  signpost --check-config FILE                    validate the config, venue and feed\n"
           "  signpost --explain-config FILE                  the config merged with its shared\n"
           "                                                  defaults, each key with its file\n"
           "  signpost --contact-sheet OUT.png CONFIG... [--at TIME] [--page N] [--size WxH]\n"
           "                                                  page N of every location, a tile "
           "each\n"
           "Options:\n"
           "  --feed FILE_OR_URL   use this feed instead of the config's\n"
           "  --at TIME            ISO 8601 instant with a UTC offset, e.g. "
           "2016-10-25T11:20:00+02:00\n"
           "  --offline            one-shot modes: use the cache or file only, no network\n"
           "  --help, --version\n"
           "Exit codes: 0 ok, 2 bad usage or config, 1 runtime failure.\n";
}

Result<CliOptions> parse_cli(const std::vector<std::string>& args) {
    CliOptions o;
    bool dump = false, check = false, explain = false, snapshot = false, snapshot_all = false,
         sheet = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](const char* name) -> Result<std::string> {
            if (i + 1 >= args.size()) {
                return Error{name, "needs a value"};
            }
            return args[++i];
        };
        if (a == "--help" || a == "-h") {
            o.mode = CliMode::help;
            return o;
        } else if (a == "--version") {
            o.mode = CliMode::version;
            return o;
        } else if (a == "--config") {
            auto v = value("--config");
            if (!v)
                return v.error();
            o.config_path = *v;
        } else if (a == "--check-config") {
            auto v = value("--check-config");
            if (!v)
                return v.error();
            o.config_path = *v;
            check = true;
        } else if (a == "--explain-config") {
            auto v = value("--explain-config");
            if (!v)
                return v.error();
            o.config_path = *v;
            explain = true;
        } else if (a == "--dump") {
            dump = true;
        } else if (a == "--snapshot") {
            auto v = value("--snapshot");
            if (!v)
                return v.error();
            o.snapshot_path = *v;
            snapshot = true;
        } else if (a == "--snapshot-all") {
            auto v = value("--snapshot-all");
            if (!v)
                return v.error();
            o.snapshot_dir = *v;
            snapshot_all = true;
        } else if (a == "--contact-sheet") {
            auto v = value("--contact-sheet");
            if (!v)
                return v.error();
            o.contact_sheet_path = *v;
            sheet = true;
        } else if (sheet && !a.starts_with("-")) {
            o.contact_sheet_configs.push_back(a);  // the locations, after OUT.png
        } else if (a == "--feed") {
            auto v = value("--feed");
            if (!v)
                return v.error();
            o.feed_override = *v;
        } else if (a == "--at") {
            auto v = value("--at");
            if (!v)
                return v.error();
            auto t = parse_iso8601(*v);
            if (!t) {
                return Error{"--at", "'" + *v + "' is not an ISO 8601 instant with a UTC offset"};
            }
            o.at = *t;
        } else if (a == "--size") {
            auto v = value("--size");
            if (!v)
                return v.error();
            o.size = parse_size(*v);
            if (!o.size) {
                return Error{"--size", "'" + *v + "' is not WxH between 320 and 7680"};
            }
        } else if (a == "--page") {
            auto v = value("--page");
            if (!v)
                return v.error();
            o.page = parse_int(*v);
            if (!o.page || *o.page < 0) {
                return Error{"--page", "'" + *v + "' is not a page number (0 based)"};
            }
        } else if (a == "--windowed") {
            o.windowed = true;
        } else if (a == "--offline") {
            o.offline = true;
        } else {
            return Error{a, "unknown option"};
        }
    }
    if (int(dump) + int(check) + int(explain) + int(snapshot) + int(snapshot_all) + int(sheet) >
        1) {
        return Error{"",
                     "--dump, --snapshot, --snapshot-all, --contact-sheet, --check-config and "
                     "--explain-config exclude each other"};
    }
    if (sheet) {
        if (o.contact_sheet_configs.empty()) {
            return Error{"--contact-sheet", "needs OUT.png and at least one CONFIG"};
        }
        if (o.windowed || !o.config_path.empty()) {
            return Error{"--contact-sheet", "takes its configs after OUT.png, not --config"};
        }
        o.mode = CliMode::contact_sheet;
        return o;
    }
    if (o.config_path.empty()) {
        return Error{"", "--config FILE is required"};
    }
    if (dump)
        o.mode = CliMode::dump;
    if (check)
        o.mode = CliMode::check_config;
    if (explain)
        o.mode = CliMode::explain_config;
    if (snapshot || snapshot_all)
        o.mode = CliMode::snapshot;
    if (o.page && !snapshot) {
        return Error{"--page", "goes with --snapshot"};
    }
    if (o.at && !(dump || snapshot || snapshot_all)) {
        return Error{"--at", "goes with --dump or --snapshot"};
    }
    return o;
}

}  // namespace signpost
