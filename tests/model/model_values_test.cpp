// The small values of the model: their names as the feed writes them, and
// when an announcement is active.
#include <gtest/gtest.h>

#include "model/announcement.h"
#include "model/direction.h"
#include "model/session.h"

using namespace signpost;

TEST(ModelValues, ArrowsReadAndWriteTheirNames) {
    for (Arrow a : {Arrow::ahead, Arrow::left, Arrow::right, Arrow::back, Arrow::up, Arrow::down}) {
        EXPECT_EQ(parse_arrow(to_string(a)), a) << to_string(a);
    }
    EXPECT_EQ(to_string(Arrow::ahead), "ahead");
    EXPECT_FALSE(parse_arrow("straight"));
    EXPECT_FALSE(parse_arrow("Ahead"));
}

TEST(ModelValues, SessionStatusesReadAndWriteTheirNames) {
    for (SessionStatus s : {SessionStatus::scheduled, SessionStatus::cancelled, SessionStatus::full,
                            SessionStatus::moved}) {
        EXPECT_EQ(parse_session_status(to_string(s)), s) << to_string(s);
    }
    EXPECT_FALSE(parse_session_status("postponed"));
}

TEST(ModelValues, AnnouncementLevelsReadAndWriteTheirNames) {
    for (AnnouncementLevel l :
         {AnnouncementLevel::info, AnnouncementLevel::warning, AnnouncementLevel::emergency}) {
        EXPECT_EQ(parse_announcement_level(to_string(l)), l) << to_string(l);
    }
    EXPECT_FALSE(parse_announcement_level("urgent"));
}

TEST(ModelValues, AnAnnouncementIsActiveFromItsStartUntilBeforeItsEnd) {
    const Instant t0{Seconds{1477474800}};
    Announcement a;
    EXPECT_TRUE(a.active_at(t0)) << "no start and no end: always";
    a.start = t0;
    a.end = t0 + Seconds{600};
    EXPECT_FALSE(a.active_at(t0 - Seconds{1}));
    EXPECT_TRUE(a.active_at(t0));
    EXPECT_TRUE(a.active_at(t0 + Seconds{599}));
    EXPECT_FALSE(a.active_at(t0 + Seconds{600}));
}
