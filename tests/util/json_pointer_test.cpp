#include "util/json_pointer.h"

#include <gtest/gtest.h>

using namespace signpost;

TEST(JsonPointer, TokensEscapeTildeFirstThenSlash) {
    EXPECT_EQ(json_pointer_token("a/b~c"), "a~1b~0c");
    // "~1" written in a key is a tilde and a one, not a slash.
    EXPECT_EQ(json_pointer_token("~1"), "~01");
    EXPECT_EQ(json_pointer_token(""), "");
    EXPECT_EQ(json_pointer_token("방 1"), "방 1");
}

TEST(JsonPointer, ChildrenByKeyAndByIndex) {
    EXPECT_EQ(json_pointer_child("", "feed"), "/feed");
    EXPECT_EQ(json_pointer_child("/feed", "source"), "/feed/source");
    EXPECT_EQ(json_pointer_child("/directions", "B/1"), "/directions/B~11");
    EXPECT_EQ(json_pointer_child("/pages", size_t{2}), "/pages/2");
}
