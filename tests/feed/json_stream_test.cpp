#include <gtest/gtest.h>

#include "feed/json_stream.h"

using namespace signpost;

namespace {

struct Collected {
    std::vector<std::pair<size_t, Json>> elements;
    std::vector<std::string> members;
};

Result<Json> stream(std::string_view bytes, Collected& out, std::string_view key = "items") {
    JsonStreamHandlers handlers;
    handlers.key = key;
    handlers.on_element = [&](size_t index, Json&& element) {
        out.elements.emplace_back(index, std::move(element));
    };
    handlers.on_member = [&](std::string_view name, const Json& value) {
        out.members.push_back(std::string(name) + "=" + value.dump());
    };
    return parse_json_streaming(bytes, handlers);
}

}  // namespace

TEST(JsonStream, HandsOverTheElementsOfTheChosenArrayInOrder) {
    Collected got;
    auto root = stream(R"({"a": {"b": [1, 2]}, "items": [{"x": [1, {"y": 2}]}, 3, "s", [], null],
                          "z": true})",
                       got);
    ASSERT_TRUE(root.ok()) << root.error().to_string();
    EXPECT_EQ(root->dump(), R"({"a":{"b":[1,2]},"items":[],"z":true})");
    ASSERT_EQ(got.elements.size(), 5u);
    for (size_t i = 0; i < got.elements.size(); ++i) {
        EXPECT_EQ(got.elements[i].first, i);
    }
    EXPECT_EQ(got.elements[0].second.dump(), R"({"x":[1,{"y":2}]})");
    EXPECT_EQ(got.elements[1].second, 3);
    EXPECT_EQ(got.elements[2].second, "s");
    EXPECT_EQ(got.elements[3].second, Json::array());
    EXPECT_TRUE(got.elements[4].second.is_null());
    // Members are reported when complete, the streamed one with its empty array.
    EXPECT_EQ(got.members, (std::vector<std::string>{R"(a={"b":[1,2]})", "items=[]", "z=true"}));
}

TEST(JsonStream, OnlyTheTopLevelKeyIsStreamed) {
    Collected got;
    auto root = stream(R"({"nested": {"items": [1, 2]}, "items": {"not": "an array"}})", got);
    ASSERT_TRUE(root.ok());
    EXPECT_TRUE(got.elements.empty());
    EXPECT_EQ((*root)["nested"]["items"].size(), 2u);
    EXPECT_EQ((*root)["items"]["not"], "an array");
}

TEST(JsonStream, OtherRootsAreBuiltWhole) {
    Collected got;
    auto root = stream(R"([{"items": [1]}, 2])", got);
    ASSERT_TRUE(root.ok());
    EXPECT_EQ(root->dump(), R"([{"items":[1]},2])");
    EXPECT_TRUE(got.elements.empty());
    EXPECT_TRUE(got.members.empty());
    root = stream("42", got);
    ASSERT_TRUE(root.ok());
    EXPECT_EQ(*root, 42);
}

TEST(JsonStream, TheStreamedKeyMayNotAppearTwice) {
    Collected got;
    auto root = stream(R"({"items": [1], "items": [2]})", got);
    ASSERT_FALSE(root.ok());
    EXPECT_EQ(root.error().to_string(), "/items: appears twice in the document's top-level object");
}

TEST(JsonStream, ReportsSyntaxErrorsWithTheByteOffset) {
    Collected got;
    auto root = stream(R"({"items": [1, 2 3]})", got);
    ASSERT_FALSE(root.ok());
    EXPECT_NE(root.error().what.find("not valid JSON at byte 16"), std::string::npos)
        << root.error().what;
    root = stream("", got);
    ASSERT_FALSE(root.ok());
    EXPECT_NE(root.error().what.find("not valid JSON at byte 0"), std::string::npos)
        << root.error().what;
}

TEST(JsonStream, KeepsDuplicateKeysLikeADom) {
    Collected got;
    auto root = stream(R"({"a": 1, "a": 2})", got);
    ASSERT_TRUE(root.ok());
    EXPECT_EQ((*root)["a"], 2);
}
