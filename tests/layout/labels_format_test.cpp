// The sign's own words: floor marks, dates, feed state, theme colours.
#include <gtest/gtest.h>

#include "config/location_config.h"
#include "layout/date_format.h"
#include "layout/floor_label.h"
#include "layout/frame.h"
#include "layout/labels.h"
#include "layout/theme.h"
#include "layout_test_support.h"

namespace signpost {
namespace {

using namespace layout_detail;

const std::vector<std::string> kKoEn{"ko", "en"};

TEST(FloorLabel, FollowsSignDesign) {
    EXPECT_EQ(floor_mark("2", kKoEn), "2F · 2층");
    EXPECT_EQ(floor_mark("B1", kKoEn), "B1 · 지하 1층");
    EXPECT_EQ(floor_mark("-2", kKoEn), "B2 · 지하 2층");
    EXPECT_EQ(floor_mark("P1", kKoEn), "P1");
    EXPECT_EQ(floor_mark("Mezzanine", kKoEn), "Mezzanine");
    EXPECT_EQ(floor_mark("", kKoEn), "");
    const std::vector<std::string> en{"en"};
    EXPECT_EQ(floor_mark("3", en), "3F");
    const std::vector<std::string> ko{"ko-KR"};
    EXPECT_EQ(floor_mark("B1", ko), "지하 1층");
}

TEST(DateFormat, KoreanAndEnglish) {
    const TimeZone zone = *TimeZone::locate("Asia/Seoul");
    const Instant t = test::seoul(9, 5);
    EXPECT_EQ(clock_text(zone, t), "09:05");
    const LocalizedText d = date_text(zone, t);
    EXPECT_EQ(*d.get("ko"), "10월 25일 (화)");
    EXPECT_EQ(*d.get("en"), "Tue 25 Oct");
    EXPECT_EQ(time_range_text(zone, t, test::seoul(10, 30)), "09:05–10:30");
}

TEST(FeedState, Texts) {
    const TimeZone zone = *TimeZone::locate("Asia/Seoul");
    const Instant now = test::seoul(11, 5);
    using S = FeedFreshness::State;
    EXPECT_EQ(*feed_state_text({S::fresh, test::seoul(11, 2)}, zone, now).get("en"),
              "updated 11:02");
    EXPECT_EQ(*feed_state_text({S::stale, test::seoul(10, 40)}, zone, now).get("en"),
              "offline — showing the copy saved at 10:40 (25 min ago)");
    EXPECT_EQ(*feed_state_text({S::stale, test::seoul(10, 40)}, zone, now).get("ko"),
              "오프라인 — 10:40에 저장된 사본 표시 중 (25분 전)");
    // Saved on an earlier day: the date is said, and the age in days.
    EXPECT_EQ(*feed_state_text({S::stale, test::seoul(10, 40, 22)}, zone, now).get("en"),
              "offline — showing the copy saved at Sat 22 Oct 10:40 (3 days ago)");
    EXPECT_EQ(*feed_state_text({S::stale, test::seoul(8, 0)}, zone, now).get("en"),
              "offline — showing the copy saved at 08:00 (3 h ago)");
    EXPECT_EQ(*feed_state_text({S::none, std::nullopt}, zone, now).get("ko"), "아직 데이터 없음");
    EXPECT_EQ(*feed_state_text({S::stale, std::nullopt}, zone, now).get("en"),
              "offline — showing the saved copy");
}

TEST(Labels, KindsAndFallback) {
    EXPECT_EQ(*kind_label("keynote")->get("ko"), "기조연설");
    EXPECT_EQ(*kind_label("SIG")->get("en"), "SIG");
    EXPECT_EQ(kind_label("hackathon")->pick(kKoEn), "hackathon");
    EXPECT_FALSE(kind_label("").has_value());
    EXPECT_TRUE(is_ordinary_kind("Talk"));
    EXPECT_TRUE(is_ordinary_kind("lecture"));
    EXPECT_FALSE(is_ordinary_kind("keynote"));
    EXPECT_FALSE(is_ordinary_kind("lab"));
    EXPECT_FALSE(is_ordinary_kind(""));
    // A language the table does not have falls back along the config's order.
    const std::vector<std::string> es{"es", "en"};
    EXPECT_EQ(label(Label::now).pick(es), "Now");
}

TEST(Theme, DefaultMeetsSignDesignContrast) {
    const Theme t = resolve_theme({});
    EXPECT_GE(contrast(t.ink.primary, t.background), 19.0);
    EXPECT_GE(contrast(t.ink.secondary, t.background), 9.6);
    EXPECT_GE(contrast(t.now, t.background), 14.0);
    EXPECT_GE(contrast(t.next, t.background), 8.0);
    // Signal red: white on it at about 7.5:1, and at least 7:1.
    EXPECT_GE(contrast({255, 255, 255}, t.emergency), 7.5);
    EXPECT_LE(contrast({255, 255, 255}, t.emergency), 8.0);
    EXPECT_GE(contrast(t.warning_ink.primary, t.warning_banner), 7.0);
    EXPECT_GE(contrast(t.info_ink.secondary, t.info_banner), 7.0);
}

TEST(Theme, ConfigColoursThatBreakContrastAreNotUsed) {
    ThemeConfig c;
    c.background = "#777777";  // neither white nor black text reaches 7:1
    c.text = "#808080";
    c.accent = "#0B0F15";
    const Theme t = resolve_theme(c);
    EXPECT_EQ(t.background, (Color{0x0B, 0x0F, 0x14}));
    EXPECT_GE(contrast(t.ink.primary, t.background), 7.0);
    EXPECT_GE(contrast(t.accent, t.background), 3.0);

    ThemeConfig light;
    light.background = "#FFFFFF";
    light.text = "#111111";
    const Theme l = resolve_theme(light);
    EXPECT_EQ(l.background, (Color{255, 255, 255}));
    EXPECT_EQ(l.ink.primary, (Color{0x11, 0x11, 0x11}));
    EXPECT_GE(contrast(l.ink.secondary, l.background), 7.0);  // #B8B8B8 is replaced
    EXPECT_FALSE(parse_colour("#FFF").has_value());
    EXPECT_FALSE(parse_colour("#GG0000").has_value());
}

TEST(Theme, LightThemePagesStayLegible) {
    const Schedule schedule = test::make_schedule();
    LocationConfig config = test::make_config();
    config.theme.background = "#FFFFFF";
    config.theme.text = "#000000";
    config.theme.secondary = "#333333";
    test::FakeMeasurer m;
    LayoutContext ctx{&schedule, test::seoul(10, 15), config, 1920, 1080, {}, m};
    for (const auto& plan : plan_pages(ctx)) {
        test::expect_sound_page(layout_page(ctx, plan, 0), m, "light theme");
    }
}

}  // namespace
}  // namespace signpost
