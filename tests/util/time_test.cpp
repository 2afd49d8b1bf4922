#include "util/time.h"

#include <gtest/gtest.h>

using namespace signpost;

TEST(Iso8601, ParsesOffsetsAndZulu) {
    auto z = parse_iso8601("2016-10-25T09:00:00Z");
    auto p = parse_iso8601("2016-10-25T11:00:00+02:00");
    auto compact = parse_iso8601("2016-10-25T11:00+0200");
    ASSERT_TRUE(z && p && compact);
    EXPECT_EQ(*z, *p);
    EXPECT_EQ(*z, *compact);
    EXPECT_EQ(format_iso8601_utc(*z), "2016-10-25T09:00:00Z");
    EXPECT_EQ(format_iso8601(*z, std::chrono::hours{2}), "2016-10-25T11:00:00+02:00");
}

TEST(Iso8601, FractionsAndNegativeOffsets) {
    auto a = parse_iso8601("2016-10-25T03:00:00.500-06:00");
    ASSERT_TRUE(a);
    EXPECT_EQ(format_iso8601_utc(*a), "2016-10-25T09:00:00Z");
}

TEST(Iso8601, RejectsLocalTimesAndGarbage) {
    EXPECT_FALSE(parse_iso8601("2016-10-25T09:00:00"));  // no offset: not an instant
    for (const char* garbage : {"2016-02-30T09:00:00Z", "2016-10-25T25:00:00Z", "2016-10-25",
                                "yesterday", "2016-10-25T09:00:00Zjunk", ""}) {
        EXPECT_FALSE(parse_iso8601(garbage)) << garbage;
    }
}
