#pragma once
// A reading position in a folded text, for the engine's own fixed patterns ("tiêu chí 1.2",
// "Mức 3", "ngày 5/9/2024", "của Bộ GDĐT"): each take() moves past what it names and says
// whether it was there, and moves nothing when it was not. The patterns are read as plain
// code over it (text/fixed_patterns.cpp); RE2 stays for the patterns a rule pack brings.
#include <cstddef>
#include <string_view>

namespace planlint::text {

// A byte of a regular expression's \w: an ASCII letter or digit, or '_'. Non-ASCII bytes are
// not (RE2's \b is ASCII), so a folded text's other scripts border words.
inline bool is_regex_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

class cursor {
 public:
  explicit cursor(std::string_view text, std::size_t at = 0) : text_(text), at_(at) {}

  std::size_t at() const { return at_; }
  bool at_end() const { return at_ == text_.size(); }

  bool take(char c) {
    if (at_end() || text_[at_] != c) return false;
    ++at_;
    return true;
  }
  bool take(std::string_view literal) {
    if (!text_.substr(at_).starts_with(literal)) return false;
    at_ += literal.size();
    return true;
  }
  // One byte of `set`, whichever is there.
  bool take_any_of(std::string_view set) {
    if (at_end() || set.find(text_[at_]) == std::string_view::npos) return false;
    ++at_;
    return true;
  }
  // One or more bytes, as many as there are, none of them in `set`: [^set]+.
  bool take_none_of(std::string_view set) {
    std::size_t end = at_;
    while (end < text_.size() && set.find(text_[end]) == std::string_view::npos) ++end;
    if (end == at_) return false;
    at_ = end;
    return true;
  }
  // As many ASCII digits as there are, up to `max`; false (nothing moved) for fewer than
  // `min`. A regular expression's greedy \d{min,max}.
  bool take_digits(std::size_t min, std::size_t max, std::string_view* digits = nullptr) {
    std::size_t end = at_;
    while (end < text_.size() && end - at_ < max && text_[end] >= '0' && text_[end] <= '9') ++end;
    if (end - at_ < min) return false;
    if (digits) *digits = text_.substr(at_, end - at_);
    at_ = end;
    return true;
  }
  // A regular expression's \b here: a word byte on one side only.
  bool at_word_boundary() const {
    const bool before = at_ > 0 && is_regex_word_byte(text_[at_ - 1]);
    const bool after = !at_end() && is_regex_word_byte(text_[at_]);
    return before != after;
  }

 private:
  std::string_view text_;
  std::size_t at_;
};

}  // namespace planlint::text
