#include "net/feed_cache.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include "test_support.h"

namespace signpost {
namespace {

namespace fs = std::filesystem;
using test::names_in;
using test::read_file;
using test::TempDir;
using test::write_file;

// Binary on purpose: the cache must keep any byte.
const char kBinaryBody[] = "{\"venue\": 1}\n\0 binary \xff ok";

CachedFeed sample(const std::string& body = std::string(kBinaryBody, sizeof kBinaryBody - 1)) {
    CachedFeed feed;
    feed.source = "https://feeds.example.org/venue.json";
    feed.etag = "W/\"abc-123\"";
    feed.last_modified = "Wed, 01 May 2030 07:00:00 GMT";
    feed.fetched_at = *parse_iso8601("2030-05-01T07:00:05Z");
    feed.body = body;
    return feed;
}

TEST(CacheFormat, RoundTripsBytesExactly) {
    std::string body("a\0b\r\n\n\nc\xc3", 9);
    auto decoded = decode_cache_file(encode_cache_file(sample(body)));
    ASSERT_TRUE(decoded) << decoded.error().what;
    EXPECT_EQ(*decoded, sample(body));
}

TEST(CacheFormat, EmptyValuesAndEmptyBody) {
    CachedFeed feed = sample("");
    feed.etag.clear();
    feed.last_modified.clear();
    auto decoded = decode_cache_file(encode_cache_file(feed));
    ASSERT_TRUE(decoded) << decoded.error().what;
    EXPECT_EQ(*decoded, feed);
}

TEST(CacheFormat, ValuesWithLineBreaksAreDropped) {
    CachedFeed feed = sample();
    feed.etag = "\"x\"\nbody-length: 0";
    auto decoded = decode_cache_file(encode_cache_file(feed));
    ASSERT_TRUE(decoded) << decoded.error().what;
    EXPECT_EQ(decoded->etag, "");
    EXPECT_EQ(decoded->body, feed.body);
}

TEST(CacheFormat, DamageIsDetected) {
    const std::string good = encode_cache_file(sample());
    EXPECT_FALSE(decode_cache_file(""));
    EXPECT_FALSE(decode_cache_file("garbage"));
    EXPECT_FALSE(decode_cache_file(good.substr(0, good.size() - 1)));  // truncated
    EXPECT_FALSE(decode_cache_file(good + "x"));                       // grown
    std::string flipped = good;
    flipped.back() ^= 0x01;
    auto bad = decode_cache_file(flipped);
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().what.find("hash"), std::string::npos);
    std::string other_version = good;
    other_version.replace(0, 21, "signpost-feed-cache 2");
    EXPECT_FALSE(decode_cache_file(other_version));
}

TEST(FeedCache, StoreThenLoad) {
    TempDir tmp;
    FeedCache cache(tmp / "cache" / "nested");  // created on the first store
    auto stored = cache.store(sample());
    ASSERT_TRUE(stored) << stored.error().to_string();
    auto loaded = cache.load(sample().source);
    ASSERT_TRUE(loaded) << loaded.error().to_string();
    ASSERT_TRUE(loaded->has_value());
    EXPECT_EQ(**loaded, sample());
    // Only the cache file is left: no temp file.
    EXPECT_EQ(names_in(cache.dir()), std::vector<std::string>{"feed.cache"});
}

TEST(FeedCache, MissingCacheIsNoData) {
    TempDir tmp;
    FeedCache cache(tmp / "never-created");
    auto loaded = cache.load("https://x/");
    ASSERT_TRUE(loaded);
    EXPECT_FALSE(loaded->has_value());
}

TEST(FeedCache, CacheForAnotherUrlIsIgnoredAndKept) {
    TempDir tmp;
    FeedCache cache(tmp.path());
    ASSERT_TRUE(cache.store(sample()));
    const std::string before = read_file(cache.file());
    test::LogCapture logs;
    auto loaded = cache.load("https://feeds.example.org/other.json");
    ASSERT_TRUE(loaded);
    EXPECT_FALSE(loaded->has_value());
    EXPECT_EQ(read_file(cache.file()), before);
    EXPECT_TRUE(logs.contains("holds another feed")) << logs.joined();
}

TEST(FeedCache, CorruptCacheIsMovedAsideAndReported) {
    TempDir tmp;
    FeedCache cache(tmp.path());
    ASSERT_TRUE(cache.store(sample()));
    std::string bytes = read_file(cache.file());
    bytes.resize(bytes.size() - 3);
    write_file(cache.file(), bytes);

    auto loaded = cache.load(sample().source);
    ASSERT_FALSE(loaded);
    EXPECT_NE(loaded.error().what.find("corrupt"), std::string::npos) << loaded.error().what;
    EXPECT_NE(loaded.error().what.find("moved aside to"), std::string::npos);
    EXPECT_FALSE(fs::exists(cache.file()));
    auto names = names_in(tmp.path());
    ASSERT_EQ(names.size(), 1u);
    EXPECT_TRUE(names[0].starts_with("feed.cache.corrupt-")) << names[0];
    EXPECT_EQ(read_file(tmp / names[0]), bytes);  // kept for a post-mortem

    // The next load finds nothing; a store works again.
    auto again = cache.load(sample().source);
    ASSERT_TRUE(again);
    EXPECT_FALSE(again->has_value());
    ASSERT_TRUE(cache.store(sample()));
    ASSERT_TRUE(cache.load(sample().source));
}

TEST(FeedCache, TwoCorruptionsDoNotOverwriteEachOther) {
    TempDir tmp;
    FeedCache cache(tmp.path());
    write_file(cache.file(), "first");
    EXPECT_FALSE(cache.load("u"));
    write_file(cache.file(), "second");
    EXPECT_FALSE(cache.load("u"));
    EXPECT_EQ(names_in(tmp.path()).size(), 2u);
}

TEST(FeedCache, UnwritableFolderIsAnError) {
    TempDir tmp;
    write_file(tmp / "a-file", "x");
    FeedCache cache(tmp / "a-file" / "cache");
    auto stored = cache.store(sample());
    ASSERT_FALSE(stored);
    EXPECT_NE(stored.error().to_string().find("a-file"), std::string::npos);
}

TEST(FeedCache, OrphanedTempFilesOfDeadWritersAreRemoved) {
    TempDir tmp;
    FeedCache cache(tmp.path());
    ASSERT_TRUE(cache.store(sample()));
    // pid 2^22+1 is above the kernel's pid_max limit: never a live process.
    write_file(tmp / "feed.cache.tmp-4194305-0", "half a feed");
    const std::string ours = "feed.cache.tmp-" + std::to_string(::getpid()) + "-99";
    write_file(tmp / ours, "being written by a live process");
    ASSERT_TRUE(cache.load(sample().source));
    EXPECT_EQ(names_in(tmp.path()), (std::vector<std::string>{"feed.cache", ours}));
}

TEST(FeedCache, ContentHashIsFnv1a64) {
    EXPECT_EQ(content_hash(""), 0xcbf29ce484222325ull);
    EXPECT_EQ(content_hash("a"), 0xaf63dc4c8601ec8cull);
}

}  // namespace
}  // namespace signpost
