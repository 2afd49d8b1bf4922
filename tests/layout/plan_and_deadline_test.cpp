// Page plans (sub-pages, dwell), pagination of rows, and the deadline helper.
#include <gtest/gtest.h>

#include "layout/layout.h"
#include "layout/rows.h"
#include "layout_test_support.h"

namespace signpost::test {
namespace {

using namespace layout_detail;

Row row(float h, bool header = false) {
    return Row{h, header, header ? 0 : 1, 0, {}};
}

TEST(PaginateRows, KeepsHeadersWithTheirRowsAndRepeatsThem) {
    const std::vector<Row> rows = {row(10, true), row(40), row(40),
                                   row(10, true), row(40), row(40)};
    const auto pages = paginate_rows(rows, 100, 100);
    // [H0 a b] [H3 c] ... header 3 does not end page 1 (10+40+40+10 = 100 leaves no room for c).
    ASSERT_EQ(pages.size(), 2u);
    EXPECT_EQ(pages[0], (std::vector<size_t>{0, 1, 2}));
    EXPECT_EQ(pages[1], (std::vector<size_t>{3, 4, 5}));
    const auto tight = paginate_rows(rows, 60, 60);
    // Continuations repeat their group's header.
    ASSERT_EQ(tight.size(), 4u);
    EXPECT_EQ(tight[1], (std::vector<size_t>{0, 2}));
    EXPECT_EQ(tight[3], (std::vector<size_t>{3, 5}));
}

TEST(PaginateRows, FirstPageMayBeShorter) {
    const std::vector<Row> rows = {row(10, true), row(40), row(40), row(40), row(40)};
    // The first page holds the header and one row; later pages three rows.
    const auto pages = paginate_rows(rows, 60, 130);
    ASSERT_EQ(pages.size(), 2u);
    EXPECT_EQ(pages[0], (std::vector<size_t>{0, 1}));
    EXPECT_EQ(pages[1], (std::vector<size_t>{0, 2, 3, 4}));
}

Row sub_header(float h) {
    Row r{h, false, 0, 0, {}};
    r.subgroup_header = true;
    return r;
}

Row in_sub(float h) {
    Row r{h, false, 1, 0, {}};
    r.in_subgroup = true;
    return r;
}

TEST(PaginateRows, RepeatsTheSubgroupsHeaderWhereItsRowsGoOn) {
    // H0, way W1 over a b c, then d outside any way, then way W6 over e.
    const std::vector<Row> rows = {row(10, true), sub_header(10), in_sub(30),     in_sub(30),
                                   in_sub(30),    row(30),        sub_header(10), in_sub(30)};
    const auto pages = paginate_rows(rows, 85, 85);
    // [H0 W1 a b] [H0 W1 c d] [H0 W6 e]: c goes on under its way again; d is
    // not under W1; W6 would end page 2, so it goes with e.
    ASSERT_EQ(pages.size(), 3u);
    EXPECT_EQ(pages[0], (std::vector<size_t>{0, 1, 2, 3}));
    EXPECT_EQ(pages[1], (std::vector<size_t>{0, 1, 4, 5}));
    EXPECT_EQ(pages[2], (std::vector<size_t>{0, 6, 7}));
}

TEST(PaginateRows, ARowOutsideTheSubgroupDoesNotRepeatItsHeader) {
    const std::vector<Row> rows = {row(10, true), sub_header(10), in_sub(30), row(30), row(30)};
    const auto pages = paginate_rows(rows, 60, 60);
    ASSERT_EQ(pages.size(), 3u);
    EXPECT_EQ(pages[0], (std::vector<size_t>{0, 1, 2}));
    EXPECT_EQ(pages[1], (std::vector<size_t>{0, 3}));
    EXPECT_EQ(pages[2], (std::vector<size_t>{0, 4}));
}

TEST(PaginateRows, AWaysStepFreeLineGoesWithTheRoomsUnderIt) {
    // H0 a, then way W2 with its step-free line S3 over b: W2 and S3 fit
    // under a, b does not; all three go to the next page together.
    Row step_free{20, false, 0, 0, {}};
    step_free.in_subgroup = true;
    step_free.keep_with_next = true;
    const std::vector<Row> rows = {row(10, true), row(30), sub_header(10), step_free, in_sub(30)};
    const auto pages = paginate_rows(rows, 75, 75);
    ASSERT_EQ(pages.size(), 2u);
    EXPECT_EQ(pages[0], (std::vector<size_t>{0, 1}));
    EXPECT_EQ(pages[1], (std::vector<size_t>{0, 2, 3, 4}));
}

TEST(PaginateColumns, TheFirstScreensLastColumnMayBeShorter) {
    // Six rows fill two columns of 100; the QR code leaves the first
    // screen's second column 40, which holds one row, so a second screen.
    const std::vector<Row> rows(6, row(30));
    ASSERT_EQ(paginate_columns(rows, 100, 100, 2).size(), 1u);
    const auto screens = paginate_columns(rows, 100, 100, 2, 40);
    ASSERT_EQ(screens.size(), 2u);
    ASSERT_EQ(screens[0].size(), 2u);
    EXPECT_EQ(screens[0][1].size(), 1u);
}

TEST(PaginateColumns, AReserveMayStandInALaterScreensColumn) {
    // Eight rows of 30 take two screens of two columns of 100 (3, 3, 2); a
    // reserve of 40 under the second screen's last column (column 3) leaves
    // it 60: the count stays, and no more than two rows stand over the
    // reserve. Seven rows under a reserve of 70 there: still two screens.
    for (const auto& [count, reserve] : {std::pair{8, 40.0f}, {7, 70.0f}}) {
        const std::vector<Row> rows(static_cast<size_t>(count), row(30));
        ASSERT_EQ(paginate_columns(rows, 100, 100, 2).size(), 2u);
        const auto screens = paginate_columns(rows, 100, 100, 2, ColumnReserve{3, reserve});
        ASSERT_EQ(screens.size(), 2u) << count;
        size_t placed = 0;
        for (const auto& screen : screens) {
            for (const auto& column : screen) {
                placed += column.size();
            }
        }
        EXPECT_EQ(placed, static_cast<size_t>(count));
        if (screens[1].size() == 2) {
            EXPECT_LE(30.0f * static_cast<float>(screens[1][1].size()), 100 - reserve) << count;
        }
    }
}

TEST(PaginateRows, EmptyGivesOneEmptyPage) {
    const auto pages = paginate_rows({}, 100, 100);
    ASSERT_EQ(pages.size(), 1u);
    EXPECT_TRUE(pages[0].empty());
}

TEST(PlanPages, DwellFollowsSignDesign) {
    const Schedule schedule = make_schedule({30, 12, 2, true});
    LocationConfig config = make_config();
    config.pages = {PageConfig{PageKind::now_next, Seconds{5}, {}},
                    PageConfig{PageKind::directory, Seconds{45}, {}}};
    FakeMeasurer m;
    LayoutContext ctx{&schedule, seoul(10, 15), config, 1920, 1080, {}, m};
    const auto plans = plan_pages(ctx);
    ASSERT_GT(plans.size(), 2u);
    int expected_sub = 0;
    for (const auto& p : plans) {
        if (p.config_page == 0) {
            // Several rooms with their titles: more than 5 s, and no more than 20 s.
            EXPECT_GT(p.dwell, Seconds{5});
            EXPECT_LE(p.dwell, Seconds{20});
            EXPECT_EQ(p.kind, PlanKind::now_next);
        } else {
            EXPECT_EQ(p.dwell, Seconds{45});  // the config's longer dwell wins over the cap
            EXPECT_EQ(p.kind, PlanKind::directory);
        }
        if (p.sub_page == 0)
            expected_sub = 0;
        EXPECT_EQ(p.sub_page, expected_sub++);
        EXPECT_LT(p.sub_page, p.sub_pages);
    }
}

TEST(PlanPages, StalePlanStillGivesAPageThatFits) {
    const Schedule schedule = make_schedule();
    const LocationConfig config = make_config();
    // A sub-page and a config page that do not exist now.
    sound_page(schedule, config, seoul(10, 15), {1920, 1080},
               {PlanKind::now_next, 7, 99, 100, Seconds{15}}, "clamped plan", 2.0);
}

TEST(PlanPages, ConfigWithoutPagesStillCycles) {
    const Schedule schedule = make_schedule();
    LocationConfig config = make_config();
    config.pages.clear();
    config.languages.clear();
    FakeMeasurer m;
    LayoutContext ctx{&schedule, seoul(10, 15), config, 1920, 1080, {}, m};
    const auto plans = plan_pages(ctx);
    ASSERT_GE(plans.size(), 2u);
    expect_sound_page(layout_page(ctx, plans.back(), 0), m, "default cycle");
}

TEST(PlanPages, OddScreenSizesStaySound) {
    const Schedule schedule = make_schedule();
    const LocationConfig config = make_config();
    for (const ScreenSize size : {ScreenSize{1024, 768}, ScreenSize{1000, 1000},
                                  ScreenSize{3840, 1080}, ScreenSize{1080, 3840}}) {
        FakeMeasurer m;
        LayoutContext ctx{&schedule, seoul(10, 15), config, size.w, size.h, {}, m};
        for (const auto& plan : plan_pages(ctx)) {
            expect_sound_page(layout_page(ctx, plan, 1), m,
                              std::to_string(size.w) + "x" + std::to_string(size.h));
        }
    }
}

TEST(NextLayoutChange, NextMinuteWithoutSchedule) {
    const Instant t = seoul(10, 15) + Seconds{20};
    EXPECT_EQ(next_layout_change(nullptr, t), seoul(10, 16));
    EXPECT_EQ(next_layout_change(nullptr, seoul(10, 15)), seoul(10, 16));
}

TEST(NextLayoutChange, SessionAndAnnouncementEdges) {
    const Schedule schedule =
        make_schedule({}, {make_announcement("i", AnnouncementLevel::info,
                                             seoul(10, 29) + Seconds{30}, seoul(18, 0))});
    // Sessions end at 10:30:00; the announcement starts at 10:29:30.
    EXPECT_EQ(next_layout_change(&schedule, seoul(10, 29)), seoul(10, 29) + Seconds{30});
    EXPECT_EQ(next_layout_change(&schedule, seoul(10, 29) + Seconds{30}), seoul(10, 30));
    // Sub-minute session edges are found too.
    const Schedule odd = make_schedule(
        {1, 0, 0, false},
        {make_announcement("x", AnnouncementLevel::info, seoul(8, 0), seoul(10, 0) + Seconds{7})});
    EXPECT_EQ(next_layout_change(&odd, seoul(10, 0)), seoul(10, 0) + Seconds{7});
}

}  // namespace
}  // namespace signpost::test
