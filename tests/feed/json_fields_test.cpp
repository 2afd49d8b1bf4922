#include <gtest/gtest.h>

#include "feed/json_fields.h"
#include "feed/json_text.h"

using namespace signpost;

TEST(JsonText, ReadsAStringOrAnObjectOfLanguages) {
    auto plain = localized_text_from_json(Json("Opening"));
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(*plain->get(""), "Opening");
    auto both = localized_text_from_json(Json::parse(R"({"ko": "개막", "en": "Opening"})"));
    ASSERT_TRUE(both.ok());
    ASSERT_EQ(both->variants().size(), 2u);
    EXPECT_EQ(both->variants()[0].first, "ko");
    const std::vector<std::string> order{"en"};
    EXPECT_EQ(both->pick(order), "Opening");
}

TEST(JsonText, SaysWhatIsWrong) {
    EXPECT_EQ(localized_text_from_json(Json(3)).error().what,
              "must be a string or an object from language tag to string, not an integer");
    EXPECT_EQ(localized_text_from_json(Json::object()).error().what, "has no language in it");
    auto nested = localized_text_from_json(Json::parse(R"({"a/b": ["x"]})"));
    ASSERT_FALSE(nested.ok());
    EXPECT_EQ(nested.error().where, "/a~1b");
    EXPECT_EQ(nested.error().what, "must be a string, not an array");
}

TEST(JsonFields, NullCountsAsAbsent) {
    const Json object = Json::parse(R"({"a": null, "b": "x"})");
    EXPECT_EQ(json_member(object, "a"), nullptr);
    EXPECT_EQ(json_member(object, "c"), nullptr);
    ASSERT_NE(json_member(object, "b"), nullptr);
    EXPECT_EQ(read_optional_string(object, "a").value(), std::nullopt);
    EXPECT_EQ(read_required_string(object, "a").error().to_string(), "a: missing");
}

TEST(JsonFields, CountsAreNonNegativeInts) {
    const Json object = Json::parse(R"({"ok": 120, "neg": -1, "big": 99999999999,
                                        "huge": 18446744073709551615, "frac": 1.5})");
    EXPECT_EQ(read_optional_count(object, "ok").value(), 120);
    EXPECT_EQ(read_optional_count(object, "neg").error().what, "must not be negative");
    EXPECT_EQ(read_optional_count(object, "big").error().what, "is too large");
    EXPECT_EQ(read_optional_count(object, "huge").error().what, "is too large");
    EXPECT_EQ(read_optional_count(object, "frac").error().what,
              "must be a whole number, not a number");
}

TEST(JsonFields, InstantsNeedAnOffset) {
    const Json object = Json::parse(R"({"z": "2025-10-21T00:00:00Z",
        "plus": "2025-10-21T09:00+09:00", "local": "2025-10-21 09:00"})");
    EXPECT_EQ(read_required_instant(object, "z").value(),
              read_required_instant(object, "plus").value());
    auto local = read_required_instant(object, "local");
    ASSERT_FALSE(local.ok());
    EXPECT_NE(local.error().what.find("has no UTC offset"), std::string::npos);
}

TEST(JsonFields, QuotedValuesStayOnOneLine) {
    EXPECT_EQ(quoted_value("line\nbreak"), "\"line break\"");
}
