#include "engine/dates/resolve.hpp"

#include <algorithm>

namespace planlint::dates::detail {

namespace {

// What one piece of a date text resolves to.
struct resolved {
  kind what = kind::day;
  std::optional<interval> when;
  std::optional<school_year_written> school_year;
  std::string malformation;
  bool derived_calendar = false;
  span bytes;
  std::vector<reading_part> parts;  // months of a list or range
};

resolved of(kind what, std::optional<interval> when = std::nullopt) {
  resolved r;
  r.what = what;
  r.when = when;
  return r;
}

// The first problem found; thrown inside this file only and returned as a value.
struct failure {
  reading_error error;
};

// "Đầu …" is the window's first full month: the month of its start, or the next month
// when the start falls after the 15th (22/8 → to 30/9). "Cuối …" is its last full month:
// the month of its end, or the one before when the end falls before the 15th (31/5 → from
// 1/5). A reviewer reads "cuối năm học" as May and "đầu năm học" as the first weeks.
interval beginning_of(const interval& w) {
  civil_date month_of = w.first;
  if (w.first.day > 15) month_of = add_days({w.first.year, w.first.month, last_day_of_month(w.first.year, w.first.month)}, 1);
  interval m = month_interval(month_of.year, month_of.month);
  return {w.first, std::min(m.last, w.last)};
}

interval end_of(const interval& w) {
  civil_date month_of = w.last;
  if (w.last.day < 15) month_of = add_days({w.last.year, w.last.month, 1}, -1);
  interval m = month_interval(month_of.year, month_of.month);
  return {std::max(m.first, w.first), w.last};
}

class resolver {
 public:
  resolver(const source_map& map, const reading_context& context) : map_(map), context_(context) {}

  reading read(const ast::expression& e) {
    const ast::node& body = boost::apply_visitor([](const auto& n) -> const ast::node& { return n; }, e.body);
    whole_ = map_.bytes(body.text_begin, e.text_end);
    resolved r = boost::apply_visitor([this](const auto& n) { return core(n); }, e.body);
    reading out;
    out.bytes = whole_;
    out.text = std::string(map_.text_of(whole_));
    if (e.onwards) {
      out.what = kind::open_ended;
      out.open_ended = true;
      out.parts.push_back({r.what, r.when, map_.bytes(body.text_begin, body.text_end)});
    } else {
      out.what = r.what;
      out.parts = std::move(r.parts);
    }
    out.when = r.when;
    out.school_year = r.school_year;
    out.malformed = !r.malformation.empty();
    out.malformation = std::move(r.malformation);
    out.relies_on_default_calendar = r.derived_calendar;
    out.open_ended = out.open_ended || r.what == kind::open_ended;
    out.recurring = r.what == kind::recurring;
    return out;
  }

 private:
  [[noreturn]] void fail(span where, std::string message) { throw failure{{where, std::move(message)}}; }
  [[noreturn]] void fail(const ast::node& n, std::string message) {
    fail(map_.bytes(n.text_begin, n.text_end), std::move(message));
  }
  span bytes(const ast::node& n) const { return map_.bytes(n.text_begin, n.text_end); }
  std::string written(const ast::node& n) const { return std::string(map_.text_of(bytes(n))); }

  // --- numbers -------------------------------------------------------------------------

  int year(const ast::number& n) {
    if (n.digits != 4) fail(n, "năm \"" + written(n) + "\" cần viết đủ bốn chữ số");
    if (n.value < 1900 || n.value > 2100)
      fail(n, "năm " + written(n) + " nằm ngoài khoảng 1900–2100");
    return n.value;
  }

  int month(const ast::number& n) {
    if (n.value < 1 || n.value > 12) fail(n, "tháng " + written(n) + " không tồn tại");
    return n.value;
  }

  civil_date day(const ast::number& d, const ast::number& m, const ast::number& y) {
    int month_value = month(m);
    int year_value = year(y);
    if (d.value < 1) fail(d, "ngày " + written(d) + " không tồn tại");
    if (!is_valid_date(year_value, month_value, d.value))
      fail(d, "tháng " + std::to_string(month_value) + "/" + std::to_string(year_value) +
                  " không có ngày " + written(d));
    return {year_value, month_value, d.value};
  }

  int plan_year(const ast::node& n) {
    if (!context_.school_year_start)
      fail(whole_, "chưa biết năm học của kế hoạch nên không xác định được \"" +
                       std::string(map_.text_of(whole_)) + "\"");
    return *context_.school_year_start;
  }

  // --- calendars -----------------------------------------------------------------------

  // Only the days: the calendar's facts (and their sources) stay in the set.
  school_year_days calendar(int first_year, resolved& r) {
    const calendar_set& set = context_.calendars ? *context_.calendars : default_calendars();
    days_lookup found = set.days_for_year(first_year, context_.province_shift_days);
    if (!found.value) fail(whole_, std::move(found.error));
    r.derived_calendar = r.derived_calendar || found.value->derived;
    return *found.value;
  }

  // The school year written, or the plan's; malformed pairs are kept as written.
  school_year_written school_year_of(const boost::optional<ast::school_year>& sy, const ast::node& n,
                                     resolved& r) {
    if (!sy) {
      int y = plan_year(n);
      return {y, y + 1};
    }
    int first = year(sy->first);
    int second = sy->second.digits == 2 ? first / 100 * 100 + sy->second.value : year(sy->second);
    if (second != first + 1) {
      std::string pair = std::to_string(first) + " - " + std::to_string(second);
      r.malformation = second <= first
                           ? "năm học " + pair + " bị viết ngược hoặc trùng năm"
                           : "năm học " + pair + " không phải một năm học (năm sau phải là " +
                                 std::to_string(first + 1) + ")";
    }
    return {first, second};
  }

  // A school year as an interval: first year's start to the second year's end, so a
  // malformed "2024 - 2026" still compares (2024-08-22..2026-05-31).
  interval school_year_interval(const school_year_written& sy, resolved& r) {
    int low = std::min(sy.first_year, sy.second_year);
    int high = std::max(sy.first_year, sy.second_year);
    if (high == low) ++high;
    interval start = school_year_window(calendar(low, r));
    interval end = school_year_window(calendar(high - 1, r));
    return {start.first, end.last};
  }

  // --- endpoints -----------------------------------------------------------------------

  resolved endpoint(const ast::endpoint& e) {
    resolved r = boost::apply_visitor([this](const auto& n) { return point(n); }, e);
    r.bytes = boost::apply_visitor([this](const auto& n) { return bytes(n); }, e);
    return r;
  }

  resolved point(const ast::iso_day& n) {
    civil_date d = day(n.d, n.m, n.y);
    return of(kind::day, interval{d, d});
  }
  resolved point(const ast::day& n) {
    civil_date d = day(n.d, n.m, n.y);
    return of(kind::day, interval{d, d});
  }
  resolved point(const ast::iso_month& n) {
    int y = year(n.y);
    return of(kind::month, month_interval(y, month(n.m)));
  }
  resolved point(const ast::numeric_month& n) {
    int m = month(n.m);
    return of(kind::month, month_interval(year(n.y), m));
  }
  resolved point(const ast::month& n) {
    int m = month(n.m);
    // "Tháng 9" with no year: the month of the plan's school year (Aug–Dec in Y, else Y+1).
    int y = n.y ? year(*n.y) : plan_year(n) + (m >= 8 ? 0 : 1);
    return of(kind::month, month_interval(y, m));
  }
  resolved point(const ast::months_range& n) {
    int from = month(n.from);
    int to = month(n.to);
    int y = year(n.y);
    if (to <= from)
      fail(n.to, "khoảng tháng " + written(n.from) + " – " + written(n.to) + " bị ngược");
    resolved r = of(kind::months, interval{month_interval(y, from).first, month_interval(y, to).last});
    r.parts.reserve(2);
    r.parts.push_back({kind::month, month_interval(y, from), bytes(n.from)});
    r.parts.push_back({kind::month, month_interval(y, to), bytes(n.to)});
    return r;
  }
  resolved point(const ast::months_list& n) {
    // The months in order, read in place (no list of pointers or values to allocate).
    const std::size_t count = n.tail.size() + 1;
    auto at = [&n](std::size_t i) -> const ast::number& { return i == 0 ? n.head : n.tail[i - 1]; };
    for (std::size_t i = 0; i < count; ++i) month(at(i));
    int y = year(n.y);
    for (std::size_t i = 1; i < count; ++i)
      if (at(i).value <= at(i - 1).value)
        fail(at(i), "tháng " + written(at(i)) + " phải đứng sau tháng " + written(at(i - 1)));
    resolved r = of(kind::months, interval{month_interval(y, at(0).value).first, month_interval(y, at(count - 1).value).last});
    r.parts.reserve(count);
    for (std::size_t i = 0; i < count; ++i)
      r.parts.push_back({kind::month, month_interval(y, at(i).value), bytes(at(i))});
    return r;
  }
  resolved point(const ast::quarter& n) {
    if (n.q.value < 1 || n.q.value > 4) fail(n.q, "quý " + written(n.q) + " không tồn tại");
    // With no year: the quarter of the plan's school year (III, IV in Y; I, II in Y+1).
    int y = n.y ? year(*n.y) : plan_year(n) + (n.q.value >= 3 ? 0 : 1);
    int first_month = (n.q.value - 1) * 3 + 1;
    return of(kind::quarter, interval{month_interval(y, first_month).first, month_interval(y, first_month + 2).last});
  }
  resolved point(const ast::semester& n) {
    if (n.s.value < 1 || n.s.value > 2) fail(n.s, "học kỳ " + written(n.s) + " không tồn tại");
    resolved r = of(kind::semester);
    r.school_year = school_year_of(n.year, n, r);
    if (!r.malformation.empty()) {
      r.when = school_year_interval(*r.school_year, r);
      return r;
    }
    r.when = semester_window(calendar(r.school_year->first_year, r), n.s.value);
    return r;
  }
  resolved point(const ast::school_year& n) {
    resolved r = of(kind::school_year);
    r.school_year = school_year_of(n, n, r);
    r.when = school_year_interval(*r.school_year, r);
    return r;
  }
  resolved point(const ast::calendar_year& n) { return of(kind::calendar_year, year_interval(year(n.y))); }

  // --- whole forms ---------------------------------------------------------------------

  resolved core(const ast::fixed& n) {
    auto word = static_cast<ast::fixed_word>(n.word);
    if (word == ast::fixed_word::lasting || word == ast::fixed_word::onwards) return of(kind::open_ended);
    return of(kind::recurring);
  }

  resolved core(const ast::part_of_year& n) {
    resolved r = of(kind::school_year_part);
    r.school_year = school_year_of(n.year, n, r);
    interval w = r.malformation.empty() ? school_year_window(calendar(r.school_year->first_year, r))
                                        : school_year_interval(*r.school_year, r);
    r.when = part(n.word, w);
    return r;
  }

  resolved core(const ast::part_of_semester& n) {
    resolved sem = point(n.sem);
    sem.what = kind::school_year_part;
    sem.when = part(n.word, *sem.when);
    return sem;
  }

  interval part(int word, const interval& w) {
    switch (static_cast<ast::part_word>(word)) {
      case ast::part_word::beginning: return beginning_of(w);
      case ast::part_word::end: return end_of(w);
      default: return w;
    }
  }

  resolved core(const ast::span_expr& n) {
    resolved from = endpoint(n.from);
    auto lead = static_cast<ast::lead_word>(n.lead);
    if (!n.to) {
      if (lead != ast::lead_word::from) return from;
      // "Từ tháng 6/2024": a start with no end.
      resolved r = std::move(from);
      r.parts = {{r.what, r.when, r.bytes}};
      r.what = kind::open_ended;
      return r;
    }
    resolved to = endpoint(*n.to);
    if (to.when->last < from.when->first)
      fail(to.bytes, "thời điểm kết thúc \"" + std::string(map_.text_of(to.bytes)) +
                         "\" đứng trước thời điểm bắt đầu");
    resolved r = of(kind::span, interval{from.when->first, to.when->last});
    r.school_year = from.school_year ? from.school_year : to.school_year;
    r.malformation = std::move(!from.malformation.empty() ? from.malformation : to.malformation);
    r.derived_calendar = from.derived_calendar || to.derived_calendar;
    r.parts = {{from.what, from.when, from.bytes}, {to.what, to.when, to.bytes}};
    return r;
  }

  const source_map& map_;
  const reading_context& context_;
  span whole_;
};

// The fold of a text with origins, made straight inside the optional that keeps it (emplace()
// from this converts in place): moving a folded_text in made GCC 12 warn about reading past
// its inline origins, which it cannot tell the size stays within.
struct folding_with_origins {
  std::string_view text;
  operator text::folded_text() const { return text::fold_with_origins(text); }
};

}  // namespace

const text::folded_text& source_map::origins() const {
  if (origins_) return *origins_;
  if (!made_) made_.emplace(folding_with_origins{original});
  return *made_;
}

span source_map::bytes_of(std::size_t begin, std::size_t end) const {
  std::uint32_t b, e;
  if (per_character_) {
    // The k-th folded byte's character runs to where the next one starts.
    b = characters_.start_of(begin);
    e = begin == end ? b : characters_.start_of(end);
  } else {
    const text::folded_text& with_origins = origins();
    b = with_origins.source_begin(begin);
    e = begin == end ? b : with_origins.source_end(end);
  }
  // The origin of the byte after a reading is where the following white space starts, except
  // at the end of the text, where trailing white space (and NBSP) must be cut off.
  while (e > b) {
    unsigned char c = static_cast<unsigned char>(original[e - 1]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') --e;
    else if (c == 0xA0 && e - 1 > b && static_cast<unsigned char>(original[e - 2]) == 0xC2) e -= 2;
    else break;
  }
  return {b, e};
}

span source_map::bytes(const char* begin, const char* end) const {
  const char* base = folded.data();
  return bytes_of(static_cast<std::size_t>(begin - base), static_cast<std::size_t>(end - base));
}

read_result resolve(const ast::expression& expression, const source_map& map,
                    const reading_context& context) {
  try {
    return {resolver(map, context).read(expression), std::nullopt};
  } catch (const failure& f) {
    return {std::nullopt, f.error};
  }
}

}  // namespace planlint::dates::detail
