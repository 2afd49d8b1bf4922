// --explain-config FILE: the config merged with its shared defaults, a line
// per key with the file it came from; --check-config names the file and JSON
// pointer of an error in either file.
#include <gtest/gtest.h>

#include <sstream>

#include "app_test_support.h"

namespace signpost::app_test {
namespace {

namespace fs = std::filesystem;

// The line of `out` that starts with `pointer` and a space.
std::string line_of(const std::string& out, const std::string& pointer) {
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) {
        if (line.starts_with(pointer + " ")) {
            return line;
        }
    }
    return {};
}

TEST(ExplainConfig, TheDemoNamesTheFileOfEveryKey) {
    const fs::path config = source_dir() / "config" / "demo-portrait.json";
    const fs::path defaults = (source_dir() / "config" / "demo-venue.json").lexically_normal();
    RunResult r = run_signpost({"--explain-config", config.string()});
    ASSERT_EQ(r.exit_code, 0) << r.describe();
    EXPECT_NE(r.out.find("with defaults from " + defaults.string()), std::string::npos) << r.out;
    // Inherited whole, inherited beside an own key, and own.
    EXPECT_TRUE(line_of(r.out, "/feed/source").ends_with("# " + defaults.string())) << r.out;
    EXPECT_TRUE(line_of(r.out, "/display/fullscreen").ends_with("# " + defaults.string())) << r.out;
    EXPECT_TRUE(line_of(r.out, "/display/width").ends_with("# " + config.string())) << r.out;
    EXPECT_NE(line_of(r.out, "/display/width").find("1080"), std::string::npos);
    EXPECT_TRUE(line_of(r.out, "/id").ends_with("# " + config.string())) << r.out;
    EXPECT_TRUE(line_of(r.out, "/venue_graph").ends_with("# " + defaults.string())) << r.out;
    EXPECT_TRUE(line_of(r.out, "/defaults").empty()) << r.out;
}

TEST(ExplainConfig, ErrorsInEitherFileNameTheirFileAndPointer) {
    TempDir dir;
    const fs::path venue = dir / "venue.json";
    write_json_file_atomically(
        venue, {{"display", {{"rotation", 45}}}, {"feed", {{"source", demo_feed().string()}}}});
    const fs::path screen = dir / "screen.json";
    write_json_file_atomically(screen, {{"defaults", "venue.json"},
                                        {"id", "screen"},
                                        {"location", {{"name", "S"}, {"building", "ccib"}}},
                                        {"languages", "ko"}});
    for (const char* mode : {"--explain-config", "--check-config"}) {
        RunResult r = run_signpost({mode, screen.string(), "--offline"});
        EXPECT_EQ(r.exit_code, 2) << r.describe();
        EXPECT_NE(r.err.find("error: " + venue.string() + ": /display/rotation:"),
                  std::string::npos)
            << mode << r.describe();
        EXPECT_NE(r.err.find("error: " + screen.string() + ": /languages:"), std::string::npos)
            << mode << r.describe();
    }
}

}  // namespace
}  // namespace signpost::app_test
