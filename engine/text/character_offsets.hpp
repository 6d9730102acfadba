#pragma once
// Where the characters of a well-formed UTF-8 text start, counted on demand. A text that
// folded one byte per character (see text::fold_normalized_append()) maps a folded position
// k back to the k-th character this way, with no table of origins built for it. The count
// goes on from the last position asked (readings come left to right) and takes eight bytes
// at a time: a character starts at every byte that is no continuation byte (10xxxxxx).
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace planlint::text {

class character_offsets {
 public:
  character_offsets() = default;
  explicit character_offsets(std::string_view text) : text_(text) {}

  // Where the k-th character starts; the text's size for k at or past its character count.
  std::uint32_t start_of(std::size_t k) const {
    if (characters_ > k) characters_ = bytes_ = 0;
    const std::size_t n = text_.size();
    for (; bytes_ + 8 <= n; bytes_ += 8) {
      const unsigned starts = starts_in_eight(bytes_);
      if (characters_ + starts > k) break;
      characters_ += starts;
    }
    for (; bytes_ < n; ++bytes_) {
      if (!is_start(bytes_)) continue;
      if (characters_ == k) return static_cast<std::uint32_t>(bytes_);
      ++characters_;
    }
    return static_cast<std::uint32_t>(n);
  }

 private:
  bool is_start(std::size_t at) const { return (static_cast<unsigned char>(text_[at]) & 0xC0) != 0x80; }
  // How many of the eight bytes from `at` start a character: in a continuation byte the top
  // bit is set and the bit below it clear.
  unsigned starts_in_eight(std::size_t at) const {
    std::uint64_t word;
    std::memcpy(&word, text_.data() + at, 8);
    const std::uint64_t continuation = word & ~(word << 1) & 0x8080808080808080u;
    return 8u - static_cast<unsigned>(std::popcount(continuation));
  }

  std::string_view text_;
  // A cache, not state: characters_ characters start before byte bytes_.
  mutable std::size_t characters_ = 0;
  mutable std::size_t bytes_ = 0;
};

}  // namespace planlint::text
