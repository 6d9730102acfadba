#include "engine/dates/read.hpp"

#include <array>
#include <string_view>

#include "engine/dates/folded_chars.hpp"
#include "engine/dates/grammar.hpp"
#include "engine/dates/resolve.hpp"

namespace planlint::dates {

namespace {

// What may follow a date text in a cell: white space and closing punctuation.
bool is_trailing(char c) {
  return c == ' ' || c == '.' || c == ';' || c == ',' || c == ':' || c == '!' || c == '?' ||
         c == ')' || c == ']' || c == '"' || c == '\'';
}

// Reads folded [begin, end) as one date text.
read_result read_folded(const detail::source_map& map, std::size_t begin, std::size_t end,
                        const reading_context& context) {
  const std::string_view folded = map.folded;
  std::size_t content_end = end;
  while (content_end > begin && is_trailing(folded[content_end - 1])) --content_end;
  std::size_t content_begin = begin;
  while (content_begin < content_end && folded[content_begin] == ' ') ++content_begin;
  if (content_begin == content_end)
    return {std::nullopt, reading_error{map.bytes_of(begin, end), "không có thời gian"}};

  const char* first = folded.data() + content_begin;
  const char* last = folded.data() + end;
  ast::expression expression;
  if (!grammar::parse_expression(first, last, expression)) {
    span where = map.bytes_of(content_begin, content_end);
    return {std::nullopt,
            reading_error{where, "không đọc được thời gian \"" + std::string(map.text_of(where)) + "\""}};
  }
  std::size_t stop = static_cast<std::size_t>(first - folded.data());
  std::size_t rest = stop;
  while (rest < end && is_trailing(folded[rest])) ++rest;
  if (rest < end) {
    // Something follows that is not a date: point at it, not at the whole text.
    while (stop < end && folded[stop] == ' ') ++stop;
    span where = map.bytes_of(stop, content_end);
    return {std::nullopt, reading_error{where, "không đọc được \"" + std::string(map.text_of(where)) +
                                                   "\" sau thời gian"}};
  }
  return detail::resolve(expression, map, context);
}

struct label {
  std::string_view words;
  bool start;
};

// Longest first, so "thoi gian hoan thanh" wins over "hoan thanh".
constexpr std::array<label, 9> labels{{
    {"thoi gian thuc hien", true},
    {"thoi gian bat dau", true},
    {"thoi gian hoan thanh", false},
    {"thoi gian ket thuc", false},
    {"ngay bat dau", true},
    {"ngay hoan thanh", false},
    {"bat dau", true},
    {"hoan thanh", false},
    {"ket thuc", false},
}};

struct found_label {
  std::size_t begin;  // the label's first byte
  std::size_t end;    // after the label and its ':'
  bool start;
};

std::vector<found_label> find_labels(const std::string& folded) {
  std::vector<found_label> out;
  const std::string_view text = folded;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_letter(text[i]) || (i > 0 && is_word_char(text[i - 1]))) continue;
    for (const label& l : labels) {
      const std::string_view words = l.words;
      if (text[i] != words[0] || text.substr(i, words.size()) != words) continue;
      std::size_t end = i + words.size();
      if (end < folded.size() && is_word_char(folded[end])) continue;
      while (end < folded.size() && (folded[end] == ' ' || folded[end] == ':')) ++end;
      out.push_back({i, end, l.start});
      i = end - 1;
      break;
    }
  }
  return out;
}

// Converters leave HTML ("<p>", "</p>", "<ul …>"): blank tags out, keeping every offset.
void blank_html_tags(std::string& folded) {
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (folded[i] != '<') continue;
    std::size_t close = folded.find('>', i);
    bool tag_like = i + 1 < folded.size() && (is_letter(folded[i + 1]) || folded[i + 1] == '/');
    if (close == std::string::npos || !tag_like) continue;
    std::fill(folded.begin() + static_cast<std::ptrdiff_t>(i), folded.begin() + static_cast<std::ptrdiff_t>(close + 1), ' ');
    i = close;
  }
}

bool has_words(const std::string& folded, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i)
    if (is_word_char(folded[i])) return true;
  return false;
}

}  // namespace

read_result read_date(std::string_view text, const reading_context& context) {
  text::folded_text folded = text::fold_with_origins(text);
  detail::source_map map(text, folded);
  return read_folded(map, 0, folded.text.size(), context);
}

timeline read_timeline(std::string_view text, const reading_context& context) {
  text::folded_text folded = text::fold_with_origins(text);
  blank_html_tags(folded.text);
  detail::source_map map(text, folded);
  const std::string& f = folded.text;
  std::vector<found_label> found = find_labels(f);
  timeline out;
  if (found.empty()) {
    out.whole = read_folded(map, 0, f.size(), context);
    return out;
  }
  // Text before the first label: the start when the labels only name the end
  // ("Tháng 9/2024. Thời gian hoàn thành: …"); otherwise a text of its own.
  if (has_words(f, 0, found.front().begin)) {
    bool any_start = std::any_of(found.begin(), found.end(), [](const found_label& l) { return l.start; });
    (any_start ? out.whole : out.start) = read_folded(map, 0, found.front().begin, context);
  }
  for (std::size_t k = 0; k < found.size(); ++k) {
    std::size_t end = k + 1 < found.size() ? found[k + 1].begin : f.size();
    std::optional<read_result>& slot = found[k].start ? out.start : out.end;
    if (slot) continue;  // a second label of the same side: the first one counts
    read_result r = read_folded(map, found[k].end, end, context);
    if (!r.value && r.error && r.error->message == "không có thời gian")
      r.error->bytes = map.bytes_of(found[k].begin, found[k].end);
    slot = std::move(r);
  }
  return out;
}

}  // namespace planlint::dates
