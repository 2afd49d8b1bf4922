// Helpers for the tests that run the built program as a subprocess (a
// test::ChildProcess with pipes on stdout/stderr and a chosen environment,
// killed when its timeout passes), and the paths of the program, the demo and
// the fixtures.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/child_process.h"
#include "support/temp_dir.h"

namespace signpost::app_test {

using namespace std::chrono_literals;

std::filesystem::path program_path();                     // the built signpost
std::filesystem::path source_dir();                       // the repository
std::filesystem::path app_data(const std::string& name);  // tests/data/app/NAME
std::filesystem::path demo_config();                      // config/demo.json
std::filesystem::path demo_feed();                        // assets/demo-feed.json

using test::ChildOptions;
using test::ChildProcess;
using test::EnvChanges;
using test::TempDir;

// The built program with `args`, running (see ChildProcess).
std::unique_ptr<ChildProcess> start_signpost(const std::vector<std::string>& args,
                                             const EnvChanges& env, bool watchdog_pid_self = false);

struct RunResult {
    int exit_code = -1;  // -1 when killed by a signal or timed out
    bool timed_out = false;
    std::string out;
    std::string err;
    // For failure messages.
    std::string describe() const;
};

// Runs the program to its end (killed after `timeout`).
RunResult run_signpost(const std::vector<std::string>& args,
                       std::chrono::milliseconds timeout = 30s, const EnvChanges& env = {});

nlohmann::json read_json_file(const std::filesystem::path& file);
// Writes to a sibling file and renames it over `file`, so a reader never sees half.
void write_json_file_atomically(const std::filesystem::path& file, const nlohmann::json& value);

// The demo config with its relative paths made absolute (feed, cache) so that
// a copy works from any folder; `cache_dir` is where a network feed would be cached.
nlohmann::json demo_config_json(const std::filesystem::path& cache_dir);

}  // namespace signpost::app_test
