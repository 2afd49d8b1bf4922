// libFuzzer target: bytes read as a feed with format "signpost" forced (see
// fuzz_feed_common.h for what counts as a finding besides a sanitizer report).
#include "fuzz_feed_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    return signpost::fuzz::parse_as(data, size, "signpost");
}
