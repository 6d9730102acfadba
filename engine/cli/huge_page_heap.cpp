#include "engine/cli/huge_page_heap.hpp"

#include <cstdint>
#include <cstdlib>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace planlint::cli {

// Why: a one-plan run touches about 5 MB of heap, 4 KiB at a time. On the virtual machines
// planlint runs on (CI runners, this project's own), each first touch of a page is a fault
// costing about 10 µs: 800 faults were a third of a 22 ms run. A 2 MiB page costs one fault
// (with an 8 MiB step: 405 faults, 18 ms). glibc does the same with
// GLIBC_TUNABLES=glibc.malloc.hugetlb=1, which a program cannot set for itself once started.
void back_heap_with_huge_pages(std::size_t bytes) {
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t huge_page = std::uintptr_t{2} << 20;
  // The kernel backs a 2 MiB range with a huge page only if the whole aligned range lies in
  // the marked region and none of it has been touched yet. The heap starts at a random
  // address, so the break is first moved to `lead` below a 2 MiB boundary: glibc, finding a
  // break it did not set, goes on from there and writes its block headers below the boundary
  // (the gap is never touched, so it costs no memory).
  constexpr std::uintptr_t lead = 128 * 1024;
  constexpr int glibc_top_pad = 128 * 1024;  // mallopt(3)'s default
  const auto start = reinterpret_cast<std::uintptr_t>(sbrk(0));
  if (start == static_cast<std::uintptr_t>(-1)) return;
  const std::uintptr_t boundary = (start + lead + huge_page - 1) & ~(huge_page - 1);
  const std::uintptr_t growth_starts = boundary - lead;
  if (growth_starts > start &&
      sbrk(static_cast<std::intptr_t>(growth_starts - start)) == reinterpret_cast<void*>(-1))
    return;
  // The heap keeps the step: free() gives memory back only past the trim threshold.
  mallopt(M_TRIM_THRESHOLD, static_cast<int>(bytes + (std::size_t{1} << 20)));
  // With the pad, the next growth takes the whole step. Blocks under the mmap threshold come
  // from the heap: once its free top is used up, it grows. The blocks go back at once.
  mallopt(M_TOP_PAD, static_cast<int>(bytes));
  std::vector<void*> blocks;
  blocks.reserve(16);
  while (reinterpret_cast<std::uintptr_t>(sbrk(0)) == growth_starts && blocks.size() < 16)
    blocks.push_back(std::malloc(64 * 1024));
  for (void* block : blocks) std::free(block);
  // Later growth asks for what it needs, as before: under a memory limit (ulimit -d or -v) a
  // request padded by the step fails where the plain one fits, and glibc does not retry.
  mallopt(M_TOP_PAD, glibc_top_pad);
  const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
  if (end > boundary) madvise(reinterpret_cast<void*>(boundary), end - boundary, MADV_HUGEPAGE);
#else
  (void)bytes;
#endif
}

}  // namespace planlint::cli
