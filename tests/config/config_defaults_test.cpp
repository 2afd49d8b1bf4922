// Shared venue defaults: "defaults": "venue.json" in a location config. Own
// keys win, top-level objects merge key by key, paths resolve from the file
// that names them, one level only, and every error names its file and JSON
// pointer, in either file.
#include <gtest/gtest.h>

#include "config/config_loader.h"
#include "support/temp_dir.h"

namespace signpost {
namespace {

namespace fs = std::filesystem;

// A venue's shared keys: a feed file, a graph and a theme, in a folder of
// their own ("venue/"), the screens' configs in "screens/".
struct Venue {
    test::TempDir tmp;
    fs::path defaults;
    Venue(const std::string& extra = "") {
        fs::create_directories(tmp / "venue/graphs");
        fs::create_directories(tmp / "screens");
        tmp.write("venue/feed.json", "{}");
        defaults = tmp.write("venue/venue.json", R"({
  "feed": {"source": "feed.json", "poll_seconds": 120},
  "languages": ["en", "ko"],
  "theme": {"background": "#101010", "accent": "#56B4E9"},
  "cache_dir": "cache",
  "metrics_file": "metrics/screen.prom")" + extra + R"(
})");
    }
    fs::path screen(const std::string& name, const std::string& body) {
        return tmp.write("screens/" + name, body);
    }
};

constexpr const char* kOwn = R"({
  "defaults": "../venue/venue.json",
  "id": "entrance",
  "location": {"name": "Entrance", "building": "hall"},
  "feed": {"poll_seconds": 30},
  "theme": {"background": "#000000"},
  "languages": ["ko", "en"]
})";

TEST(ConfigDefaults, OwnKeysWinObjectsMergeKeyByKey) {
    Venue v;
    const ConfigCheck check = check_config_file(v.screen("entrance.json", kOwn));
    ASSERT_TRUE(check.config) << (check.errors.empty() ? "" : check.errors[0].to_string());
    const LocationConfig& c = *check.config;
    EXPECT_EQ(c.fetch.poll_interval, Seconds{30});                   // own
    EXPECT_EQ(c.theme.background, "#000000");                        // own
    EXPECT_EQ(c.theme.accent, "#56B4E9");                            // inherited beside it
    EXPECT_EQ(c.languages, (std::vector<std::string>{"ko", "en"}));  // own, whole
    EXPECT_EQ(c.defaults_file, (v.tmp / "venue/venue.json").lexically_normal());
    EXPECT_EQ(c.inherited, (std::vector<std::string>{"/cache_dir", "/feed/source", "/metrics_file",
                                                     "/theme/accent"}));
    EXPECT_EQ(c.file_for("/feed/source"), *c.defaults_file);
    EXPECT_EQ(c.file_for("/feed/poll_seconds"), c.file);
    EXPECT_EQ(c.file_for("/id"), c.file);
}

TEST(ConfigDefaults, PathsResolveFromTheFileThatNamesThem) {
    Venue v;
    const ConfigCheck check = check_config_file(v.screen("entrance.json", kOwn));
    ASSERT_TRUE(check.config);
    const fs::path venue_dir = (v.tmp / "venue").lexically_normal();
    EXPECT_EQ(fs::path(check.config->feed), venue_dir / "feed.json");
    EXPECT_EQ(check.config->cache_dir, venue_dir / "cache");
    EXPECT_EQ(check.config->metrics_file, venue_dir / "metrics/screen.prom");

    // The screen's own path resolves from the screen's folder.
    const ConfigCheck own = check_config_file(v.screen("own.json", R"({
  "defaults": "../venue/venue.json", "id": "own", "location": {"name": "Own", "building": "hall"},
  "cache_dir": "here"})"));
    ASSERT_TRUE(own.config);
    EXPECT_EQ(own.config->cache_dir, (v.tmp / "screens/here").lexically_normal());
}

TEST(ConfigDefaults, ErrorsNameTheFileAndPointerInEitherFile) {
    Venue v(R"(,
  "display": {"rotation": 45})");
    const fs::path screen = v.screen("bad.json", R"({
  "defaults": "../venue/venue.json", "id": "bad", "location": {"name": "Bad", "building": "hall"},
  "pages": [{"kind": "nope"}]})");
    const ConfigCheck check = check_config_file(screen);
    ASSERT_FALSE(check.config);
    ASSERT_EQ(check.errors.size(), check.error_files.size());
    bool rotation = false;
    bool pages = false;
    for (size_t i = 0; i < check.errors.size(); ++i) {
        if (check.errors[i].where == "/display/rotation") {
            rotation = true;
            EXPECT_EQ(check.error_files[i], v.defaults.lexically_normal());
        }
        if (check.errors[i].where.starts_with("/pages/0")) {
            pages = true;
            EXPECT_EQ(check.error_files[i], screen);
        }
    }
    EXPECT_TRUE(rotation);
    EXPECT_TRUE(pages);
    // load_config says it in one message, the defaults' error with its file.
    const auto loaded = load_config(screen);
    ASSERT_FALSE(loaded);
    EXPECT_NE(
        loaded.error().what.find(v.defaults.lexically_normal().string() + ": /display/rotation"),
        std::string::npos)
        << loaded.error().what;
}

TEST(ConfigDefaults, NoChainDeeperThanOneNamingBothFiles) {
    Venue v(R"(,
  "defaults": "base.json")");
    v.tmp.write("venue/base.json", R"({"timezone": "Europe/Brussels"})");
    const fs::path screen = v.screen("entrance.json", kOwn);
    const ConfigCheck check = check_config_file(screen);
    ASSERT_FALSE(check.config);
    ASSERT_EQ(check.errors.size(), 1u);
    EXPECT_EQ(check.errors[0].where, "/defaults");
    EXPECT_EQ(check.error_files[0], v.defaults.lexically_normal());
    EXPECT_NE(check.errors[0].what.find(screen.string()), std::string::npos);
    EXPECT_NE(check.errors[0].what.find(v.defaults.lexically_normal().string()), std::string::npos);
    EXPECT_NE(check.errors[0].what.find("one level"), std::string::npos);
}

TEST(ConfigDefaults, ADefaultsFileThatCannotBeUsed) {
    Venue v;
    const auto error_of = [&](const std::string& defaults_value) {
        const ConfigCheck check = check_config_file(v.screen(
            "s.json", R"({"defaults": )" + defaults_value +
                          R"(, "id": "s", "location": {"name": "S"}, "feed": {"source": "f"}})"));
        EXPECT_FALSE(check.config);
        return check.errors.empty() ? Error{} : check.errors[0];
    };
    // Missing: an error of the screen's file at /defaults.
    Error missing = error_of(R"("../venue/none.json")");
    EXPECT_EQ(missing.where, "/defaults");
    EXPECT_NE(missing.what.find("no such file"), std::string::npos) << missing.what;
    EXPECT_EQ(error_of("42").where, "/defaults");
    EXPECT_EQ(error_of(R"("s.json")").where, "/defaults");  // itself
    // Not JSON, or not an object: an error of the defaults file.
    v.tmp.write("venue/broken.json", "{\"feed\": ");
    const ConfigCheck broken = check_config_file(v.screen(
        "b.json", R"({"defaults": "../venue/broken.json", "id": "b", "location": {"name": "B"}})"));
    ASSERT_FALSE(broken.config);
    EXPECT_EQ(broken.error_files.at(0), (v.tmp / "venue/broken.json").lexically_normal());
    v.tmp.write("venue/list.json", "[1]");
    const ConfigCheck list = check_config_file(v.screen(
        "l.json", R"({"defaults": "../venue/list.json", "id": "l", "location": {"name": "L"}})"));
    ASSERT_FALSE(list.config);
    EXPECT_EQ(list.error_files.at(0), (v.tmp / "venue/list.json").lexically_normal());
}

TEST(ConfigDefaults, AnUnknownKeyInTheDefaultsIsItsError) {
    Venue v(R"(,
  "colour_scheme": "dark")");
    const ConfigCheck check = check_config_file(v.screen("entrance.json", kOwn));
    ASSERT_FALSE(check.config);
    ASSERT_EQ(check.errors.size(), 1u);
    EXPECT_EQ(check.errors[0].where, "/colour_scheme");
    EXPECT_EQ(check.error_files[0], v.defaults.lexically_normal());
}

}  // namespace
}  // namespace signpost
