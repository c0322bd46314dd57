#include "net/AllocatorPolicy.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace AllocatorPolicy {

void applyForLongRunningProcess()
{
#if defined(__GLIBC__)
    // 128 KiB is glibc's starting threshold; setting it explicitly turns off the dynamic raise.
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
}

} // namespace AllocatorPolicy
