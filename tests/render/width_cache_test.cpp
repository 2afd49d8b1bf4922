#include "render/width_cache.h"

#include <gtest/gtest.h>

#include <string>

namespace signpost {
namespace {

TEST(WidthCache, FindsWhatWasInsertedByTextSizeAndWeight) {
    WidthCache cache(16);
    EXPECT_FALSE(cache.find("Hall B", 40, FontWeight::regular));
    cache.insert("Hall B", 40, FontWeight::regular, 120);
    EXPECT_EQ(cache.find("Hall B", 40, FontWeight::regular), 120);
    EXPECT_FALSE(cache.find("Hall B", 40, FontWeight::bold));
    EXPECT_FALSE(cache.find("Hall B", 41, FontWeight::regular));
    EXPECT_FALSE(cache.find("Hall C", 40, FontWeight::regular));
    EXPECT_EQ(cache.hits(), 1u);
    EXPECT_EQ(cache.misses(), 4u);
    EXPECT_EQ(cache.size(), 1u);
}

// The key views the entry's own copy of the text, not the caller's buffer.
TEST(WidthCache, KeepsItsOwnCopyOfTheText) {
    WidthCache cache(16);
    {
        std::string title = "A title long enough not to fit in a short string buffer";
        cache.insert(title, 30, FontWeight::bold, 900);
        title.assign(title.size(), 'x');
    }
    EXPECT_EQ(
        cache.find("A title long enough not to fit in a short string buffer", 30, FontWeight::bold),
        900);
}

TEST(WidthCache, DropsTheLeastRecentlyUsedWhenFull) {
    WidthCache cache(2);
    cache.insert("A", 30, FontWeight::regular, 1);
    cache.insert("B", 30, FontWeight::regular, 2);
    EXPECT_TRUE(cache.find("A", 30, FontWeight::regular));  // B is now the oldest
    cache.insert("C", 30, FontWeight::regular, 3);
    EXPECT_EQ(cache.size(), 2u);
    EXPECT_TRUE(cache.find("A", 30, FontWeight::regular));
    EXPECT_TRUE(cache.find("C", 30, FontWeight::regular));
    EXPECT_FALSE(cache.find("B", 30, FontWeight::regular));
}

// A kiosk keeps what its current cycle uses: a title that left the screens
// goes at the end of the first cycle that did not measure it.
TEST(WidthCache, EndOfACycleDropsTheLinesItDidNotUse) {
    WidthCache cache(100);
    cache.insert("morning talk", 30, FontWeight::regular, 10);
    cache.insert("Room 111", 30, FontWeight::regular, 20);
    cache.end_cycle();  // both were used in the cycle that ended
    EXPECT_EQ(cache.size(), 2u);

    // The next cycle: the room still shows, the morning talk is over.
    EXPECT_TRUE(cache.find("Room 111", 30, FontWeight::regular));
    cache.insert("afternoon talk", 30, FontWeight::regular, 30);
    cache.end_cycle();
    EXPECT_EQ(cache.size(), 2u);
    EXPECT_FALSE(cache.find("morning talk", 30, FontWeight::regular));
    EXPECT_TRUE(cache.find("Room 111", 30, FontWeight::regular));
    EXPECT_TRUE(cache.find("afternoon talk", 30, FontWeight::regular));

    // Cycle after cycle of the same lines: nothing grows, nothing goes.
    for (int cycle = 0; cycle < 5; ++cycle) {
        cache.end_cycle();
        EXPECT_TRUE(cache.find("Room 111", 30, FontWeight::regular));
        EXPECT_TRUE(cache.find("afternoon talk", 30, FontWeight::regular));
    }
    EXPECT_EQ(cache.size(), 2u);
}

TEST(WidthCache, ClearForgetsEverything) {
    WidthCache cache(8);
    cache.insert("A", 30, FontWeight::regular, 1);
    cache.insert("B", 30, FontWeight::bold, 2);
    cache.clear();
    EXPECT_EQ(cache.size(), 0u);
    EXPECT_FALSE(cache.find("A", 30, FontWeight::regular));
    cache.insert("A", 30, FontWeight::regular, 1);
    EXPECT_EQ(cache.size(), 1u);
}

}  // namespace
}  // namespace signpost
