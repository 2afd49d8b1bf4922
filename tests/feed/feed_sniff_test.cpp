#include <gtest/gtest.h>

#include "feed/feed_sniff.h"

using namespace signpost;

TEST(FeedSniff, ContentStartSkipsBomAndWhiteSpace) {
    EXPECT_EQ(content_start("\xEF\xBB\xBF \r\n\t{\"a\":1}"), "{\"a\":1}");
    EXPECT_EQ(content_start("  "), "");
}

TEST(FeedSniff, RecognisesHtmlPagesAndTheirTitle) {
    EXPECT_EQ(html_page_title("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                              "<body><center><h1>502 Bad Gateway</h1></center></body></html>"),
              std::optional<std::string>("502 Bad Gateway"));
    EXPECT_EQ(html_page_title("\xEF\xBB\xBF\n<!DOCTYPE HTML PUBLIC>\n<HTML><HEAD><TITLE>\n  Sign in"
                              "\n</TITLE>"),
              std::optional<std::string>("Sign in"));
    EXPECT_EQ(html_page_title("<!doctype html><p>no title</p>"), std::optional<std::string>(""));
    EXPECT_EQ(html_page_title("<body>Forbidden</body>"), std::optional<std::string>(""));
}

TEST(FeedSniff, DoesNotTakeXmlOrJsonForHtml) {
    EXPECT_EQ(html_page_title("<?xml version=\"1.0\"?><schedule></schedule>"), std::nullopt);
    EXPECT_EQ(html_page_title("<schedule><conference/></schedule>"), std::nullopt);
    EXPECT_EQ(html_page_title("<htmlish/>"), std::nullopt);
    EXPECT_EQ(html_page_title("{\"html\": \"<html>\"}"), std::nullopt);
}

TEST(FeedSniff, FindsTopLevelKeysOnly) {
    EXPECT_TRUE(json_has_top_level_key(R"({"version":1,"venue":{}})", {"venue"}));
    EXPECT_TRUE(json_has_top_level_key(" \n{ \"venue\" : 1 }", {"venue"}));
    // Nested keys and keys written inside strings do not count.
    EXPECT_FALSE(json_has_top_level_key(R"({"schedule":{"venue":"x"}})", {"venue"}));
    EXPECT_FALSE(json_has_top_level_key(R"({"a":"\"venue\":1","b":["venue"]})", {"venue"}));
    // After a large nested value, with brackets inside strings.
    EXPECT_TRUE(json_has_top_level_key(
        R"({"sessions":[{"t":"]}[{"},{"u":[1,2,{"v":"\\"}]}],"venue":{}})", {"venue"}));
    EXPECT_TRUE(json_has_top_level_key(R"({"x":true,"y":null,"z":-1.5e3,"sessions":[]})",
                                       {"venue", "sessions"}));
    // A document cut short still answers for what it has.
    EXPECT_TRUE(json_has_top_level_key(R"({"venue":{"name":"cut)", {"venue"}));
    EXPECT_FALSE(json_has_top_level_key(R"({"version":1,"ven)", {"venue"}));
    // Not an object.
    EXPECT_FALSE(json_has_top_level_key(R"([{"venue":1}])", {"venue"}));
    EXPECT_FALSE(json_has_top_level_key("", {"venue"}));
}

TEST(FeedSniff, HandlesDeepNestingWithoutRecursion) {
    std::string deep =
        "{\"a\":" + std::string(200000, '[') + std::string(200000, ']') + ",\"venue\":1}";
    EXPECT_TRUE(json_has_top_level_key(deep, {"venue"}));
}

TEST(FeedSniff, PreviewIsOneShortLineOfValidUtf8) {
    EXPECT_EQ(body_preview("Not Found\r\n\r\nThe page"), "Not Found The page");
    EXPECT_EQ(body_preview("abcdef", 3), "abc…");
    // "가" is three bytes: cut after one of them, it is dropped whole.
    EXPECT_EQ(body_preview("a가나", 2), "a…");
    EXPECT_EQ(body_preview("a가나", 4), "a가…");
}
