// The planlint command line: dispatches to a command and returns its exit status.
#include <malloc.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "engine/cli/check_command.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/exit_status.hpp"
#include "engine/cli/huge_page_heap.hpp"
#include "engine/version.hpp"

int main(int argc, char** argv) {
  // glibc raises its mmap threshold each time a large block is freed (up to 32 MB), after
  // which the large transient buffers of a batch (a 200-row plan's text and JSON tree) come
  // from the two workers' heaps and fragment them: the peak memory then grows with the batch
  // (1.22x for 10,000 plans against 100 with --format json). Fixing the threshold at glibc's
  // own starting value keeps those buffers on mmap, returned when freed (1.07x). Only the
  // command line sets it: a library must not change its host's allocator.
  mallopt(M_MMAP_THRESHOLD, 128 * 1024);
  // 8 MiB: the start-up (rule pack, catalog, one plan) fits, and a long batch's heap grows
  // past it in ordinary pages, so its peak memory stays flat (with 16 MiB, 10,000 plans took
  // 1.24x the memory of 100 with --format json: the kernel fills in partly used huge pages).
  planlint::cli::back_heap_with_huge_pages(8 << 20);
  std::vector<std::string> words(argv + 1, argv + argc);
  std::string command = words.empty() ? "help" : words.front();
  std::vector<std::string> rest(words.begin() + (words.empty() ? 0 : 1), words.end());
  planlint::cli::terminal term{isatty(STDOUT_FILENO) != 0, isatty(STDERR_FILENO) != 0,
                               std::getenv("NO_COLOR") != nullptr};
  try {
    if (command == "check") return planlint::cli::run_check(rest, std::cin, std::cout, std::cerr, term);
    return planlint::cli::run_command(command, rest, std::cout, std::cerr);
  } catch (const std::exception& e) {
    // Bugs and I/O failures end here, once; input problems never do (they are values).
    std::cerr << "planlint: internal error: " << e.what() << "\n";
    return planlint::cli::exit_status::usage_error;
  }
}
