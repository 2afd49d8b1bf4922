// Helpers shared by the config tests.
#pragma once

#include <gmock/gmock.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "config/config_loader.h"

namespace signpost::test {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

inline std::filesystem::path config_data(std::string_view name = {}) {
    return std::filesystem::path(SIGNPOST_TEST_DATA) / "config" / std::string(name);
}

// A config file name in the fixtures folder for configs written inline: the
// file need not exist, relative paths resolve next to the fixtures.
inline std::filesystem::path inline_config_file() {
    return config_data("inline.json");
}

// "where: what" of each error, in order, for readable failure output.
inline std::vector<std::string> as_lines(const std::vector<Error>& errors) {
    std::vector<std::string> lines;
    for (const Error& e : errors) {
        lines.push_back(e.to_string());
    }
    return lines;
}

inline ConfigCheck check_inline(std::string_view json) {
    return check_config_text(json, inline_config_file());
}

// The smallest valid config with `extra` spliced in as further top-level keys
// (e.g. R"("display": {"rotation": 45})").
inline std::string minimal_with(std::string_view extra) {
    std::string json = R"({"id": "kiosk-1",
        "location": {"name": "Main hall", "building": "main"},
        "feed": {"source": "feeds/empty-feed.json"})";
    if (!extra.empty()) {
        json += ", ";
        json += extra;
    }
    return json + "}";
}

}  // namespace signpost::test
