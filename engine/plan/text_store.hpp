#pragma once
// Texts a plan owns beside its JSON tree (the normalised forms that differ from their raw
// text), packed into a few large blocks that never move: a std::string each was a heap
// allocation (and a free) for one text in seven of a plan.
#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace planlint::plan {

class text_store {
 public:
  text_store() = default;
  // Not copyable: the views keep() gave out point into these blocks. Moving keeps them.
  text_store(const text_store&) = delete;
  text_store& operator=(const text_store&) = delete;
  text_store(text_store&&) = default;
  text_store& operator=(text_store&&) = default;

  // A copy of `text`, valid as long as the store.
  std::string_view keep(std::string_view text);

 private:
  static constexpr std::size_t block_size = 4096;
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t used_ = 0;      // in the last block
  std::size_t capacity_ = 0;  // of the last block
};

}  // namespace planlint::plan
