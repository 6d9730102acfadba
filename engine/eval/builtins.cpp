#include "engine/eval/builtins.hpp"

#include <re2/re2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <set>

#include "engine/eval/host.hpp"
#include "engine/text/normalize.hpp"

namespace planlint::eval {

namespace {

using args_t = std::span<const value>;
using check_result = std::variant<type, std::string>;


std::string arguments_mismatch(std::string_view name, std::string_view expects, std::span<const type> args) {
  return std::string(name) + " expects " + std::string(expects) + ", got " + type_list(args);
}

bool is(const type& t, type::kind k) { return t.is_any() || t.is(k); }

void add(host_registry& r, std::string name, std::string summary, signature_check check,
         std::function<value(args_t, const call_extras&)> call, bool absent_propagates = true,
         int pattern_argument = -1, bool tests_presence = false) {
  function_def f;
  f.name = std::move(name);
  f.summary = std::move(summary);
  f.check = std::move(check);
  f.call = std::move(call);
  f.absent_propagates = absent_propagates;
  f.pattern_argument = pattern_argument;
  f.tests_presence = tests_presence;
  r.add_function(std::move(f));
}

// A function of fixed argument kinds.
signature_check fixed(std::string name, std::vector<type::kind> params, type result) {
  return [name, params, result](std::span<const type> args) -> check_result {
    bool fits = args.size() == params.size();
    for (std::size_t i = 0; fits && i < args.size(); ++i) fits = is(args[i], params[i]);
    if (fits) return result;
    std::vector<type> expected;
    for (auto k : params) {
      switch (k) {
        case type::kind::string: expected.push_back(type::string()); break;
        case type::kind::integer: expected.push_back(type::integer()); break;
        case type::kind::date: expected.push_back(type::date()); break;
        case type::kind::interval: expected.push_back(type::interval()); break;
        case type::kind::list: expected.push_back(type::list_of(type::any())); break;
        default: expected.push_back(type::any());
      }
    }
    return arguments_mismatch(name, type_list(expected), args);
  };
}

std::int64_t code_points(std::string_view s) {
  return std::count_if(s.begin(), s.end(),
                       [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
}

std::vector<std::string> words(std::string_view text) {
  std::string folded = text::fold(text);
  std::vector<std::string> out;
  std::string word;
  for (char c : folded) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += c;
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

// Dates and intervals both as intervals, so before/after take either.
interval span_of(const value& v) {
  return v.is_date() ? interval{v.as_date(), v.as_date()} : v.as_interval();
}

bool valid_date(int y, int m, int d) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

void add_text_functions(host_registry& r) {
  using K = type::kind;
  add(r, "same_text", "same_text(string, string) -> bool: equal after normalising, ignoring case and diacritics",
      fixed("same_text", {K::string, K::string}, type::boolean()),
      [](args_t a, const call_extras&) {
        // Texts equal byte for byte fold equal: most titles are written as the catalog has
        // them, and folding both costs far more than comparing.
        return value(a[0].as_string() == a[1].as_string() || text::equals_folded(a[0].as_string(), a[1].as_string()));
      });
  add(r, "starts_with", "starts_with(string, string) -> bool",
      fixed("starts_with", {K::string, K::string}, type::boolean()),
      [](args_t a, const call_extras&) { return value(a[0].as_string().starts_with(a[1].as_string())); });
  add(r, "ends_with", "ends_with(string, string) -> bool",
      fixed("ends_with", {K::string, K::string}, type::boolean()),
      [](args_t a, const call_extras&) { return value(a[0].as_string().ends_with(a[1].as_string())); });
  add(r, "lower", "lower(string) -> string: Unicode lower case",
      fixed("lower", {K::string}, type::string()), [](args_t a, const call_extras&) {
        std::string out;
        icu::UnicodeString::fromUTF8(icu::StringPiece(a[0].as_string().data(), static_cast<int32_t>(a[0].as_string().size())))
            .toLower()
            .toUTF8String(out);
        return value(std::move(out));
      });
  add(r, "split", "split(string, separator) -> list<string>",
      fixed("split", {K::string, K::string}, type::list_of(type::string())),
      [](args_t a, const call_extras&) {
        std::string_view s = a[0].as_string();
        std::string_view sep = a[1].as_string();
        if (sep.empty()) throw runtime_error("split: empty separator");
        list out;
        std::size_t from = 0, at;
        // The pieces view the text (and keep it alive when it is owned): no copies.
        while ((at = s.find(sep, from)) != std::string::npos) {
          out.push_back(a[0].substring(s.substr(from, at - from)));
          from = at + sep.size();
        }
        out.push_back(a[0].substring(s.substr(from)));
        return value(std::move(out));
      });
  add(r, "join", "join(list<string>, separator) -> string",
      [](std::span<const type> t) -> check_result {
        if (t.size() == 2 && is(t[0], K::list) && is(t[0].element(), K::string) && is(t[1], K::string))
          return type::string();
        return arguments_mismatch("join", "(list<string>, string)", t);
      },
      [](args_t a, const call_extras&) {
        std::string out;
        for (const auto& item : a[0].as_list()) {
          if (item.absent()) continue;
          if (!out.empty()) out += a[1].as_string();
          out += item.as_string();
        }
        return value(std::move(out));
      });
  add(r, "matches", "matches(string, \"pattern\") -> bool: RE2 search, the pattern a literal",
      fixed("matches", {K::string, K::string}, type::boolean()),
      [](args_t a, const call_extras& x) { return value(RE2::PartialMatch(a[0].as_string(), *x.pattern)); },
      true, 1);
  add(r, "find_all", "find_all(string, \"pattern\") -> list<string>: every match (group 1 if any)",
      fixed("find_all", {K::string, K::string}, type::list_of(type::string())),
      [](args_t a, const call_extras& x) {
        list out;
        re2::StringPiece input(a[0].as_string());
        const RE2& re = *x.pattern;
        int groups = std::min(re.NumberOfCapturingGroups(), 1);
        re2::StringPiece match[2];
        std::size_t at = 0;
        while (at <= input.size() &&
               re.Match(input, at, input.size(), RE2::UNANCHORED, match, groups + 1)) {
          // A piece of the input, viewed (see split); a group that took no part is "".
          const re2::StringPiece& piece = match[groups];
          out.push_back(piece.data() ? a[0].substring(std::string_view(piece.data(), piece.size())) : value(std::string()));
          std::size_t next = static_cast<std::size_t>(match[0].data() - input.data()) + match[0].size();
          at = next == at ? at + 1 : next;  // an empty match moves on one byte
        }
        return value(std::move(out));
      },
      true, 1);
  add(r, "similarity", "similarity(string, string) -> int: word overlap of the folded texts, 0..100",
      fixed("similarity", {K::string, K::string}, type::integer()),
      [](args_t a, const call_extras&) { return value(word_similarity(a[0].as_string(), a[1].as_string())); });
}

void add_list_functions(host_registry& r) {
  using K = type::kind;
  add(r, "length", "length(string | list) -> int: code points of a text, items of a list",
      [](std::span<const type> t) -> check_result {
        if (t.size() == 1 && (is(t[0], K::string) || t[0].is(K::list))) return type::integer();
        return arguments_mismatch("length", "(string) or (list)", t);
      },
      [](args_t a, const call_extras&) {
        return value(a[0].is_string() ? code_points(a[0].as_string())
                                      : static_cast<std::int64_t>(a[0].as_list().size()));
      });
  add(r, "count", "count(list) -> int: the number of present items",
      fixed("count", {K::list}, type::integer()),
      [](args_t a, const call_extras&) {
        if (a[0].absent()) return value(0);
        const list& items = a[0].as_list();
        return value(static_cast<std::int64_t>(
            std::count_if(items.begin(), items.end(), [](const value& v) { return !v.absent(); })));
      },
      false);
  add(r, "any", "any(list<bool>) -> bool: some item is true",
      fixed("any", {K::list}, type::boolean()),
      [](args_t a, const call_extras&) {
        if (a[0].absent()) return value(false);
        const list& items = a[0].as_list();
        return value(std::any_of(items.begin(), items.end(), [](const value& v) { return v.truthy(); }));
      },
      false);
  add(r, "distinct", "distinct(list<T>) -> list<T>: first occurrences, in order",
      [](std::span<const type> t) -> check_result {
        if (t.size() == 1 && is(t[0], K::list)) return t[0].is_any() ? type::list_of(type::any()) : t[0];
        return arguments_mismatch("distinct", "(list)", t);
      },
      [](args_t a, const call_extras&) {
        list out;
        for (const auto& item : a[0].as_list())
          if (std::none_of(out.begin(), out.end(), [&](const value& seen) { return equal(seen, item); }))
            out.push_back(item);
        return value(std::move(out));
      });
  add(r, "first", "first(list<T>) -> T: the first item, absent for an empty list",
      [](std::span<const type> t) -> check_result {
        if (t.size() == 1 && is(t[0], K::list)) return t[0].element();
        return arguments_mismatch("first", "(list)", t);
      },
      [](args_t a, const call_extras&) { return a[0].as_list().empty() ? value() : a[0].as_list().front(); });
  add(r, "contains", "contains(a, b) -> bool: substring, list member, date or interval inside an interval",
      [](std::span<const type> t) -> check_result {
        if (t.size() == 2) {
          if (t[0].is(K::string) && is(t[1], K::string)) return type::boolean();
          if (t[0].is(K::list) && compatible(t[1], t[0].element())) return type::boolean();
          if (t[0].is(K::interval) && (is(t[1], K::date) || t[1].is(K::interval))) return type::boolean();
          if (t[0].is_any()) return type::boolean();
        }
        return arguments_mismatch("contains", "(string, string), (list<T>, T) or (interval, date|interval)", t);
      },
      [](args_t a, const call_extras&) {
        if (a[0].is_string() && a[1].is_string())
          return value(a[0].as_string().find(a[1].as_string()) != std::string::npos);
        if (a[0].is_list()) {
          const list& items = a[0].as_list();
          return value(std::any_of(items.begin(), items.end(), [&](const value& v) { return equal(v, a[1]); }));
        }
        if (a[0].is_interval() && (a[1].is_date() || a[1].is_interval())) {
          interval outer = a[0].as_interval(), inner = span_of(a[1]);
          return value(outer.first <= inner.first && inner.last <= outer.last);
        }
        throw runtime_error("contains: cannot look for a value of this kind here");
      });
}

void add_date_functions(host_registry& r) {
  using K = type::kind;
  add(r, "date", "date(year, month, day) -> date",
      fixed("date", {K::integer, K::integer, K::integer}, type::date()), [](args_t a, const call_extras&) {
        auto y = a[0].as_int(), m = a[1].as_int(), d = a[2].as_int();
        if (y < 1 || y > 9999 || !valid_date(static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)))
          throw runtime_error("date: no such day " + std::to_string(y) + "-" + std::to_string(m) + "-" +
                              std::to_string(d));
        return value(date{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)});
      });
  add(r, "interval", "interval(date, date) -> interval: both ends included",
      fixed("interval", {K::date, K::date}, type::interval()), [](args_t a, const call_extras&) {
        if (a[1].as_date() < a[0].as_date()) throw runtime_error("interval: the end is before the start");
        return value(interval{a[0].as_date(), a[1].as_date()});
      });
  auto date_or_interval = [](std::string name) {
    return [name](std::span<const type> t) -> check_result {
      auto fits = [](const type& x) { return x.is_any() || x.is(K::date) || x.is(K::interval); };
      if (t.size() == 2 && fits(t[0]) && fits(t[1])) return type::boolean();
      return arguments_mismatch(name, "(date|interval, date|interval)", t);
    };
  };
  add(r, "before", "before(a, b) -> bool: a ends before b begins (dates or intervals)",
      date_or_interval("before"),
      [](args_t a, const call_extras&) { return value(span_of(a[0]).last < span_of(a[1]).first); });
  add(r, "after", "after(a, b) -> bool: a begins after b ends (dates or intervals)", date_or_interval("after"),
      [](args_t a, const call_extras&) { return value(span_of(a[0]).first > span_of(a[1]).last); });
  add(r, "overlaps", "overlaps(a, b) -> bool: a and b share a day (dates or intervals)",
      date_or_interval("overlaps"), [](args_t a, const call_extras&) {
        interval x = span_of(a[0]), y = span_of(a[1]);
        return value(x.first <= y.last && y.first <= x.last);
      });
  add(r, "days_between", "days_between(date, date) -> int: days from the first to the second",
      fixed("days_between", {K::date, K::date}, type::integer()), [](args_t a, const call_extras&) {
        return value(days_from_civil(a[1].as_date()) - days_from_civil(a[0].as_date()));
      });
}

void add_presence_functions(host_registry& r) {
  add(r, "exists", "exists(x) -> bool: x is present (not none)",
      [](std::span<const type> t) -> check_result {
        if (t.size() == 1) return type::boolean();
        return arguments_mismatch("exists", "(any)", t);
      },
      [](args_t a, const call_extras&) { return value(!a[0].absent()); }, false, -1, true);
  add(r, "default", "default(x, fallback) -> T: x when present, otherwise fallback",
      [](std::span<const type> t) -> check_result {
        if (t.size() == 2 && compatible(t[1], t[0])) return t[0].is_any() ? t[1] : t[0];
        return arguments_mismatch("default", "(T, T)", t);
      },
      [](args_t a, const call_extras&) { return a[0].absent() ? a[1] : a[0]; }, false);
  add(r, "format", "format(x) -> string: x as interpolation shows it (English)",
      [](std::span<const type> t) -> check_result {
        if (t.size() == 1) return type::string();
        return arguments_mismatch("format", "(any)", t);
      },
      [](args_t a, const call_extras&) { return value(format(a[0], language::en)); });
}

}  // namespace

std::int64_t word_similarity(std::string_view a, std::string_view b) {
  auto x = words(a), y = words(b);
  std::set<std::string> left(x.begin(), x.end()), right(y.begin(), y.end());
  if (left.empty() && right.empty()) return 100;
  std::size_t shared = 0;
  for (const auto& w : left) shared += right.count(w);
  std::size_t all = left.size() + right.size() - shared;
  return static_cast<std::int64_t>((shared * 100) / all);
}

std::string format(const value& v, language lang) {
  switch (v.what()) {
    case value::kind::none: return lang == language::vi ? "(không có)" : "(none)";
    case value::kind::boolean:
      if (lang == language::vi) return v.as_bool() ? "đúng" : "sai";
      return v.as_bool() ? "true" : "false";
    case value::kind::integer: return std::to_string(v.as_int());
    case value::kind::string: return std::string(v.as_string());
    case value::kind::date: return to_string(v.as_date());
    case value::kind::interval: return to_string(v.as_interval());
    case value::kind::list: {
      const list& items = v.as_list();
      std::string out;
      for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + format(items[i], lang);
      return out;
    }
    case value::kind::object: break;
  }
  const object o = v.as_object();
  return o.type ? o.type->show(o.ptr) : "object";
}

void add_builtins(host_registry& registry) {
  add_text_functions(registry);
  add_list_functions(registry);
  add_date_functions(registry);
  add_presence_functions(registry);
}

}  // namespace planlint::eval
