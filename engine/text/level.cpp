#include "engine/text/level.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "engine/text/fixed_patterns.hpp"
#include "engine/text/normalize.hpp"

namespace planlint::text {

namespace {

constexpr int highest_level = 4;

// One place a text names a level.
struct mention {
  int level = 0;
  span bytes;
  bool after_verb = false;  // written after "đạt" or "lên": the level aimed at
  bool is_muc = false;      // "Mức N" (as against "không đạt")
};

std::string quote(std::string_view text, span s) {
  return "“" + normalize(text.substr(s.begin, s.end - s.begin)) + "”";
}

// "Mục" (section) and "Mức" (level) fold alike; the dot below tells them apart.
bool written_as_muc_section(std::string_view text, span word) {
  std::string shown = normalize(text.substr(word.begin, word.end - word.begin));
  return shown.find("ụ") != std::string::npos || shown.find("Ụ") != std::string::npos;
}

int to_level(std::string_view digits) {
  return digits.size() > 2 ? 99 : std::stoi(std::string(digits));
}

// Every mention in the folded text, left to right ("Mục N" left out).
std::vector<mention> mentions(std::string_view text, const folded_text& f) {
  std::vector<mention> found;
  std::size_t from = 0;
  while (from <= f.text.size()) {
    const std::optional<patterns::level_mention> next = patterns::next_level_mention(f.text, from);
    if (!next) break;
    from = next->end == from ? next->end + 1 : next->end;
    mention m;
    m.bytes = f.source_span(next->begin, next->end);
    m.after_verb = next->after_verb;
    m.is_muc = next->muc_end > next->muc_begin;
    if (m.is_muc) {
      if (written_as_muc_section(text, f.source_span(next->muc_begin, next->muc_end))) continue;
      m.level = to_level(next->digits);
    }
    found.push_back(m);
  }
  return found;
}

read_result<level_value> checked(std::string_view text, const mention& m) {
  if (m.is_muc && (m.level < 1 || m.level > highest_level))
    return read_error{m.bytes, "không có " + quote(text, m.bytes) +
                                   ": mức đánh giá là Không đạt, Mức 1, Mức 2, Mức 3 hoặc Mức 4"};
  return level_value{m.level, m.bytes};
}

}  // namespace

read_result<level_value> read_level(int number) {
  if (number < 0 || number > highest_level)
    return read_error{{0, 0}, "mức " + std::to_string(number) +
                                  " không hợp lệ: mức là số từ 0 (Không đạt) đến 4"};
  return level_value{number, {0, 0}};
}

read_result<level_value> read_level(std::string_view text) {
  const folded_text f = fold_with_origins(text);
  std::string key = f.text;
  while (!key.empty() && (key.back() == '.' || key.back() == ' ')) key.pop_back();
  const span whole = f.source_span(0, key.size());
  if (key.empty()) return read_error{whole, "ô mức đánh giá trống"};

  if (key.size() <= 3 && std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    int n = std::stoi(key);
    if (n > highest_level)
      return read_error{whole, "mức " + key + " không hợp lệ: mức là số từ 0 (Không đạt) đến 4"};
    return level_value{n, whole};
  }
  const std::optional<patterns::level_cell> cell = patterns::level_cell_of(key);
  if (!cell)
    return read_error{whole, "không đọc được mức " + quote(text, whole) +
                                 ": cần Không đạt, Mức 1, Mức 2, Mức 3 hoặc Mức 4"};
  if (cell->muc_end == cell->muc_begin) return level_value{0, whole};
  if (written_as_muc_section(text, f.source_span(cell->muc_begin, cell->muc_end)))
    return read_error{whole, quote(text, whole) + " là “Mục” (mục văn bản), không phải “Mức”"};
  if (cell->digits.empty()) return read_error{whole, "thiếu số sau “Mức”: cần Mức 1, Mức 2, Mức 3 hoặc Mức 4"};
  return checked(text, mention{to_level(cell->digits), whole, true, true});
}

read_result<level_value> find_level_in(std::string_view text) {
  const folded_text f = fold_with_origins(text);
  const std::vector<mention> found = mentions(text, f);
  const mention* chosen = nullptr;
  for (const auto& m : found)
    if (m.is_muc && m.after_verb) chosen = &m;
  if (!chosen) {
    for (const auto& m : found) {
      if (!m.is_muc) continue;
      if (chosen && chosen->level != m.level)
        return read_error{span{chosen->bytes.begin, m.bytes.end},
                          "văn bản nêu nhiều mức khác nhau (" + quote(text, chosen->bytes) + ", " +
                              quote(text, m.bytes) + "), không rõ mức cần đạt"};
      if (!chosen) chosen = &m;
    }
  }
  if (!chosen && !found.empty()) chosen = &found.front();
  if (!chosen)
    return read_error{f.source_span(0, f.text.size()), "không thấy mức đánh giá nào (Mức 1…4, Không đạt)"};
  return checked(text, *chosen);
}

}  // namespace planlint::text
