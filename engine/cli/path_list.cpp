#include "engine/cli/path_list.hpp"

namespace planlint::cli {

path_list::path_list(const std::vector<std::string>& paths) {
  std::size_t bytes = 0;
  for (const std::string& p : paths) bytes += p.size();
  text_.reserve(bytes);
  ends_.reserve(paths.size());
  for (const std::string& p : paths) {
    text_ += p;
    ends_.push_back(text_.size());
  }
}

std::string_view path_list::operator[](std::size_t i) const {
  std::size_t begin = i == 0 ? 0 : ends_[i - 1];
  return std::string_view(text_).substr(begin, ends_[i] - begin);
}

}  // namespace planlint::cli
