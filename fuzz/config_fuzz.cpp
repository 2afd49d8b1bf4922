// libFuzzer target: bytes read as a location config (check_config_text, the
// path --check-config and the kiosk's reload take). A config that is accepted
// must come with no errors, one that is refused with at least one.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "config/config_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    signpost::ConfigCheck check = signpost::check_config_text(text, "/nonexistent/fuzz.json");
    if (check.config.has_value() != check.errors.empty()) {
        std::fprintf(stderr, "finding: config %s with %zu error(s)\n",
                     check.config ? "accepted" : "refused", check.errors.size());
        std::abort();
    }
    return 0;
}
