#include "engine/plan/load.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <istream>
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

// The whole stream, read in blocks straight into the string, which is given room for the
// padding the JSON reader needs (so it parses the text where it was read, with no copy).
// `expected` is the file's size when known; a pipe or a file still growing reads on.
std::string read_all(std::istream& in, std::uintmax_t expected) {
  std::string text;
  text.reserve(static_cast<std::size_t>(expected) + detail::json_padding);
  // One byte over the expected size, so that a file of that size ends in the first read
  // (within the reserved room, so without reallocating).
  std::size_t block = expected > 0 ? static_cast<std::size_t>(expected) + 1 : 64 * 1024;
  while (in) {
    const std::size_t size = text.size();
    text.resize(size + block);
    in.read(text.data() + size, static_cast<std::streamsize>(block));
    text.resize(size + static_cast<std::size_t>(in.gcount()));
    block = 64 * 1024;
  }
  return text;
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

load_result load_plan_file(const std::string& path, const load_limits& limits) {
  load_limits l = effective(limits);
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) return io_error(path, "no such file");
  if (std::filesystem::is_directory(status)) return io_error(path, "is a directory, not a plan file");
  // Refuse an oversized file before reading it into memory.
  auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > l.max_file_bytes) {
    load_result r;
    r.errors.push_back(detail::too_large(path, size, l));
    return r;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return io_error(path, std::string("cannot be read: ") + std::strerror(errno));
  std::string text = read_all(in, ec ? 0 : size);
  if (in.bad()) return io_error(path, std::string("cannot be read: ") + std::strerror(errno));
  return load_plan_text(std::move(text), path, l);
}

load_result load_plan_json(const nlohmann::json& value, std::string name, const load_limits& limits) {
  return from_tree(read_parsed_json(value, std::move(name), effective(limits)), effective(limits));
}

}  // namespace planlint::plan
