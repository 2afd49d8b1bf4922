// --dump on a system clock the unset-clock guard calls implausible: it says
// so ("clock_untrusted": true) and gives no now/next, as the pages show
// "waiting for the clock" instead of them; the footer does not put a time on
// the feed's state either, since that time came from, or is compared with, the
// same clock. The clock cannot be set back here, so the feed is moved ahead:
// the demo feed with its dates in 2099 is more than 400 days after any real
// clock now (layout/clock_guard.h).
#include <cctype>
#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

#include "app_test_support.h"

namespace signpost::app_test {
namespace {

class DumpClock : public ::testing::Test {
  protected:
    void SetUp() override {
        std::ifstream in(demo_feed());
        std::string feed(std::istreambuf_iterator<char>(in), {});
        for (size_t at = feed.find("\"2016-"); at != std::string::npos;
             at = feed.find("\"2016-", at + 1)) {
            feed.replace(at, 6, "\"2099-");
        }
        std::ofstream(dir_ / "feed-2099.json") << feed;
        nlohmann::json c = demo_config_json(dir_ / "cache");
        c.erase("simulated_clock");  // the system clock
        c["feed"]["source"] = (dir_ / "feed-2099.json").string();
        write_json_file_atomically(dir_ / "config.json", c);
    }

    nlohmann::json dump(const std::vector<std::string>& extra, RunResult& r) {
        std::vector<std::string> args{"--config", (dir_ / "config.json").string(), "--dump",
                                      "--offline"};
        args.insert(args.end(), extra.begin(), extra.end());
        r = run_signpost(args);
        EXPECT_EQ(r.exit_code, 0) << r.describe();
        try {
            return nlohmann::json::parse(r.out);
        } catch (const std::exception& e) {
            ADD_FAILURE() << "--dump printed no JSON: " << e.what() << "\n" << r.describe();
            return nlohmann::json::object();
        }
    }

    // The footer's feed-state text of every page.
    static std::vector<std::string> feed_states(const nlohmann::json& dumped) {
        std::vector<std::string> texts;
        for (const auto& page : dumped.value("pages", nlohmann::json::array())) {
            std::string text;
            for (const auto& item : page.value("items", nlohmann::json::array())) {
                if (item.value("role", "") == "feed-state")
                    text += item.value("text", "");
            }
            texts.push_back(text);
        }
        return texts;
    }

    TempDir dir_;
};

bool has_clock_time(const std::string& text) {
    for (size_t i = 0; i + 5 <= text.size(); ++i) {
        if (std::isdigit(static_cast<unsigned char>(text[i])) &&
            std::isdigit(static_cast<unsigned char>(text[i + 1])) && text[i + 2] == ':' &&
            std::isdigit(static_cast<unsigned char>(text[i + 3])) &&
            std::isdigit(static_cast<unsigned char>(text[i + 4])))
            return true;
    }
    return false;
}

TEST_F(DumpClock, AnImplausibleClockGivesNoNowNextAndSaysSo) {
    RunResult r;
    const nlohmann::json j = dump({}, r);
    ASSERT_TRUE(j.contains("clock_untrusted")) << r.describe();
    EXPECT_EQ(j["clock_untrusted"], true) << r.out;
    EXPECT_TRUE(j["rooms"].is_null()) << j["rooms"];
    ASSERT_FALSE(j["pages"].empty()) << r.out;
    EXPECT_EQ(j["pages"][0].value("kind", ""), "waiting");
    EXPECT_NE(r.err.find("waiting for the clock"), std::string::npos) << r.describe();
    // The feed itself is still described: it was read.
    EXPECT_EQ(j["feed"].value("source", ""), "file");
    for (const std::string& state : feed_states(j)) {
        EXPECT_FALSE(state.empty()) << r.out;
        EXPECT_FALSE(has_clock_time(state)) << "a time on an untrusted clock: " << state;
    }
}

TEST_F(DumpClock, WithAtTheSameFeedGivesNowNext) {
    // --at is where it was asked to be: no guard, and rooms as usual.
    RunResult r;
    const nlohmann::json j = dump({"--at", "2099-10-25T11:20:00+02:00"}, r);
    EXPECT_EQ(j["clock_untrusted"], false) << r.out;
    ASSERT_TRUE(j["rooms"].is_object()) << r.out;
    EXPECT_FALSE(j["rooms"].empty());
    bool some_now = false;
    for (const auto& [room, now_next] : j["rooms"].items()) {
        some_now |= !now_next["now"].is_null();
    }
    EXPECT_TRUE(some_now) << j["rooms"];
    EXPECT_NE(j["pages"][0].value("kind", ""), "waiting");
}

}  // namespace
}  // namespace signpost::app_test
