#include "engine/text/issuer.hpp"

#include <string>
#include <vector>

#include "engine/text/normalize.hpp"

namespace planlint::text {

namespace {

// The folded words, without "và" (written "và", "&", "-" or nothing between the halves
// of a name) and without punctuation: "Bộ GD&ĐT" → {"bo", "gddt"}.
std::vector<std::string> key_words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty() && word != "va") words.push_back(word);
    word.clear();
  };
  for (char c : fold(text)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) word += c;
    else if (c == ' ') flush();
  }
  flush();
  return words;
}

std::string joined(const std::vector<std::string>& words, std::size_t from = 0) {
  std::string out;
  for (std::size_t i = from; i < words.size(); ++i) out += words[i];
  return out;
}

std::string initials(const std::vector<std::string>& words, std::size_t from) {
  std::string out;
  for (std::size_t i = from; i < words.size(); ++i) out += words[i].front();
  return out;
}

}  // namespace

bool names_issuer(std::string_view written, std::string_view official) {
  const std::vector<std::string> body = key_words(official);
  if (body.empty()) return false;
  // "bogiaoducdaotao"; with three words or more also "bogddt" (the kind of body, then the
  // initials of its name) and "bgddt" (all initials). Shorter names ("Chính phủ") have no
  // abbreviation a plan would use, and two letters would match too much.
  std::vector<std::string> forms{joined(body)};
  if (body.size() >= 3) {
    forms.push_back(body.front() + initials(body, 1));
    forms.push_back(initials(body, 0));
  }
  const std::string text = joined(key_words(written));
  for (const std::string& form : forms)
    if (text.find(form) != std::string::npos) return true;
  return false;
}

}  // namespace planlint::text
