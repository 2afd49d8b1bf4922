// Valid configs: every key read into LocationConfig, defaults, paths and feed sources.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>

#include "config/config_loader.h"
#include "config_test_support.h"
#include "support/temp_dir.h"

using namespace signpost;
using namespace signpost::test;

namespace {

LocationConfig load_ok(const fs::path& file) {
    auto loaded = load_config(file);
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.error().to_string());
    return loaded.ok() ? loaded->config : LocationConfig{};
}

// Sets an environment variable for one test and puts the old value back.
class ScopedEnv {
  public:
    ScopedEnv(const char* name, const char* value) : name_(name) {
        if (const char* old = std::getenv(name)) {
            old_ = old;
        }
        if (value) {
            ::setenv(name, value, 1);
        } else {
            ::unsetenv(name);
        }
    }
    ~ScopedEnv() {
        if (old_) {
            ::setenv(name_, old_->c_str(), 1);
        } else {
            ::unsetenv(name_);
        }
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

  private:
    const char* name_;
    std::optional<std::string> old_;
};

std::string with_source(std::string_view source) {
    return R"({"id": "k", "location": {"name": "n", "building": "b"}, "feed": {"source": ")" +
           std::string(source) + "\"}}";
}

}  // namespace

TEST(ConfigLoader, ReadsEveryKeyOfAFullConfig) {
    auto loaded = load_config(config_data("full.json"));
    ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
    EXPECT_THAT(as_lines(loaded->warnings), ElementsAre());
    const LocationConfig& c = loaded->config;
    const fs::path dir = config_data().lexically_normal().parent_path();  // ".../config"

    EXPECT_EQ(c.file, config_data("full.json"));
    EXPECT_EQ(c.base_dir, dir);
    EXPECT_EQ(c.id, "hall-b.lobby_2");
    EXPECT_EQ(*c.location_name.get("ko"), "B홀 로비");
    EXPECT_EQ(*c.location_name.get("en"), "Hall B Lobby");
    EXPECT_EQ(c.building, "hall-b");

    // The scheme is lower-cased, the rest kept as written.
    EXPECT_EQ(c.feed, "https://schedule.example.org/events/2025/feed.json");
    EXPECT_TRUE(c.feed_is_url());
    EXPECT_EQ(c.feed_format, "frab-json");
    EXPECT_EQ(c.fetch.poll_interval, Seconds{120});
    EXPECT_EQ(c.fetch.connect_timeout, Seconds{5});
    EXPECT_EQ(c.fetch.total_timeout, Seconds{45});
    EXPECT_EQ(c.fetch.max_body_bytes, 1048576u);
    EXPECT_EQ(c.fetch.ca_file, dir / "secrets/venue-ca.pem");
    EXPECT_EQ(c.fetch.header_file, dir / "secrets/feed-auth.header");
    EXPECT_EQ(c.cache_dir, dir / "cache/hall-b");

    EXPECT_FALSE(c.display.fullscreen);
    EXPECT_EQ(c.display.width, 1080);
    EXPECT_EQ(c.display.height, 1920);
    EXPECT_EQ(c.display.rotation, 90);

    ASSERT_EQ(c.pages.size(), 4u);
    EXPECT_EQ(c.pages[0].look_ahead, std::chrono::minutes{30});
    EXPECT_EQ(c.pages[3].kind, PageKind::upcoming);
    EXPECT_EQ(c.pages[3].window, std::chrono::minutes{90});
    EXPECT_EQ(c.pages[2].look_ahead, std::chrono::minutes{60});  // the default
    EXPECT_EQ(c.pages[0].kind, PageKind::now_next);
    EXPECT_EQ(c.pages[0].dwell, Seconds{12});
    EXPECT_THAT(c.pages[0].buildings, ElementsAre("hall-b", "hall-c"));
    EXPECT_EQ(c.pages[1].kind, PageKind::directory);
    EXPECT_EQ(c.pages[1].dwell, Seconds{12});  // the default dwell
    EXPECT_TRUE(c.pages[1].buildings.empty());
    EXPECT_EQ(c.pages[2].dwell, Seconds{600});

    EXPECT_THAT(c.languages, ElementsAre("en-GB", "ko"));
    EXPECT_THAT(c.fonts, ElementsAre("noto-sans-cjk-kr"));
    EXPECT_EQ(c.timezone, "Asia/Seoul");
    ASSERT_TRUE(c.simulated_start);
    EXPECT_EQ(format_iso8601_utc(*c.simulated_start), "2025-05-14T00:55:00Z");
    EXPECT_EQ(c.simulated_speed, 60);

    EXPECT_EQ(c.theme.background, "#000000");
    EXPECT_EQ(c.theme.text, "#ffffff");
    EXPECT_EQ(c.theme.secondary, "#C8C8C8");
    EXPECT_EQ(c.theme.accent, "#F0E442");
    EXPECT_EQ(c.theme.logo, dir / "assets/logo.png");

    ASSERT_EQ(c.directions.size(), 3u);
    EXPECT_EQ(c.directions.at("hall-b").arrow, Arrow::ahead);
    EXPECT_EQ(*c.directions.at("hall-b").text.get(""), "You are in Hall B");
    EXPECT_EQ(c.directions.at("hall-c").arrow, Arrow::right);
    EXPECT_EQ(*c.directions.at("hall-c").text.get("ko"), "오른쪽 통로");
    EXPECT_EQ(c.directions.at("b-201").arrow, Arrow::up);
    EXPECT_TRUE(c.directions.at("b-201").text.empty());
}

TEST(ConfigLoader, AcceptsTheTeamsExampleFile) {
    // The example of the agreed key list, verbatim: its files are not on this
    // machine, which is worth a warning each and nothing more.
    auto loaded = load_config(config_data("example.json"));
    ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
    const LocationConfig& c = loaded->config;
    EXPECT_EQ(c.id, "entrance-a");
    EXPECT_EQ(
        c.feed,
        (config_data().parent_path() / "../assets/demo-feed.json").lexically_normal().string());
    EXPECT_FALSE(c.feed_is_url());
    EXPECT_EQ(c.cache_dir, "/var/lib/signpost/entrance-a");
    EXPECT_EQ(c.fetch.ca_file, "/etc/signpost/venue-ca.pem");
    EXPECT_EQ(c.timezone, "Europe/Madrid");
    ASSERT_EQ(c.pages.size(), 2u);
    EXPECT_THAT(c.pages[1].buildings, ElementsAre("ccib"));
    EXPECT_EQ(c.directions.at("auditorium").arrow, Arrow::left);
    EXPECT_EQ(c.directions.at("ccib-p1-room-111").arrow, Arrow::up);
    for (const Error& w : loaded->warnings) {
        EXPECT_THAT(w.what, ::testing::AnyOf(HasSubstr("does not exist"),
                                             HasSubstr("only used when the feed source is a URL")))
            << w.to_string();
    }
}

TEST(ConfigLoader, FillsDefaultsForEverythingButTheRequiredKeys) {
    ScopedEnv service("SIGNPOST_CACHE_DIR", nullptr);
    test::TempDir xdg_home;
    ScopedEnv xdg("XDG_CACHE_HOME", xdg_home.path().c_str());
    LocationConfig c = load_ok(config_data("minimal.json"));
    LocationConfig defaults;
    EXPECT_EQ(c.id, "kiosk-1");
    EXPECT_EQ(*c.location_name.get(""), "Main hall");
    EXPECT_EQ(c.feed_format, "auto");
    EXPECT_EQ(c.cache_dir, xdg_home / "signpost" / "kiosk-1");
    EXPECT_EQ(c.fetch.poll_interval, Seconds{60});
    EXPECT_EQ(c.fetch.connect_timeout, Seconds{10});
    EXPECT_EQ(c.fetch.total_timeout, Seconds{30});
    EXPECT_EQ(c.fetch.max_body_bytes, 16u << 20);
    EXPECT_FALSE(c.fetch.ca_file);
    EXPECT_FALSE(c.fetch.header_file);
    EXPECT_TRUE(c.display.fullscreen);
    EXPECT_EQ(c.display.width, 1920);
    EXPECT_EQ(c.display.height, 1080);
    EXPECT_EQ(c.display.rotation, 0);
    ASSERT_EQ(c.pages.size(), 2u);
    // Now/next, then the directory: the two that name every room (issue 13).
    EXPECT_EQ(c.pages[0].kind, PageKind::now_next);
    EXPECT_EQ(c.pages[0].dwell, Seconds{12});
    EXPECT_EQ(c.pages[0].look_ahead, std::chrono::minutes{60});
    EXPECT_EQ(c.pages[1].kind, PageKind::directory);
    EXPECT_EQ(c.pages[1].dwell, Seconds{12});
    EXPECT_THAT(c.languages, ElementsAre("ko", "en"));
    EXPECT_TRUE(c.fonts.empty());
    EXPECT_FALSE(c.timezone);
    EXPECT_FALSE(c.simulated_start);
    EXPECT_EQ(c.simulated_speed, 1);  // real time
    EXPECT_TRUE(c.theme.background.empty());
    EXPECT_FALSE(c.theme.logo);
    EXPECT_TRUE(c.directions.empty());
}

TEST(ConfigLoader, DefaultCacheDirComesFromTheEnvironment) {
    ScopedEnv service("SIGNPOST_CACHE_DIR", nullptr);
    ScopedEnv xdg("XDG_CACHE_HOME", nullptr);
    {
        ScopedEnv home("HOME", "/home/kiosk");
        EXPECT_EQ(load_ok(config_data("minimal.json")).cache_dir,
                  fs::path("/home/kiosk/.cache/signpost/kiosk-1"));
        // The systemd unit's folder wins over the user's.
        ScopedEnv unit("SIGNPOST_CACHE_DIR", "/var/lib/signpost/kiosk-1");
        EXPECT_EQ(load_ok(config_data("minimal.json")).cache_dir,
                  fs::path("/var/lib/signpost/kiosk-1"));
    }
    ScopedEnv home("HOME", nullptr);
    auto check = check_config_file(config_data("minimal.json"));
    EXPECT_THAT(as_lines(check.errors),
                ElementsAre("/cache_dir: is not set, and none of SIGNPOST_CACHE_DIR, "
                            "XDG_CACHE_HOME and HOME is set to give a default"));
    // A cache_dir in the file needs none of them, and wins over them all.
    ScopedEnv unit("SIGNPOST_CACHE_DIR", "/var/lib/signpost/kiosk-1");
    auto with_dir = check_inline(minimal_with(R"("cache_dir": "/srv/cache")"));
    ASSERT_TRUE(with_dir.config);
    EXPECT_EQ(with_dir.config->cache_dir, fs::path("/srv/cache"));
}

TEST(ConfigLoader, ResolvesRelativePathsAgainstTheFilesFolder) {
    auto loaded = load_config(config_data("site/relative-paths.json"));
    ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
    const LocationConfig& c = loaded->config;
    const fs::path data = config_data().parent_path();
    EXPECT_EQ(c.base_dir, data / "site");
    EXPECT_EQ(c.feed, (data / "feeds/empty-feed.json").string());
    EXPECT_EQ(c.cache_dir, data / "cache/site");
    EXPECT_EQ(c.theme.logo, data / "assets/logo.png");
    // Manifest names stay names; file names resolve, absolute ones stay.
    EXPECT_THAT(c.fonts, ElementsAre("noto-sans-cjk-kr",
                                     (data / "assets/fonts/Missing-Regular.ttf").string(),
                                     "/usr/share/fonts/x.otf"));
    // The missing font files are said, and nothing else.
    EXPECT_THAT(as_lines(loaded->warnings),
                ElementsAre("/fonts/1: " + (data / "assets/fonts/Missing-Regular.ttf").string() +
                                " does not exist (yet)",
                            "/fonts/2: /usr/share/fonts/x.otf does not exist (yet)"));
}

TEST(ConfigLoader, ARelativeConfigFileNameResolvesFromTheCurrentDirectory) {
    auto check = check_config_text(minimal_with(""), "kiosks/a.json");
    ASSERT_TRUE(check.config);
    EXPECT_EQ(check.config->base_dir, (fs::current_path() / "kiosks").lexically_normal());
    EXPECT_EQ(check.config->feed,
              (fs::current_path() / "kiosks/feeds/empty-feed.json").lexically_normal().string());
}

TEST(ConfigLoader, KeepsHttpAndHttpsUrlsAsUrls) {
    for (std::string_view url :
         {"http://10.0.0.5:8080/feed.json", "https://example.org/a%20b/feed?lang=ko#x",
          "Http://example.org"}) {
        auto check = check_inline(with_source(url));
        ASSERT_TRUE(check.config) << url;
        EXPECT_TRUE(check.config->feed_is_url()) << url;
        EXPECT_THAT(as_lines(check.warnings), ElementsAre()) << url;
    }
}

TEST(ConfigLoader, TreatsAnythingWithoutASchemeAsAFilePath) {
    auto check = check_inline(R"({"id": "k", "location": {"name": "n", "building": "b"},
        "feed": {"source": "/srv/feeds/http:/odd name.json"}})");
    ASSERT_TRUE(check.config);
    EXPECT_FALSE(check.config->feed_is_url());
    EXPECT_EQ(check.config->feed, "/srv/feeds/http:/odd name.json");
    EXPECT_THAT(as_lines(check.warnings),
                ElementsAre("/feed/source: /srv/feeds/http:/odd name.json does not exist (yet)"));
}

TEST(ConfigLoader, WarnsButLoads) {
    auto check = check_inline(R"({"id": "k", "location": {"name": "n", "building": "b"},
        "feed": {"source": "https://u:p@example.org/f.json", "format": "pentabarf",
                 "connect_timeout_seconds": 60, "timeout_seconds": 30},
        "languages": ["ko", "en", "ko"]})");
    ASSERT_TRUE(check.config) << ::testing::PrintToString(as_lines(check.errors));
    EXPECT_THAT(check.config->languages, ElementsAre("ko", "en"));
    EXPECT_THAT(
        as_lines(check.warnings),
        ElementsAre(
            "/feed/source: the URL carries a user name or password, which will appear in logs; "
            "put credentials in \"header_file\" instead",
            "/feed/format: \"pentabarf\" is not one of the known formats (auto, signpost, "
            "frab-json, frab-xml, ical); the feed reader will refuse it if it does not know it",
            "/feed/connect_timeout_seconds: is longer than timeout_seconds (30), which limits "
            "the whole fetch, connecting included",
            "/languages/2: \"ko\" is listed twice"));
}

TEST(ConfigLoader, AcceptsASchemaReferenceAndAByteOrderMark) {
    std::string text = "\xEF\xBB\xBF" + minimal_with(R"("$schema": "location.schema.json")");
    auto loaded = parse_config(text, inline_config_file());
    EXPECT_TRUE(loaded.ok()) << loaded.error().to_string();
}

TEST(ConfigLoader, NumbersWithAZeroFractionAreWholeNumbers) {
    // JSON Schema's "integer" accepts 90.0, so the program does too.
    auto check = check_inline(minimal_with(
        R"("display": {"rotation": 90.0, "width": 1.08e3}, "pages": [{"kind": "directory",
            "dwell_seconds": 10.0}])"));
    ASSERT_TRUE(check.config) << ::testing::PrintToString(as_lines(check.errors));
    EXPECT_EQ(check.config->display.rotation, 90);
    EXPECT_EQ(check.config->display.width, 1080);
    EXPECT_EQ(check.config->pages[0].dwell, Seconds{10});
}

TEST(ConfigLoader, TimeZoneNamesAreCheckedAgainstTheSystemDatabase) {
    for (std::string_view zone :
         {"Europe/Madrid", "Asia/Seoul", "America/Argentina/Buenos_Aires", "UTC"}) {
        auto check = check_inline(minimal_with("\"timezone\": \"" + std::string(zone) + "\""));
        ASSERT_TRUE(check.config) << zone;
        EXPECT_EQ(check.config->timezone, zone);
    }
}
