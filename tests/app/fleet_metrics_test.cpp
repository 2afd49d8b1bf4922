// The metrics text: every metric the fleet's alerts use, in a form promtool
// accepts, written atomically and readable by node_exporter's user.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/fleet_metrics.h"
#include "util/atomic_file.h"

using namespace signpost;
namespace fs = std::filesystem;

namespace {

FleetMetrics sample() {
    FleetMetrics m;
    m.location = "entrance-\"a\"\\b";
    m.version = "1.2.3";
    m.feed_last_success = parse_iso8601("2030-05-01T10:00:00Z");
    m.feed_fetch_failures = 3;
    m.live_configured = true;
    m.rooms_full = 2;
    m.rooms_evacuating = 1;
    m.emergency_active = true;
    m.page_index = 1;
    m.pages = 4;
    m.frames_presented = 99;
    m.written_at = *parse_iso8601("2030-05-01T10:00:05Z");
    return m;
}

fs::path temp_dir() {
    fs::path dir = fs::temp_directory_path() / ("signpost-metrics-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir;
}

}  // namespace

TEST(FleetMetrics, EveryMetricTheIssueListsIsThere) {
    const std::string text = format_prometheus(sample());
    for (const char* line : {
             "signpost_info{location=\"entrance-\\\"a\\\"\\\\b\",version=\"1.2.3\"} 1\n",
             "signpost_feed_last_success_timestamp_seconds 1903860000\n",
             "signpost_feed_fetch_failures_total 3\n",
             "signpost_feed_stale 0\n",
             "signpost_live_last_success_timestamp_seconds 0\n",
             "signpost_emergency_active 1\n",
             "signpost_rooms_full 2\n",
             "signpost_rooms_evacuating 1\n",
             "signpost_page_index 1\n",
             "signpost_pages 4\n",
             "signpost_frames_presented_total 99\n",
             "signpost_clock_untrusted 0\n",
             "signpost_heartbeat_timestamp_seconds 1903860005\n",
         }) {
        EXPECT_NE(text.find(line), std::string::npos) << line << "\nin:\n" << text;
    }
}

TEST(FleetMetrics, OnlyWhatItReportsCountsAsAChange) {
    FleetMetrics a = sample();
    FleetMetrics b = a;
    b.frames_presented += 10;
    b.written_at += Seconds{15};
    EXPECT_TRUE(same_report(a, b));
    b.rooms_full = 0;
    EXPECT_FALSE(same_report(a, b));
}

TEST(FleetMetrics, PromtoolAcceptsTheFile) {
    const fs::path dir = temp_dir();
    const fs::path file = dir / "signpost.prom";
    ASSERT_TRUE(write_file_atomically(file, format_prometheus(sample())));
    FleetMetrics empty;
    ASSERT_TRUE(write_file_atomically(dir / "empty.prom", format_prometheus(empty)));
    for (const fs::path& f : {file, dir / "empty.prom"}) {
        const std::string command = "promtool check metrics < '" + f.string() + "' 2>&1";
        FILE* pipe = ::popen(command.c_str(), "r");
        ASSERT_NE(pipe, nullptr);
        std::string output;
        char buffer[512];
        while (size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) {
            output.append(buffer, n);
        }
        const int status = ::pclose(pipe);
        EXPECT_EQ(status, 0) << f << ": " << output;
        EXPECT_EQ(output, "") << f;  // no lint complaints either
    }
    fs::remove_all(dir);
}
