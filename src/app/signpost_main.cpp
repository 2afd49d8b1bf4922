#include <iostream>

#include "app/commands.h"

namespace signpost {

int signpost_main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    auto options = parse_cli(args);
    if (!options) {
        std::cerr << "signpost: " << options.error().to_string() << "\n\n" << usage_text();
        return 2;
    }
    switch (options->mode) {
        case CliMode::help:
            std::cout << usage_text();
            return 0;
        case CliMode::version:
            std::cout << "signpost " << SIGNPOST_VERSION << "\n";
            return 0;
        case CliMode::dump:
            return run_dump(*options);
        case CliMode::snapshot:
            return run_snapshot(*options);
        case CliMode::contact_sheet:
            return run_contact_sheet(*options);
        case CliMode::check_config:
            return run_check_config(*options);
        case CliMode::explain_config:
            return run_explain_config(*options);
        case CliMode::run:
            return run_kiosk(*options);
    }
    return 2;
}

}  // namespace signpost
