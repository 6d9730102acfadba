#include "engine/suppress/apply.hpp"

#include <cstdio>

#include "engine/catalog/civil_date.hpp"

namespace planlint::suppress {

namespace {

bool matches(const suppression& s, const finding& f) {
  return (s.rule == "*" || s.rule == f.rule_id) && (!s.at || covers(*s.at, f.pointer));
}

bool expired(const suppression& s, const std::optional<catalog::civil_date>& as_of) {
  if (!s.until || !as_of) return false;
  auto until = catalog::parse_iso_date(*s.until);
  return until && *until < *as_of;
}

// "31/05/2025": how a Vietnamese reader writes a day.
std::string vi_date(const std::string& iso) {
  auto d = catalog::parse_iso_date(iso);
  if (!d) return iso;
  char out[16];
  std::snprintf(out, sizeof out, "%02d/%02d/%04d", d->day, d->month, d->year);
  return out;
}

// Which suppression, and for a sidecar's entry where it is written: the note's own location
// is in the plan file (reporters show findings against the plan), so a sidecar's entry is
// named in the message instead.
std::string subject(const suppression& s, language lang) {
  bool vi = lang == language::vi;
  std::string out = vi ? "Miễn trừ quy tắc \"" + s.rule + "\"" : "Suppression of \"" + s.rule + "\"";
  if (s.at) out += (vi ? " tại \"" : " at \"") + *s.at + "\"";
  else out += vi ? " cho cả kế hoạch" : " for the whole plan";
  if (!s.in_source) {
    std::string place = s.file;
    if (s.where.known()) place += ":" + std::to_string(s.where.line) + ":" + std::to_string(s.where.column);
    out += (vi ? " (trong " : " (in ") + place + ")";
  }
  return out;
}

finding note(const suppression& s, const char* rule, std::string message) {
  finding f;
  f.rule_id = rule;
  f.level = severity::info;
  f.category = "suppression";
  f.message = std::move(message);
  if (s.in_source) {
    f.pointer = s.pointer;
    f.where = s.where;
    f.end = s.end;
    f.bytes = s.bytes;
  }
  f.evidence = {{"suppression.file", s.file},
                {"suppression.entry", s.pointer},
                {"suppression.rule", s.rule},
                {"suppression.at", s.at.value_or("")},
                {"suppression.reason", s.reason}};
  if (s.until) f.evidence.push_back({"suppression.until", *s.until});
  return f;
}

finding unused_note(const suppression& s, language lang) {
  return note(s, unused_rule,
              lang == language::vi
                  ? subject(s, lang) + " không khớp với phát hiện nào; hãy xoá, hoặc sửa \"rule\" hay \"at\""
                  : subject(s, lang) + " matches no finding; remove it, or correct \"rule\" or \"at\"");
}

finding expired_note(const suppression& s, language lang) {
  return note(s, expired_rule,
              lang == language::vi
                  ? subject(s, lang) + " đã hết hạn ngày " + vi_date(*s.until) +
                        ", không còn tác dụng; hãy sửa lỗi hoặc gia hạn \"until\""
                  : subject(s, lang) + " expired on " + *s.until +
                        " and suppresses nothing; fix the finding or extend \"until\"");
}

}  // namespace

bool covers(std::string_view at, std::string_view pointer) {
  if (!pointer.starts_with(at)) return false;
  return pointer.size() == at.size() || pointer[at.size()] == '/';
}

applied_suppressions apply_suppressions(std::vector<finding> findings,
                                        const std::vector<suppression>& suppressions,
                                        std::string_view as_of, language lang) {
  applied_suppressions out;
  if (suppressions.empty()) {  // most plans: every finding stays active, in order, not copied
    out.active = std::move(findings);
    return out;
  }
  out.active.reserve(findings.size());
  auto today = catalog::parse_iso_date(as_of);
  std::vector<bool> live(suppressions.size()), used(suppressions.size(), false);
  for (std::size_t i = 0; i < suppressions.size(); ++i) live[i] = !expired(suppressions[i], today);
  for (finding& f : findings) {
    const suppression* first = nullptr;
    for (std::size_t i = 0; i < suppressions.size(); ++i) {
      if (!live[i] || !matches(suppressions[i], f)) continue;
      used[i] = true;
      if (!first) first = &suppressions[i];
    }
    if (first) out.suppressed.push_back(suppression_match{std::move(f), first->reason, first->in_source});
    else out.active.push_back(std::move(f));
  }
  for (std::size_t i = 0; i < suppressions.size(); ++i) {
    if (!live[i]) out.notes.push_back(expired_note(suppressions[i], lang));
    else if (!used[i]) out.notes.push_back(unused_note(suppressions[i], lang));
  }
  return out;
}

}  // namespace planlint::suppress
