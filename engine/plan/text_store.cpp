#include "engine/plan/text_store.hpp"

#include <algorithm>
#include <cstring>

namespace planlint::plan {

std::string_view text_store::keep(std::string_view text) {
  if (text.empty()) return {};
  if (capacity_ - used_ < text.size()) {
    // A text longer than a block gets a block of its own size.
    capacity_ = std::max(block_size, text.size());
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(capacity_));
    used_ = 0;
  }
  char* at = blocks_.back().get() + used_;
  std::memcpy(at, text.data(), text.size());
  used_ += text.size();
  return {at, text.size()};
}

}  // namespace planlint::plan
