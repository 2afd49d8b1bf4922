// Test helper for cache_atomicity_test: stores feed bodies B and A into a
// FeedCache in turn, as fast as it can, until it is killed. Prints "ready"
// after the first store (B), so the test knows writing has begun.
// Usage: signpost_net_cache_writer CACHE_DIR SOURCE_URL BODY_A_FILE BODY_B_FILE
#include <cstdio>
#include <string>

#include "net/feed_cache.h"
#include "util/file_read.h"

int main(int argc, char** argv) {
    using namespace signpost;
    if (argc != 5) {
        std::fprintf(stderr, "usage: %s CACHE_DIR SOURCE_URL BODY_A BODY_B\n", argv[0]);
        return 2;
    }
    auto a = read_file_bytes(argv[3]);
    auto b = read_file_bytes(argv[4]);
    if (!a || !b) {
        std::fprintf(stderr, "cannot read the bodies\n");
        return 2;
    }
    FeedCache cache(argv[1]);
    CachedFeed feeds[2];
    feeds[0] = {argv[2], "\"a\"", "Wed, 01 May 2030 07:00:00 GMT", Instant{Seconds{1904000000}},
                *a};
    feeds[1] = {argv[2], "\"b\"", "Thu, 02 May 2030 07:00:00 GMT", Instant{Seconds{1904086400}},
                *b};
    for (unsigned long i = 1;; ++i) {
        if (auto stored = cache.store(feeds[i % 2]); !stored) {
            std::fprintf(stderr, "store failed: %s\n", stored.error().to_string().c_str());
            return 1;
        }
        if (i == 1) {
            std::printf("ready\n");
            std::fflush(stdout);
        }
    }
}
