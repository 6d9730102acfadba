#include "engine/plan/load.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <limits>

#include <nlohmann/json.hpp>

#include "engine/plan/json_read.hpp"
#include "engine/plan/json_read_support.hpp"
#include "engine/plan/model_build.hpp"

namespace planlint::plan {

namespace {

// Byte offsets are 32-bit: no limit may let a file reach 4 GiB.
load_limits effective(load_limits limits) {
  limits.max_file_bytes = std::min<std::size_t>(limits.max_file_bytes, std::numeric_limits<std::int32_t>::max());
  return limits;
}

load_result io_error(const std::string& path, std::string message) {
  load_result r;
  input_error e;
  e.kind = input_error_kind::io;
  e.file = path;
  e.message = std::move(message);
  r.errors.push_back(std::move(e));
  return r;
}

// Closes a file descriptor on every way out.
struct descriptor {
  int fd;
  ~descriptor() { ::close(fd); }
};

// The whole file, read in blocks straight into `text`, which is given room for the padding
// the JSON reader needs (so it parses the text where it was read, with no copy).
// `expected` is the size of a regular file (0 when unknown); a pipe reads on to its end, and
// so does a file that grew between fstat() and the first read (that read fills its block). A
// file that grows after that read is taken as it was then. False (errno set) when a read
// fails.
//
// A regular file that gives exactly its expected size in a read asked for one byte more has
// ended: no second read to hear "end". Each system call costs far more than its own time on
// a kernel with page-table isolation and no PCID (this project's machine): the switch empties
// the TLB, which the check then refills. Five calls made the check of a seed-sized plan from
// its file about 40 us slower than from memory; bench/check_bench.cpp measures both.
bool read_all(int fd, std::size_t expected, std::string& text) {
  text.reserve(expected + detail::json_padding);
  // One byte over the expected size, so that a file of that size ends in the first read
  // (within the reserved room, so without reallocating).
  std::size_t block = expected > 0 ? expected + 1 : 64 * 1024;
  for (;;) {
    const std::size_t size = text.size();
    text.resize(size + block);
    const ssize_t got = ::read(fd, text.data() + size, block);
    if (got < 0 && errno == EINTR) {
      text.resize(size);
      continue;
    }
    text.resize(size + static_cast<std::size_t>(std::max<ssize_t>(got, 0)));
    if (got <= 0) return got == 0;
    if (expected > 0 && text.size() == expected && static_cast<std::size_t>(got) < block) return true;
    block = 64 * 1024;
  }
}

// Why a plan file could not be opened, in the words the other input errors use: a path
// that does not lead to a file is "no such file", a file there that refuses to be read says
// why (permissions, mostly).
load_result open_error(const std::string& path, int error) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (error == ENOENT || error == ENOTDIR || !std::filesystem::exists(status))
    return io_error(path, "no such file");
  // A directory without read permission fails open() itself: still say what it is.
  if (std::filesystem::is_directory(status)) return io_error(path, "is a directory, not a plan file");
  return io_error(path, std::string("cannot be read: ") + std::strerror(error));
}

load_result from_tree(json_read_result read, const load_limits& limits) {
  load_result r;
  r.errors = std::move(read.errors);
  // A document that is not usable JSON, or is JSON with duplicate keys or values out of
  // range, is not looked at further: its shape errors would be noise.
  if (read.tree && r.errors.empty()) {
    build_result built = build_plan(std::move(read.tree), limits);
    r.errors = std::move(built.errors);
    r.value = std::move(built.value);
  }
  sort_errors(r.errors);
  return r;
}

}  // namespace

load_result load_plan_text(std::string text, std::string name, const load_limits& limits) {
  load_limits l = effective(limits);
  return from_tree(read_json(std::move(text), std::move(name), l), l);
}

// One open(), one fstat(), the reads: a path lookup is a few microseconds on a virtual
// machine, and the two stat() calls and the ifstream this replaced were about a tenth of
// checking a seed-sized plan from its file.
load_result load_plan_file(const std::string& path, const load_limits& limits) {
  load_limits l = effective(limits);
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return open_error(path, errno);
  const descriptor file{fd};
  struct stat status {};
  if (::fstat(fd, &status) != 0) return io_error(path, std::string("cannot be read: ") + std::strerror(errno));
  if (S_ISDIR(status.st_mode)) return io_error(path, "is a directory, not a plan file");
  // Refuse an oversized file before reading it into memory.
  const bool sized = S_ISREG(status.st_mode);
  const auto size = static_cast<std::uintmax_t>(status.st_size);
  if (sized && size > l.max_file_bytes) {
    load_result r;
    r.errors.push_back(detail::too_large(path, size, l));
    return r;
  }
  std::string text;
  if (!read_all(fd, sized ? static_cast<std::size_t>(size) : 0, text))
    return io_error(path, std::string("cannot be read: ") + std::strerror(errno));
  return load_plan_text(std::move(text), path, l);
}

load_result load_plan_json(const nlohmann::json& value, std::string name, const load_limits& limits) {
  return from_tree(read_parsed_json(value, std::move(name), effective(limits)), effective(limits));
}

}  // namespace planlint::plan
