#include "util/heap_policy.h"

#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <vector>

namespace signpost {
namespace {

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define SIGNPOST_MALLOC_REPLACED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define SIGNPOST_MALLOC_REPLACED 1
#endif

[[maybe_unused]] long resident_kb() {
    std::ifstream statm("/proc/self/statm");
    long pages = 0;
    long resident = 0;
    statm >> pages >> resident;
    return resident * 4;  // 4 kB pages on the boards and here
}

// The kiosk's case: a burst of small blocks (a layout, a parse) freed but for
// a few that stay (the snapshot kept, a cached line), so no heap top is free
// and malloc keeps every freed page resident until it is trimmed.
TEST(HeapPolicy, ReturnsTheFreedPagesBetweenBlocksStillInUse) {
#if defined(SIGNPOST_MALLOC_REPLACED) || !defined(__GLIBC__)
    GTEST_SKIP() << "malloc is not glibc's here";
#else
    constexpr size_t kBlock = 1000;        // under the mmap threshold: from the heap
    constexpr size_t kBlocks = 48 * 1024;  // about 48 MB
    std::vector<std::unique_ptr<char[]> > blocks(kBlocks);
    for (auto& block : blocks) {
        block = std::make_unique<char[]>(kBlock);
        block[0] = 1;
        block[kBlock - 1] = 1;
    }
    for (size_t i = 0; i < kBlocks; ++i) {
        if (i % 256 != 255) {  // one block in 256 stays: no free page at any heap's top
            blocks[i].reset();
        }
    }
    const long before = resident_kb();
    EXPECT_TRUE(return_free_heap_to_system());
    const long after = resident_kb();
    // Nearly all of the 48 MB freed lies in whole free pages.
    EXPECT_GT(before - after, 32 * 1024) << "before " << before << " kB, after " << after << " kB";
#endif
}

}  // namespace
}  // namespace signpost
