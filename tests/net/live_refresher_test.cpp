// The live source's refresher with a file source: a document is accepted only
// when it parses, a bad one keeps the last good one and says why, and an
// untouched file is dated by its modification time (reading it again is no
// confirmation that its states still hold).
#include "net/live_refresher.h"

#include <gtest/gtest.h>

#include "net/one_shot_fetch.h"
#include "test_support.h"

namespace signpost {
namespace {

namespace fs = std::filesystem;

class LiveFile : public ::testing::Test {
  protected:
    void SetUp() override {
        config_.base_dir = tmp_.path();
        config_.cache_dir = tmp_ / "cache";
        config_.live = LiveConfig{};
        config_.live->source = (tmp_ / "live.json").string();
    }
    void write(const std::string& body, Instant mtime) {
        test::write_file(tmp_ / "live.json", body);
        fs::last_write_time(tmp_ / "live.json", fs::file_time_type::clock::from_sys(mtime));
    }

    test::TempDir tmp_;
    LocationConfig config_;
    HttpFetcher fetcher_;
};

TEST_F(LiveFile, AcceptsRejectsAndDatesByTheFile) {
    const Instant written = *parse_iso8601("2030-05-01T10:00:00Z");
    const Instant now = written + Seconds{90};
    write(R"({"rooms": {"a": {"state": "full"}}})", written);
    LiveRefresher refresher(config_, fetcher_);
    EXPECT_FALSE(refresher.load_cache());  // file sources have no cache
    EXPECT_EQ(refresher.refresh(now).outcome, RefreshResult::Outcome::updated);
    ASSERT_TRUE(refresher.document());
    EXPECT_EQ(refresher.document()->rooms.at(0).state, RoomState::full);
    EXPECT_EQ(refresher.status().fetched_at, written);
    EXPECT_EQ(refresher.status().format, "signpost-live");
    EXPECT_FALSE(refresher.status().stale);

    // Read again later, untouched: still dated by the file.
    EXPECT_EQ(refresher.refresh(now + Seconds{600}).outcome, RefreshResult::Outcome::unchanged);
    EXPECT_EQ(refresher.status().fetched_at, written);

    // A bad document: the good one stays, the error names the path.
    write(R"({"rooms": {"a": {"state": "ful"}}})", written + Seconds{700});
    RefreshResult bad = refresher.refresh(now + Seconds{700});
    EXPECT_EQ(bad.outcome, RefreshResult::Outcome::failed);
    EXPECT_NE(refresher.status().error.find("/rooms/a/state"), std::string::npos)
        << refresher.status().error;
    EXPECT_TRUE(refresher.status().stale);
    EXPECT_EQ(refresher.document()->rooms.at(0).state, RoomState::full);
    EXPECT_EQ(refresher.status().fetched_at, written);

    // Fixed: accepted, dated anew.
    write(R"([{"roomname": "a", "state": "2"}])", written + Seconds{800});
    EXPECT_EQ(refresher.refresh(now + Seconds{800}).outcome, RefreshResult::Outcome::updated);
    EXPECT_EQ(refresher.document()->rooms.at(0).state, RoomState::evacuate);
    EXPECT_EQ(refresher.status().format, "fosdem-roomstatus");
    EXPECT_TRUE(refresher.status().error.empty());
}

TEST_F(LiveFile, AMissingFileIsAnErrorAndNoDocument) {
    OneShotLive live = fetch_live_once(config_, /*offline=*/true);
    EXPECT_FALSE(live.document);
    EXPECT_NE(live.status.error.find("live.json"), std::string::npos) << live.status.error;
    EXPECT_EQ(live.status.format, "auto");
}

TEST_F(LiveFile, AFileOverTheCapIsRefused) {
    write("{\"rooms\": {}, \"pad\": \"" + std::string(kLiveMaxBodyBytes, 'x') + "\"}",
          *parse_iso8601("2030-05-01T10:00:00Z"));
    LiveRefresher refresher(config_, fetcher_);
    EXPECT_EQ(refresher.refresh(*parse_iso8601("2030-05-01T10:01:00Z")).outcome,
              RefreshResult::Outcome::failed);
    EXPECT_NE(refresher.status().error.find("larger than"), std::string::npos);
}

}  // namespace
}  // namespace signpost
