#include "engine/bind/locate.hpp"

namespace planlint::bind {

eval::location locate(const plan::location& at, std::string quoted, std::string place) {
  eval::location l;
  l.pointer = at.pointer();
  l.where = at.where();
  l.end = at.end();
  l.bytes = at.bytes;
  l.quoted = std::move(quoted);
  l.place = std::move(place);
  return l;
}

place_ref literal_place(const char* text) { return {nullptr, text}; }

namespace {

// origin::resolve for a value read from a plan location (the subject).
eval::location resolve_plan_location(const void* at, const std::string* place, const char* place_end,
                                     std::string_view text) {
  const place_ref where{place, place_end};
  return locate(*static_cast<const plan::location*>(at), std::string(text), where.text());
}

eval::value from(eval::value v, const plan::location& at, place_ref place) {
  return v.from({&resolve_plan_location, &at, place.head, place.tail});
}

}  // namespace

eval::value text_value(const plan::text& t, place_ref place) {
  if (!t.present) return {};
  return from(eval::value::borrow(t.joined_normalized()), t.at, place);
}

eval::value text_items(const plan::text& t, place_ref place) {
  eval::list items;
  if (t.present)
    for (const plan::text_item& item : t.items) items.push_back(from(eval::value::borrow(item.normalized), item.at, place));
  return eval::value(std::move(items));
}

eval::value located_string(std::string_view s, const plan::location& at, place_ref place) {
  return from(eval::value::borrow(s), at, place);
}

eval::value located_string(std::string s, const plan::location& at, std::string place) {
  eval::location l = locate(at, s, std::move(place));
  return eval::value(std::move(s)).located(std::move(l));
}

eval::date to_eval(const dates::civil_date& d) { return {d.year, d.month, d.day}; }

eval::value optional_int(const std::optional<int>& i) {
  return i ? eval::value(*i) : eval::value();
}

eval::value optional_string(const std::string& s) { return s.empty() ? eval::value() : eval::value::borrow(s); }

}  // namespace planlint::bind
