#include "util/heap_policy.h"

#include <climits>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace signpost {

void map_large_blocks_apart(size_t bytes) {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, static_cast<int>(bytes > INT_MAX ? INT_MAX : bytes));
#else
    (void)bytes;
#endif
}

bool return_free_heap_to_system() {
#if defined(__GLIBC__)
    // 0: keep no extra padding at the top of the main heap.
    return malloc_trim(0) != 0;
#else
    return false;
#endif
}

}  // namespace signpost
