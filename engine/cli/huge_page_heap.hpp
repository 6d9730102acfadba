#pragma once
// The command line's heap, asked for in 2 MiB pages (transparent huge pages, where the
// kernel grants them on request). Only the command line calls this: a library must not
// change its host's allocator.
#include <cstddef>

namespace planlint::cli {

// Grows the heap once now by `bytes`, keeps that step (free() does not give it back), and
// asks the kernel to back it with huge pages; later growth is glibc's as before. Does nothing
// where glibc or madvise(MADV_HUGEPAGE) is missing, or where the break cannot move.
void back_heap_with_huge_pages(std::size_t bytes);

}  // namespace planlint::cli
