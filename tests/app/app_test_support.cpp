#include "app_test_support.h"

#include <signal.h>
#include <sys/wait.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace signpost::app_test {

namespace fs = std::filesystem;

fs::path program_path() {
    return fs::path(SIGNPOST_BINARY_DIR) / "src" / "signpost";
}
fs::path source_dir() {
    return SIGNPOST_SOURCE_DIR;
}
fs::path app_data(const std::string& name) {
    return fs::path(SIGNPOST_TEST_DATA) / "app" / name;
}
fs::path demo_config() {
    return source_dir() / "config" / "demo.json";
}
fs::path demo_feed() {
    return source_dir() / "assets" / "demo-feed.json";
}

std::unique_ptr<ChildProcess> start_signpost(const std::vector<std::string>& args,
                                             const EnvChanges& env, bool watchdog_pid_self) {
    std::vector<std::string> argv{program_path().string()};
    argv.insert(argv.end(), args.begin(), args.end());
    ChildOptions options;
    options.env = env;
    options.watchdog_pid_self = watchdog_pid_self;
    return std::make_unique<ChildProcess>(argv, options);
}

std::string RunResult::describe() const {
    std::ostringstream s;
    s << "exit code " << exit_code << (timed_out ? " (timed out)" : "") << "\n--- stdout ---\n"
      << out.substr(0, 4000) << "\n--- stderr ---\n"
      << err.substr(0, 4000);
    return s.str();
}

RunResult run_signpost(const std::vector<std::string>& args, std::chrono::milliseconds timeout,
                       const EnvChanges& env) {
    auto child = start_signpost(args, env);
    RunResult r;
    auto status = child->wait(timeout);
    if (!status) {
        r.timed_out = true;
        child->send_signal(SIGKILL);
        status = child->wait(5s);
    }
    if (status && WIFEXITED(*status)) {
        r.exit_code = WEXITSTATUS(*status);
    }
    r.out = child->out();
    r.err = child->err();
    return r;
}

nlohmann::json read_json_file(const fs::path& file) {
    std::ifstream in(file);
    if (!in) {
        throw std::runtime_error("cannot read " + file.string());
    }
    return nlohmann::json::parse(in);
}

void write_json_file_atomically(const fs::path& file, const nlohmann::json& value) {
    fs::path tmp = file;
    tmp += ".tmp";
    {
        std::ofstream out(tmp, std::ios::trunc);
        out << value.dump(2) << "\n";
        if (!out) {
            throw std::runtime_error("cannot write " + tmp.string());
        }
    }
    fs::rename(tmp, file);
}

nlohmann::json demo_config_json(const fs::path& cache_dir) {
    nlohmann::json config = read_json_file(demo_config());
    config["feed"]["source"] = demo_feed().string();
    config["cache_dir"] = cache_dir.string();
    // The demo's shared defaults folded in (own keys win, objects key by key),
    // so a test may read or change any key; the defaults file stands beside
    // the demo, so its relative paths are made absolute below like the rest.
    if (config.contains("defaults")) {
        const nlohmann::json defaults =
            read_json_file(demo_config().parent_path() / config["defaults"].get<std::string>());
        config.erase("defaults");
        for (const auto& [key, value] : defaults.items()) {
            if (!config.contains(key)) {
                config[key] = value;
            } else if (config[key].is_object() && value.is_object()) {
                for (const auto& [sub, sub_value] : value.items()) {
                    if (!config[key].contains(sub)) {
                        config[key][sub] = sub_value;
                    }
                }
            }
        }
    }
    if (config.contains("venue_graph")) {
        config["venue_graph"] =
            (demo_config().parent_path() / config["venue_graph"].get<std::string>()).string();
    }
    return config;
}

}  // namespace signpost::app_test
