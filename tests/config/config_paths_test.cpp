#include <gtest/gtest.h>

#include "config/config_paths.h"

using namespace signpost;
namespace fs = std::filesystem;

TEST(ConfigPaths, ResolvesRelativePathsAndKeepsAbsoluteOnes) {
    const fs::path base = "/etc/signpost/sites";
    EXPECT_EQ(resolve_config_path(base, "logo.png"), fs::path("/etc/signpost/sites/logo.png"));
    EXPECT_EQ(resolve_config_path(base, "../assets/./feed.json"),
              fs::path("/etc/signpost/assets/feed.json"));
    EXPECT_EQ(resolve_config_path(base, "/var/lib/x/../y"), fs::path("/var/lib/y"));
}

TEST(ConfigPaths, TheBaseDirIsTheAbsoluteFolderOfTheFile) {
    EXPECT_EQ(config_base_dir("/etc/signpost/a.json"), fs::path("/etc/signpost"));
    EXPECT_EQ(config_base_dir("a.json"), fs::current_path());
    EXPECT_EQ(config_base_dir("x/../y/a.json"), fs::current_path() / "y");
}

TEST(ConfigPaths, ClassifiesFeedSources) {
    EXPECT_EQ(classify_feed_source("https://example.org/f.json"), FeedSourceKind::url);
    EXPECT_EQ(classify_feed_source("http://10.0.0.1:8080"), FeedSourceKind::url);
    EXPECT_EQ(classify_feed_source("HTTPS://EXAMPLE.ORG"), FeedSourceKind::url);
    EXPECT_EQ(classify_feed_source("ftp://example.org/f.json"), FeedSourceKind::other_url);
    EXPECT_EQ(classify_feed_source("file:///srv/f.json"), FeedSourceKind::other_url);
    EXPECT_EQ(classify_feed_source("svn+ssh://host/x"), FeedSourceKind::other_url);
    EXPECT_EQ(classify_feed_source("feeds/f.json"), FeedSourceKind::file);
    EXPECT_EQ(classify_feed_source("/srv/http://x"), FeedSourceKind::file);
    EXPECT_EQ(classify_feed_source("http:/x"), FeedSourceKind::file);
    EXPECT_EQ(classify_feed_source("1http://x"), FeedSourceKind::file);
    EXPECT_EQ(classify_feed_source(""), FeedSourceKind::file);
}

TEST(ConfigPaths, LowerCasesOnlyTheScheme) {
    EXPECT_EQ(normalize_url_scheme("HTTPS://Example.org/A"), "https://Example.org/A");
    EXPECT_EQ(normalize_url_scheme("feeds/A.json"), "feeds/A.json");
}

TEST(ConfigPaths, DefaultCacheDirPrefersTheServicesFolderThenXdgThenHome) {
    auto dir = [](const char* signpost, const char* xdg, const char* home) {
        return default_cache_dir("a", CacheDirEnvironment{signpost, xdg, home});
    };
    EXPECT_EQ(dir("/var/lib/signpost/a", "/xdg", "/home/u"), fs::path("/var/lib/signpost/a"));
    EXPECT_EQ(dir("rel/cache", nullptr, nullptr), fs::current_path() / "rel/cache");
    EXPECT_EQ(dir("", "/xdg", "/home/u"), fs::path("/xdg/signpost/a"));
    EXPECT_EQ(dir(nullptr, "/xdg", "/home/u"), fs::path("/xdg/signpost/a"));
    // A relative XDG_CACHE_HOME is invalid by the spec and ignored.
    EXPECT_EQ(dir(nullptr, "rel/cache", "/home/u"), fs::path("/home/u/.cache/signpost/a"));
    EXPECT_EQ(dir(nullptr, nullptr, "/home/u"), fs::path("/home/u/.cache/signpost/a"));
    EXPECT_EQ(dir("", "", ""), std::nullopt);
    EXPECT_EQ(dir(nullptr, nullptr, nullptr), std::nullopt);
}
