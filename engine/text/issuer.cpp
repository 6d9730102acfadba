#include "engine/text/issuer.hpp"

#include <string>

#include "engine/text/normalize.hpp"

namespace planlint::text {

namespace {

// A name's folded words, without "và" (written "và", "&", "-" or nothing between the halves
// of a name) and without punctuation ("Bộ GD&ĐT" → "bo", "gddt"), kept as the few forms
// names_issuer() compares rather than as a vector of words: a string per word and the
// vectors holding them were some eight heap allocations a call.
struct name_key {
  std::string joined;    // the words run together: "bogiaoducdaotao"
  std::string initials;  // the first letter of each word: "bgddt"
  std::size_t first_word_size = 0;
  std::size_t words = 0;
};

bool is_key_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

name_key key_of(std::string_view text) {
  name_key key;
  const std::string folded = fold(text);
  const std::string_view f = folded;
  for (std::size_t begin = 0; begin <= f.size();) {
    std::size_t end = f.find(' ', begin);
    if (end == std::string_view::npos) end = f.size();
    const std::size_t start = key.joined.size();
    for (std::size_t i = begin; i < end; ++i)
      if (is_key_char(f[i])) key.joined += f[i];
    const std::string_view word = std::string_view(key.joined).substr(start);
    if (word == "va") {
      key.joined.resize(start);
    } else if (!word.empty()) {
      if (key.words++ == 0) key.first_word_size = word.size();
      key.initials += word.front();
    }
    begin = end + 1;
  }
  return key;
}

}  // namespace

bool names_issuer(std::string_view written, std::string_view official) {
  const name_key body = key_of(official);
  if (body.words == 0) return false;
  const std::string text = key_of(written).joined;
  // "bogiaoducdaotao"; with three words or more also "bogddt" (the kind of body, then the
  // initials of its name) and "bgddt" (all initials). Shorter names ("Chính phủ") have no
  // abbreviation a plan would use, and two letters would match too much.
  if (text.find(body.joined) != std::string::npos) return true;
  if (body.words < 3) return false;
  const std::string kind_and_initials =
      body.joined.substr(0, body.first_word_size) + body.initials.substr(1);
  return text.find(kind_and_initials) != std::string::npos ||
         text.find(body.initials) != std::string::npos;
}

}  // namespace planlint::text
