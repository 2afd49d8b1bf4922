// Kills a process that writes the cache in a loop (helpers/cache_writer.cpp)
// with SIGKILL at random moments, 100 times; after each kill the cache must be
// exactly the old or the new feed, body and metadata together.
#include <gtest/gtest.h>
#include <signal.h>

#include <random>
#include <thread>

#include "net/feed_cache.h"
#include "test_support.h"

namespace signpost {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

TEST(CacheAtomicity, SigkillAtRandomMomentsLeavesTheOldOrTheNewFeed) {
    test::TempDir tmp;
    const std::string url = "https://feeds.example.org/venue.json";
    const std::string body_a = test::read_file(test::net_data("feed-a.json"));
    // B is large (JSON allows trailing white space), so that a kill often lands
    // in the middle of writing it.
    const std::string body_b =
        test::read_file(test::net_data("feed-b.json")) + std::string(2 << 20, ' ');
    test::write_file(tmp / "a.json", body_a);
    test::write_file(tmp / "b.json", body_b);
    const fs::path dir = tmp / "cache";

    std::mt19937 rng(20300501);  // fixed: a failure can be replayed
    std::uniform_int_distribution<int> delay_us(0, 20000);
    int saw_a = 0;
    int saw_b = 0;
    int orphans = 0;
    test::ChildOptions piped;
    piped.output = test::ChildOptions::Output::capture_stdout;
    for (int kill = 0; kill < 100; ++kill) {
        test::ChildProcess writer({SIGNPOST_NET_CACHE_WRITER, dir.string(), url,
                                   (tmp / "a.json").string(), (tmp / "b.json").string()},
                                  piped);
        ASSERT_EQ(writer.read_line(10s), "ready") << "the writer did not start";
        std::this_thread::sleep_for(std::chrono::microseconds(delay_us(rng)));
        writer.kill_and_wait(SIGKILL);

        for (const auto& entry : fs::directory_iterator(dir)) {
            orphans += entry.path().filename().string().starts_with(FeedCache::kTempPrefix);
        }
        FeedCache cache(dir);
        auto loaded = cache.load(url);
        ASSERT_TRUE(loaded) << "kill " << kill << ": " << loaded.error().to_string();
        ASSERT_TRUE(loaded->has_value()) << "kill " << kill << ": no cache";
        const CachedFeed& feed = **loaded;
        if (feed.body == body_a) {
            ++saw_a;
            EXPECT_EQ(feed.etag, "\"a\"");
            EXPECT_EQ(feed.fetched_at, Instant{Seconds{1904000000}});
        } else if (feed.body == body_b) {
            ++saw_b;
            EXPECT_EQ(feed.etag, "\"b\"");
            EXPECT_EQ(feed.fetched_at, Instant{Seconds{1904086400}});
        } else {
            FAIL() << "kill " << kill << ": the cache is neither feed";
        }
        // The dead writer's temp file is gone after the load.
        for (const auto& entry : fs::directory_iterator(dir)) {
            EXPECT_FALSE(entry.path().filename().string().starts_with(FeedCache::kTempPrefix))
                << entry.path();
        }
    }
    std::printf("100 kills: cache held A %d times, B %d times; %d kills left a temp file\n", saw_a,
                saw_b, orphans);
    EXPECT_EQ(saw_a + saw_b, 100);
}

}  // namespace
}  // namespace signpost
