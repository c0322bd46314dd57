#pragma once

// How the process's allocator treats the large buffers replies need (a dashboard may send up to the 32 MiB body
// cap). glibc raises its mmap threshold after such a buffer is freed, so the next ones come from the heap and
// the freed pages stay in the process: a console running for weeks grew ~14 % in RSS over a 30-minute soak of
// faults including oversized replies, with malloc's bytes in use flat. A fixed threshold keeps large buffers
// mmapped, so they go back to the system when freed. Called once at the start of main() (farsight, the soak).

namespace AllocatorPolicy {

void applyForLongRunningProcess();

} // namespace AllocatorPolicy
