#include "model/localized_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace signpost;

namespace {

LocalizedText keynote() {
    LocalizedText t;
    t.set("ko-KR", "개막 기조연설");
    t.set("en", "Opening keynote");
    return t;
}

}  // namespace

TEST(LocalizedText, PicksTheFirstLanguageOfTheOrderItHas) {
    const LocalizedText t = keynote();
    const std::vector<std::string> ko_en{"ko", "en"};
    const std::vector<std::string> en_ko{"en", "ko"};
    const std::vector<std::string> de_en{"de", "en"};
    EXPECT_EQ(t.pick(ko_en), "개막 기조연설");  // "ko-KR" serves "ko"
    EXPECT_EQ(t.pick(en_ko), "Opening keynote");
    EXPECT_EQ(t.pick(de_en), "Opening keynote");
    const auto [lang, text] = t.pick_with_lang(ko_en);
    EXPECT_EQ(lang, "ko");  // the tag of the order that matched
    EXPECT_EQ(*text, "개막 기조연설");
}

TEST(LocalizedText, TagsCompareWithoutCase) {
    const LocalizedText t = keynote();
    const std::vector<std::string> order{"KO"};
    EXPECT_EQ(t.pick(order), "개막 기조연설");
    ASSERT_NE(t.get("EN"), nullptr);
    EXPECT_EQ(*t.get("EN"), "Opening keynote");
    ASSERT_NE(t.get("ko"), nullptr);  // "ko-KR" serves "ko" here too
    EXPECT_EQ(*t.get("ko"), "개막 기조연설");
    EXPECT_EQ(t.get("de"), nullptr);
}

TEST(LocalizedText, FallsBackToThePlainTextThenTheFirstVariant) {
    const std::vector<std::string> order{"ja"};
    LocalizedText mixed = keynote();
    mixed.set("", "Keynote");
    EXPECT_EQ(mixed.pick(order), "Keynote");
    EXPECT_EQ(keynote().pick(order), "개막 기조연설");
    EXPECT_EQ(LocalizedText().pick(order), "");
    EXPECT_EQ(LocalizedText::plain("Hall").pick(order), "Hall");
    EXPECT_TRUE(LocalizedText().empty());
}

TEST(LocalizedText, ALaterVariantReplacesTheEarlier) {
    LocalizedText t = keynote();
    t.set("en", "Keynote");
    EXPECT_EQ(t.variants().size(), 2u);
    EXPECT_EQ(*t.get("en"), "Keynote");
}
