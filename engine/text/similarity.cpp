#include "engine/text/similarity.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "engine/text/normalize.hpp"

namespace planlint::text {

namespace {

struct word {
  std::string text;
  bool phrase_ends = false;  // punctuation follows it in the title
};

bool is_word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// The folded words of a title, each marked when punctuation follows it.
std::vector<word> words_of(std::string_view title) {
  std::string key = fold(title);
  // The ellipsis is the one non-ASCII punctuation mark titles carry; fold keeps it as is.
  for (std::size_t at; (at = key.find("\u2026")) != std::string::npos;) key.replace(at, 3, ".");
  std::vector<word> out;
  std::size_t i = 0;
  while (i < key.size()) {
    if (!is_word_byte(static_cast<unsigned char>(key[i]))) {
      if (key[i] != ' ' && !out.empty()) out.back().phrase_ends = true;
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < key.size() && is_word_byte(static_cast<unsigned char>(key[end]))) ++end;
    out.push_back({key.substr(i, end - i)});
    i = end;
  }
  return out;
}

std::vector<std::string> sorted_texts(const std::vector<word>& words) {
  std::vector<std::string> out;
  for (const auto& w : words) out.push_back(w.text);
  std::sort(out.begin(), out.end());
  return out;
}

bool ends_with_ellipsis(std::string_view written) {
  std::string shown = normalize(written);
  auto ends = [&](std::string_view tail) {
    return shown.size() >= tail.size() && shown.compare(shown.size() - tail.size(), tail.size(), tail) == 0;
  };
  return ends("\u2026") || ends("...");
}

}  // namespace

double title_similarity(std::string_view a, std::string_view b) {
  const auto x = sorted_texts(words_of(a));
  const auto y = sorted_texts(words_of(b));
  if (x.empty() && y.empty()) return 1.0;
  std::vector<std::string> common;
  std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(common));
  return 2.0 * static_cast<double>(common.size()) / static_cast<double>(x.size() + y.size());
}

bool is_faithful_prefix(std::string_view written, std::string_view official) {
  const auto w = words_of(written);
  const auto o = words_of(official);
  if (w.empty() || w.size() > o.size()) return false;
  for (std::size_t i = 0; i < w.size(); ++i)
    if (w[i].text != o[i].text) return false;
  if (w.size() == o.size() || ends_with_ellipsis(written)) return true;
  const std::string& next = o[w.size()].text;
  return !o[w.size() - 1].phrase_ends && next != "va" && next != "hoac";
}

}  // namespace planlint::text
