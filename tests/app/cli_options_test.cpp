#include "app/cli_options.h"

#include <gtest/gtest.h>

namespace signpost {
namespace {

using Args = std::vector<std::string>;

CliOptions parsed(const Args& args) {
    auto r = parse_cli(args);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().to_string());
    return r.ok() ? *r : CliOptions{};
}

std::string error_of(const Args& args) {
    auto r = parse_cli(args);
    EXPECT_FALSE(r.ok()) << "accepted";
    return r.ok() ? "" : r.error().to_string();
}

TEST(ParseCli, ConfigAloneRunsTheKioskFullscreen) {
    CliOptions o = parsed({"--config", "site.json"});
    EXPECT_EQ(o.mode, CliMode::run);
    EXPECT_EQ(o.config_path, "site.json");
    EXPECT_FALSE(o.windowed);
    EXPECT_FALSE(o.offline);
    EXPECT_FALSE(o.at.has_value());
    EXPECT_FALSE(o.size.has_value());
    EXPECT_FALSE(o.feed_override.has_value());
}

TEST(ParseCli, WindowedAndFeedOverride) {
    CliOptions o = parsed({"--windowed", "--config", "a.json", "--feed", "https://x.org/f.json"});
    EXPECT_EQ(o.mode, CliMode::run);
    EXPECT_TRUE(o.windowed);
    ASSERT_TRUE(o.feed_override.has_value());
    EXPECT_EQ(*o.feed_override, "https://x.org/f.json");
}

TEST(ParseCli, DumpWithInstantSizeAndOffline) {
    CliOptions o = parsed({"--config", "a.json", "--dump", "--at", "2016-10-25T11:20:00+02:00",
                           "--size", "1080x1920", "--offline"});
    EXPECT_EQ(o.mode, CliMode::dump);
    ASSERT_TRUE(o.at.has_value());
    EXPECT_EQ(*o.at, *parse_iso8601("2016-10-25T09:20:00Z"));
    ASSERT_TRUE(o.size.has_value());
    EXPECT_EQ(o.size->first, 1080);
    EXPECT_EQ(o.size->second, 1920);
    EXPECT_TRUE(o.offline);
}

TEST(ParseCli, SizeAcceptsCapitalX) {
    CliOptions o = parsed({"--config", "a.json", "--dump", "--size", "1280X720"});
    ASSERT_TRUE(o.size.has_value());
    EXPECT_EQ(*o.size, std::make_pair(1280, 720));
}

TEST(ParseCli, SnapshotWithPage) {
    CliOptions o = parsed({"--config", "a.json", "--snapshot", "out.png", "--page", "3"});
    EXPECT_EQ(o.mode, CliMode::snapshot);
    EXPECT_EQ(o.snapshot_path, "out.png");
    EXPECT_EQ(o.page, 3);
    EXPECT_TRUE(o.snapshot_dir.empty());
}

TEST(ParseCli, SnapshotAllNamesAFolder) {
    CliOptions o = parsed({"--config", "a.json", "--snapshot-all", "shots"});
    EXPECT_EQ(o.mode, CliMode::snapshot);
    EXPECT_EQ(o.snapshot_dir, "shots");
    EXPECT_TRUE(o.snapshot_path.empty());
}

TEST(ParseCli, CheckConfigTakesTheFileItself) {
    CliOptions o = parsed({"--check-config", "site.json", "--feed", "f.json", "--offline"});
    EXPECT_EQ(o.mode, CliMode::check_config);
    EXPECT_EQ(o.config_path, "site.json");
    EXPECT_EQ(o.feed_override, "f.json");
}

TEST(ParseCli, HelpAndVersionNeedNoConfig) {
    EXPECT_EQ(parsed({"--help"}).mode, CliMode::help);
    EXPECT_EQ(parsed({"-h"}).mode, CliMode::help);
    EXPECT_EQ(parsed({"--version"}).mode, CliMode::version);
    // They win over whatever else is on the line, even a mistake after them.
    EXPECT_EQ(parsed({"--config", "a.json", "--help", "--bogus"}).mode, CliMode::help);
}

TEST(ParseCli, UnknownOptionIsNamed) {
    EXPECT_NE(error_of({"--config", "a.json", "--fullscreen"}).find("--fullscreen"),
              std::string::npos);
    EXPECT_NE(error_of({"stray"}).find("unknown option"), std::string::npos);
}

TEST(ParseCli, ConfigIsRequired) {
    EXPECT_NE(error_of({}).find("--config FILE is required"), std::string::npos);
    EXPECT_NE(error_of({"--dump"}).find("--config"), std::string::npos);
}

TEST(ParseCli, OptionsWithoutTheirValue) {
    for (const char* option : {"--config", "--check-config", "--snapshot", "--snapshot-all",
                               "--feed", "--at", "--size", "--page"}) {
        std::string e = error_of({"--config", "a.json", option});
        EXPECT_NE(e.find(option), std::string::npos) << e;
        EXPECT_NE(e.find("needs a value"), std::string::npos) << e;
    }
}

TEST(ParseCli, BadInstants) {
    for (const char* at : {"yesterday", "2016-10-25T11:20:00", "2016-13-25T11:20:00+02:00", ""}) {
        std::string e = error_of({"--config", "a.json", "--dump", "--at", at});
        EXPECT_NE(e.find("--at"), std::string::npos) << at << ": " << e;
    }
}

TEST(ParseCli, BadSizes) {
    for (const char* size : {"1920", "1920x", "x1080", "100x100", "8000x1080", "1920x1080px",
                             "-1920x1080", "axb", "1920*1080"}) {
        std::string e = error_of({"--config", "a.json", "--dump", "--size", size});
        EXPECT_NE(e.find("--size"), std::string::npos) << size << ": " << e;
    }
    // The edges are allowed.
    EXPECT_EQ(parsed({"--config", "a", "--dump", "--size", "320x7680"}).size,
              std::make_pair(320, 7680));
}

TEST(ParseCli, BadPages) {
    for (const char* page : {"-1", "one", "1.5", ""}) {
        std::string e = error_of({"--config", "a.json", "--snapshot", "o.png", "--page", page});
        EXPECT_NE(e.find("--page"), std::string::npos) << page << ": " << e;
    }
}

TEST(ParseCli, ModesExcludeEachOther) {
    const Args pairs[] = {
        {"--config", "a", "--dump", "--snapshot", "o.png"},
        {"--config", "a", "--dump", "--snapshot-all", "d"},
        {"--check-config", "a", "--dump"},
        {"--config", "a", "--snapshot", "o.png", "--snapshot-all", "d"},
        {"--check-config", "a", "--snapshot", "o.png"},
    };
    for (const auto& args : pairs) {
        EXPECT_NE(error_of(args).find("exclude each other"), std::string::npos);
    }
}

TEST(ParseCli, PageGoesWithSnapshotOnly) {
    EXPECT_NE(error_of({"--config", "a", "--dump", "--page", "1"}).find("--page"),
              std::string::npos);
    EXPECT_NE(error_of({"--config", "a", "--snapshot-all", "d", "--page", "1"}).find("--page"),
              std::string::npos);
}

TEST(ParseCli, AtGoesWithOneShotModesOnly) {
    EXPECT_NE(error_of({"--config", "a", "--at", "2016-10-25T11:20:00+02:00"}).find("--at"),
              std::string::npos);
    EXPECT_NE(error_of({"--check-config", "a", "--at", "2016-10-25T11:20:00+02:00"}).find("--at"),
              std::string::npos);
    EXPECT_EQ(
        parsed({"--config", "a", "--snapshot-all", "d", "--at", "2016-10-25T11:20:00+02:00"}).mode,
        CliMode::snapshot);
}

TEST(ParseCli, UsageNamesEveryOption) {
    const std::string usage = usage_text();
    for (const char* option :
         {"--config", "--windowed", "--dump", "--at", "--size", "--snapshot", "--page",
          "--snapshot-all", "--check-config", "--feed", "--offline", "--help", "--version"}) {
        EXPECT_NE(usage.find(option), std::string::npos) << option;
    }
}

}  // namespace
}  // namespace signpost
