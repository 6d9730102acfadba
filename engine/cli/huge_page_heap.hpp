#pragma once
// The command line's heap, asked for in 2 MiB pages (transparent huge pages, where the
// kernel grants them on request). Only the command line calls this: a library must not
// change its host's allocator.
#include <cstddef>

namespace planlint::cli {

// Makes the heap grow in steps of `bytes`, grows it once now, and asks the kernel to back
// that step with huge pages. Does nothing where glibc or madvise(MADV_HUGEPAGE) is missing.
void back_heap_with_huge_pages(std::size_t bytes);

}  // namespace planlint::cli
