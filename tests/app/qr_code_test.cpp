// The directory's QR code end to end: a snapshot of the directory page is
// decoded with zbarimg (Debian zbar-tools, which scripts/install-deps.sh
// installs) and must give the config's URL with {location} and {building}
// expanded; --dump says its modules are at least 6 px at 1080p.
#include <cstdio>
#include <cstdlib>
#include <memory>

#include <gtest/gtest.h>

#include "app_test_support.h"

namespace signpost::app_test {
namespace {

const char* const kAt = "2016-10-25T11:40:00+02:00";

// zbarimg's reading of `png`: the decoded texts, one per line; "" when it
// found none. A missing zbarimg fails the test (it is a build dependency).
std::string decode(const std::filesystem::path& png) {
    if (std::system("command -v zbarimg >/dev/null 2>&1") != 0) {
        ADD_FAILURE() << "zbarimg is not installed (Debian zbar-tools; scripts/install-deps.sh)";
        return {};
    }
    // stderr stays out: zbarimg says there whether it reached D-Bus.
    const std::string command = "zbarimg --raw -q '" + png.string() + "' 2>/dev/null";
    std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(command.c_str(), "r"), pclose);
    if (!pipe) {
        ADD_FAILURE() << "cannot run zbarimg";
        return {};
    }
    std::string out;
    char buf[512];
    while (size_t n = fread(buf, 1, sizeof buf, pipe.get())) {
        out.append(buf, n);
    }
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) {
        out.pop_back();
    }
    return out;
}

class QrCode : public ::testing::TestWithParam<const char*> {};

TEST_P(QrCode, DecodesToTheExpandedUrlAtEverySize) {
    TempDir dir;
    nlohmann::json config = demo_config_json(dir / "cache");
    config["pages"] = nlohmann::json::array({{{"kind", "directory"}}});
    config["qr"] = {{"url", "https://map.example.org/{building}/way?from={location}&x=1"},
                    {"caption", {{"ko", "휴대폰으로 길 안내"}, {"en", "Take the way along"}}}};
    const auto config_file = dir / "config.json";
    write_json_file_atomically(config_file, config);
    const std::string expected = "https://map.example.org/" +
                                 config["location"]["building"].get<std::string>() +
                                 "/way?from=" + config["id"].get<std::string>() + "&x=1";

    const auto png = dir / "directory.png";
    RunResult shot = run_signpost({"--config", config_file.string(), "--offline", "--snapshot",
                                   png.string(), "--size", GetParam(), "--at", kAt});
    ASSERT_EQ(shot.exit_code, 0) << shot.describe();
    EXPECT_EQ(decode(png), expected);

    RunResult dump = run_signpost({"--config", config_file.string(), "--offline", "--dump",
                                   "--size", GetParam(), "--at", kAt});
    ASSERT_EQ(dump.exit_code, 0) << dump.describe();
    const auto doc = nlohmann::json::parse(dump.out);
    int codes = 0;
    for (const auto& page : doc["pages"]) {
        for (const auto& item : page["items"]) {
            if (item["type"] != "qr") {
                continue;
            }
            ++codes;
            EXPECT_EQ(item["text"], expected);
            const double module = item["rect"]["w"].get<double>() / item["modules"].get<int>();
            const double short_side =
                std::string(GetParam()) == "1080x1920" || std::string(GetParam()) == "1920x1080"
                    ? 1080
                    : 720;
            EXPECT_GE(module * 1080 / short_side, 6.0) << GetParam();
        }
    }
    EXPECT_GE(codes, 1) << dump.out.substr(0, 2000);
}

INSTANTIATE_TEST_SUITE_P(Sizes, QrCode, ::testing::Values("1920x1080", "1280x720", "1080x1920"),
                         [](const ::testing::TestParamInfo<const char*>& p) {
                             std::string name = p.param;
                             return "s" + name.substr(0, name.find('x'));
                         });

TEST(QrCodeOff, NoCodeWithoutQrInTheConfig) {
    TempDir dir;
    nlohmann::json config = demo_config_json(dir / "cache");
    config.erase("qr");
    config["pages"] = nlohmann::json::array({{{"kind", "directory"}}});
    const auto config_file = dir / "config.json";
    write_json_file_atomically(config_file, config);
    RunResult dump =
        run_signpost({"--config", config_file.string(), "--offline", "--dump", "--at", kAt});
    ASSERT_EQ(dump.exit_code, 0) << dump.describe();
    EXPECT_EQ(dump.out.find("\"qr\""), std::string::npos);
}

}  // namespace
}  // namespace signpost::app_test
