// What the timeline, structure and document rules read beyond the core model: a row's
// unreadable date texts (once each), why document.school_year is not a school year, and the
// sentence around a date found in free text (so a rule can tell a planned period from a
// past one: "… đã đạt trong năm học 2022 - 2023").
#include "engine/bind/locate.hpp"
#include "engine/bind/types.hpp"
#include "engine/model/plan_view.hpp"

namespace planlint::bind {

namespace {

using eval::type;
using model::located_reading;
using model::row_view;
using model::plan_view;

// The start and end of a row whose text the grammar could not read. An unlabelled cell that
// does not read fills both with the same text; it is one unreadable text, listed once.
eval::value timeline_errors(const eval::host_type& reading, const row_view& r) {
  auto unreadable = [](const located_reading& x) { return x.present && x.error.has_value(); };
  // Most rows read: their empty list allocates nothing (rules ask this of every row).
  if (!unreadable(r.start) && !unreadable(r.end)) return eval::value(eval::list{});
  eval::list out;
  out.reserve(2);  // also keeps GCC 12 from a false -Wstringop-overflow on the growth path
  if (unreadable(r.start)) out.push_back(eval::value(eval::object{&reading, &r.start}));
  bool same_as_start = unreadable(r.start) && r.start.text == r.end.text && !r.timeline_labelled;
  if (unreadable(r.end) && !same_as_start) out.push_back(eval::value(eval::object{&reading, &r.end}));
  return eval::value(std::move(out));
}

bool sentence_break(std::string_view text, std::size_t i) {
  char c = text[i];
  if (c == ';' || c == '\n') return true;
  // "Tháng 9/2024." ends a sentence; "17.5.2024" and "1.3" do not.
  return (c == '.' || c == '!' || c == '?') && (i + 1 == text.size() || text[i + 1] == ' ');
}

// The sentence of `text` that holds bytes [begin, end), trimmed.
std::string sentence_around(std::string_view text, std::size_t begin, std::size_t end) {
  begin = std::min(begin, text.size());
  end = std::min(std::max(end, begin), text.size());
  std::size_t from = begin;
  while (from > 0 && !sentence_break(text, from - 1)) --from;
  std::size_t to = end;
  while (to < text.size() && !sentence_break(text, to)) ++to;
  while (from < to && text[from] == ' ') ++from;
  while (to > from && text[to - 1] == ' ') --to;
  return std::string(text.substr(from, to - from));
}

eval::value sentence_of(std::span<const eval::value> a) {
  std::string_view text = a[0].as_string();
  const auto* r = static_cast<const located_reading*>(a[1].as_object().ptr);
  if (!r || !r->reading) return {};
  // The reading's bytes are offsets into the text it was found in; another text gives nothing.
  const span& at = r->reading->bytes;
  if (at.end > text.size() || text.compare(at.begin, at.end - at.begin, r->reading->text) != 0) return {};
  return eval::value(sentence_around(text, at.begin, at.end));
}

}  // namespace

void add_timeline_fields(eval::host_registry& registry, const host_types& t) {
  t.row.field_of<row_view>("timeline_errors", type::list_of(type::object(t.reading)),
                           [&reading = t.reading](const row_view& r) { return timeline_errors(reading, r); });
  t.document.field_of<plan_view>("school_year_error", type::string(), [](const plan_view& v) {
    return v.field_school_year_error ? eval::value::borrow(v.field_school_year_error->message) : eval::value();
  });
  registry.add_function("sentence_of", {type::string(), type::object(t.reading)}, type::string(), sentence_of);
}

}  // namespace planlint::bind
