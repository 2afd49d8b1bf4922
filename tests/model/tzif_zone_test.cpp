// The zone reader (model/tzif_zone, model/posix_tz_rule) against the date
// library's own reading of the same system tzdata, for every zone it lists,
// and against files made wrong on purpose.
#include "model/tzif_zone.h"

#include <date/tz.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "model/posix_tz_rule.h"
#include "model/timezone.h"
#include "support/temp_dir.h"

namespace signpost {
namespace {

using namespace std::chrono_literals;

int64_t unix_at(int y, unsigned m, unsigned d, int h = 0) {
    return (date::sys_days{date::year{y} / date::month{m} / date::day{d}}.time_since_epoch() +
            std::chrono::hours{h}) /
           1s;
}

// Debian's tzdata lists transitions up to 2037; the date library keeps the
// last one's offset after that, where the footer's rule decides (Cairo is in
// summer time in May 2038: checked below), so the two are compared until then.
TEST(TzifZone, EveryZoneAgreesWithTheDateLibraryFrom1970To2037) {
    const auto& db = date::get_tzdb();
    size_t zones = 0;
    size_t instants = 0;
    for (const date::time_zone& reference : db.zones) {
        auto ours = TimeZone::locate(reference.name());
        ASSERT_TRUE(ours.ok()) << reference.name() << ": " << ours.error().to_string();
        ++zones;
        auto check = [&](int64_t t) {
            const auto expected = reference.get_info(date::sys_seconds{std::chrono::seconds{t}});
            ASSERT_EQ(ours->offset_at(Instant{Seconds{t}}), expected.offset)
                << reference.name() << " at " << t;
            ++instants;
        };
        // Every transition (both sides of it) and a sample inside each period.
        auto t = date::sys_seconds{std::chrono::seconds{unix_at(1970, 1, 1)}};
        const auto end = date::sys_seconds{std::chrono::seconds{unix_at(2037, 12, 1)}};
        while (t < end) {
            const auto info = reference.get_info(t);
            check(t.time_since_epoch() / 1s);
            if (info.end >= end) {
                break;
            }
            check(info.end.time_since_epoch() / 1s - 1);
            check(info.end.time_since_epoch() / 1s);
            t = info.end;
        }
        for (int64_t day = unix_at(1970, 1, 1); day < unix_at(2037, 12, 1); day += 86400 * 37) {
            check(day);
        }
    }
    EXPECT_GT(zones, 300u);
    EXPECT_GT(instants, 100000u);
}

TEST(TzifZone, AfterTheLastListedTransitionTheFooterRuleDecides) {
    // Egypt's summer time, brought back in 2023: last Friday of April to the
    // last Thursday of October ("EET-2EEST,M4.5.5/0,M10.5.4/24").
    auto cairo = TimeZone::locate("Africa/Cairo");
    ASSERT_TRUE(cairo.ok());
    EXPECT_EQ(cairo->offset_at(Instant{Seconds{unix_at(2038, 5, 19)}}), Seconds{3h});
    EXPECT_EQ(cairo->offset_at(Instant{Seconds{unix_at(2038, 12, 19)}}), Seconds{2h});
    auto madrid = TimeZone::locate("Europe/Madrid");
    ASSERT_TRUE(madrid.ok());
    EXPECT_EQ(madrid->offset_at(Instant{Seconds{unix_at(2100, 7, 1)}}), Seconds{2h});
    EXPECT_EQ(madrid->format_hhmm(Instant{Seconds{unix_at(2100, 1, 1, 12)}}), "13:00");
}

TEST(TzifZone, WallTimesAroundEveryChangeReadAsTheDateLibraryReadsThem) {
    for (const char* name : {"Europe/Madrid", "America/New_York", "Australia/Sydney",
                             "Australia/Lord_Howe", "America/Santiago", "Pacific/Chatham"}) {
        const date::time_zone* reference = date::locate_zone(name);
        auto ours = TimeZone::locate(name);
        ASSERT_TRUE(ours.ok()) << name;
        for (int year : {1996, 2016, 2024, 2036}) {
            auto t = date::sys_seconds{std::chrono::seconds{unix_at(year, 1, 1)}};
            for (int change = 0; change < 2; ++change) {
                t = reference->get_info(t).end;
                const date::local_seconds wall{t.time_since_epoch() +
                                               reference->get_info(t - 1s).offset};
                for (auto local = wall - 3h; local <= wall + 3h; local += 15min) {
                    const auto info = reference->get_info(local);
                    const auto expected = local.time_since_epoch() - info.first.offset;
                    const date::year_month_day ymd{date::floor<date::days>(local)};
                    const date::hh_mm_ss hms{local - date::floor<date::days>(local)};
                    const Instant got = ours->from_local(
                        int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()),
                        int(hms.hours().count()), int(hms.minutes().count()));
                    EXPECT_EQ(got.time_since_epoch(), expected)
                        << name << " wall " << local.time_since_epoch().count() << " ("
                        << info.result << ")";
                }
            }
        }
    }
}

TEST(PosixTzRule, ReadsTheFootersOfTodaysZones) {
    auto madrid = PosixTzRule::parse("CET-1CEST,M3.5.0,M10.5.0/3");
    ASSERT_TRUE(madrid);
    EXPECT_EQ(madrid->offset_at(unix_at(2050, 3, 27, 0)), 3600);  // last Sunday: 27 March 2050
    EXPECT_EQ(madrid->offset_at(unix_at(2050, 3, 27, 1)), 7200);  // 01:00 UTC = 02:00 CET
    EXPECT_EQ(madrid->offset_at(unix_at(2050, 10, 30, 0)), 7200);
    EXPECT_EQ(madrid->offset_at(unix_at(2050, 10, 30, 1)), 3600);  // 03:00 CEST
    // Southern hemisphere: summer across the new year.
    auto sydney = PosixTzRule::parse("AEST-10AEDT,M10.1.0,M4.1.0/3");
    ASSERT_TRUE(sydney);
    EXPECT_EQ(sydney->offset_at(unix_at(2050, 1, 15)), 11 * 3600);
    EXPECT_EQ(sydney->offset_at(unix_at(2050, 7, 15)), 10 * 3600);
    // Quoted names, minutes, and no summer time.
    auto tehran = PosixTzRule::parse("<+0330>-3:30");
    ASSERT_TRUE(tehran);
    EXPECT_EQ(tehran->offset_at(unix_at(2050, 7, 1)), 3 * 3600 + 1800);
    // Version 3: summer time all year, written as a change at 25:00 on day 365.
    auto all_year = PosixTzRule::parse("EST5EDT,0/0,J365/25");
    ASSERT_TRUE(all_year);
    EXPECT_EQ(all_year->offset_at(unix_at(2050, 1, 1, 12)), -4 * 3600);
    EXPECT_EQ(all_year->offset_at(unix_at(2050, 12, 31, 23)), -4 * 3600);
    // Jn never counts 29 February; n does.
    auto julian = PosixTzRule::parse("AAA0BBB,J60/0,J61/0");
    auto zero_based = PosixTzRule::parse("AAA0BBB,59/0,60/0");
    ASSERT_TRUE(julian && zero_based);
    EXPECT_EQ(julian->offset_at(unix_at(2048, 3, 1, 12)), 3600);       // J60 is 1 March
    EXPECT_EQ(zero_based->offset_at(unix_at(2048, 2, 29, 12)), 3600);  // day 59 of a leap year
    // A negative time of day (version 3): 23:00 the day before.
    auto negative = PosixTzRule::parse("AAA0BBB,M3.2.0/-1,M11.1.0");
    ASSERT_TRUE(negative);
    EXPECT_EQ(negative->offset_at(unix_at(2050, 3, 12, 23)), 3600);  // Sunday 13 March, -1 h
}

TEST(PosixTzRule, RefusesWhatItDoesNotUnderstand) {
    for (const char* text :
         {"", "-1", "CET", "CET-1CEST", "CET-1CEST,M3.5.0", "CET-1CEST,M13.5.0,M10.5.0",
          "CET-1CEST,M3.6.0,M10.5.0", "CET-1CEST,M3.5.7,M10.5.0", "<CET-1", "CET-25",
          "CET-1CEST,J0,J100", "CET-1CEST,366,10", "CET-1 junk", "CET-1CEST,M3.5.0/200,M10.5.0"}) {
        EXPECT_FALSE(PosixTzRule::parse(text)) << text;
    }
}

class BadZoneFiles : public ::testing::Test {
  protected:
    void SetUp() override {
        const char* old = std::getenv("TZDIR");
        old_ = old ? old : "";
        had_ = old != nullptr;
        setenv("TZDIR", dir_.path().c_str(), 1);
        std::ifstream madrid("/usr/share/zoneinfo/Europe/Madrid", std::ios::binary);
        good_.assign(std::istreambuf_iterator<char>(madrid), {});
        ASSERT_GT(good_.size(), 100u);
    }
    void TearDown() override {
        if (had_) {
            setenv("TZDIR", old_.c_str(), 1);
        } else {
            unsetenv("TZDIR");
        }
    }
    std::string write(const std::string& name, const std::string& bytes) {
        std::ofstream(dir_.path() / name, std::ios::binary) << bytes;
        return name;
    }
    test::TempDir dir_;
    std::string good_;
    std::string old_;
    bool had_ = false;
};

TEST_F(BadZoneFiles, AreUnknownZonesThatSayWhy) {
    ASSERT_TRUE(TimeZone::locate(write("Good", good_)).ok());
    std::string flipped_footer = good_;
    flipped_footer[flipped_footer.size() - 5] = '#';
    const std::pair<std::string, std::string> cases[] = {
        {"Empty", ""},
        {"Magic", "TZxx" + good_.substr(4)},
        {"Cut", good_.substr(0, good_.size() / 2)},
        {"NoFooter", good_.substr(0, good_.size() - 1)},
        {"Footer", flipped_footer},
    };
    for (const auto& [name, bytes] : cases) {
        auto zone = TimeZone::locate(write(name, bytes));
        ASSERT_FALSE(zone.ok()) << name;
        EXPECT_NE(zone.error().to_string().find("unknown time zone"), std::string::npos) << name;
    }
}

}  // namespace
}  // namespace signpost
