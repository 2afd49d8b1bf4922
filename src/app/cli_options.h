// The command line (fixed: tools and tests rely on it):
//   signpost --config FILE [--windowed]                      run the kiosk
//   signpost --config FILE --dump [--at TIME] [--size WxH]   print state as JSON
//   signpost --config FILE --snapshot OUT.png [--at TIME] [--page N] [--size WxH]
//   signpost --check-config FILE                             validate config, venue, feed
//   signpost --explain-config FILE                           the config merged with its defaults
//   signpost --contact-sheet OUT.png CONFIG... [--at TIME] [--page N] [--size WxH]
//   --feed FILE_OR_URL overrides the config's feed; --offline skips the network
//   in one-shot modes. Exit codes: 0 ok, 2 bad usage or config, 1 runtime failure.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "util/result.h"
#include "util/time.h"

namespace signpost {

enum class CliMode {
    run,
    dump,
    snapshot,
    check_config,
    explain_config,
    contact_sheet,
    help,
    version
};

struct CliOptions {
    CliMode mode = CliMode::run;
    std::string config_path;
    std::optional<std::string> feed_override;
    std::optional<Instant> at;
    std::optional<std::pair<int, int>> size;  // --size WxH
    std::string snapshot_path;
    std::optional<int> page;   // --snapshot: page index (0 based); absent: the first
    std::string snapshot_dir;  // --snapshot-all DIR: every page of one cycle
    // --contact-sheet OUT.png CONFIG...: page N of every location in one PNG.
    std::string contact_sheet_path;
    std::vector<std::string> contact_sheet_configs;
    bool windowed = false;
    bool offline = false;
};

// Parses argv (without argv[0]). The Error's `what` is the message for stderr.
Result<CliOptions> parse_cli(const std::vector<std::string>& args);

std::string usage_text();

}  // namespace signpost
