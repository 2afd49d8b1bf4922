// The program's modes. Each returns the process exit code: 0 ok, 2 bad usage or
// config, 1 runtime failure.
#pragma once

#include "app/cli_options.h"

namespace signpost {

int run_dump(const CliOptions& options);
int run_snapshot(const CliOptions& options);
int run_check_config(const CliOptions& options);
int run_explain_config(const CliOptions& options);
int run_contact_sheet(const CliOptions& options);
int run_kiosk(const CliOptions& options);

// Parses argv and runs the chosen mode.
int signpost_main(int argc, char** argv);

}  // namespace signpost
