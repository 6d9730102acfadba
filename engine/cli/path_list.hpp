#pragma once
// The paths of a batch, kept for the whole run, in one buffer: 10,000 std::strings would
// cost about three times the bytes of the paths themselves (a string object and a heap
// block each), and this is memory that grows with the batch.
#include <string>
#include <string_view>
#include <vector>

namespace planlint::cli {

class path_list {
 public:
  path_list() = default;
  explicit path_list(const std::vector<std::string>& paths);

  std::size_t size() const { return ends_.size(); }
  std::string_view operator[](std::size_t i) const;

 private:
  std::string text_;
  std::vector<std::size_t> ends_;
};

}  // namespace planlint::cli
