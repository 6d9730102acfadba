#include <algorithm>
#include <array>
#include <map>
#include <span>

#include "engine/model/plan_view.hpp"
#include "engine/text/normalize.hpp"

namespace planlint::model {

namespace {

dates::reading_context context_for(const analysis_context& c, std::optional<int> year) {
  return {year, c.calendars, c.province_shift_days};
}

bool has_text(const plan::text& t) { return t.present && !t.blank(); }

// "2024 – 2025" alone is a span of calendar years to the grammar; in document.school_year
// it means a school year, so it is read as "Năm học 2024 – 2025".
dates::read_result read_school_year_field(std::string_view written, const analysis_context& c) {
  std::string folded = text::fold(written);
  bool has_keyword = folded.find("nam hoc") != std::string::npos || folded.rfind("nh ", 0) == 0;
  if (has_keyword) return dates::read_date(written, context_for(c, std::nullopt));
  const std::string prefix = "Năm học ";
  dates::read_result r = dates::read_date(prefix + std::string(written), context_for(c, std::nullopt));
  auto shift = [&](span s) {
    auto n = static_cast<std::uint32_t>(prefix.size());
    return span{s.begin >= n ? s.begin - n : 0, s.end >= n ? s.end - n : 0};
  };
  if (r.value) {
    r.value->bytes = shift(r.value->bytes);
    r.value->text = std::string(written);
    for (auto& part : r.value->parts) part.bytes = shift(part.bytes);
  }
  if (r.error) r.error->bytes = shift(r.error->bytes);
  return r;
}

void read_school_year(const plan::plan& p, const analysis_context& c, plan_view& v) {
  if (has_text(p.document.school_year)) {
    dates::read_result r = read_school_year_field(p.document.school_year.joined_normalized(), c);
    if (r.value && r.value->school_year) v.field_school_year = r.value;
    else if (r.error) v.field_school_year_error = r.error;
    else v.field_school_year_error = dates::reading_error{{}, "không phải một năm học"};
  }
  if (has_text(p.document.title))
    for (dates::reading& r : dates::scan(p.document.title.joined_normalized(), context_for(c, {})))
      if (r.what == dates::kind::school_year && r.school_year) v.title_school_years.push_back(r);
  if (v.field_school_year) {
    v.school_year = v.field_school_year;
    v.school_year_source = "document.school_year";
  } else if (!v.title_school_years.empty()) {
    v.school_year = v.title_school_years.front();
    v.school_year_source = "document.title";
  }
  if (!v.school_year) return;
  v.school_year_start = v.school_year->school_year->first_year;
  if (!c.calendars) return;
  dates::days_lookup lookup = c.calendars->days_for_year(*v.school_year_start, c.province_shift_days);
  if (!lookup.value) {
    v.calendar_error = lookup.error;
    return;
  }
  v.calendar = lookup.value;
  if (auto entry = c.calendars->years().find(*v.school_year_start); entry != c.calendars->years().end())
    v.calendar_decision = entry->second.decision;
}

located_reading read_field(const plan::text& field, place_ref place,
                           const analysis_context& c, std::optional<int> year) {
  located_reading r;
  r.at = &field.at;
  r.place = place;
  if (!has_text(field)) return r;
  r.present = true;
  r.text = field.joined_normalized();
  dates::read_result read = dates::read_date(r.text, context_for(c, year));
  r.reading = std::move(read.value);
  r.error = std::move(read.error);
  return r;
}

// By value: the caller moves a reading it has no more use for (a copy is a heap allocation
// for its text and one for its parts).
void take(std::optional<dates::read_result> read, located_reading& into) {
  if (!read) return;
  into.present = true;
  into.reading = std::move(read->value);
  into.error = std::move(read->error);
  if (into.reading) into.text = into.reading->text;
}

bool is_period(const located_reading& r) {
  return r.reading && r.reading->when && r.reading->what != dates::kind::day &&
         r.reading->what != dates::kind::open_ended;
}

// `v` is where it stays: the places point at its cell_place.
void read_timeline(const plan::row& row, const analysis_context& c, std::optional<int> year,
                   row_view& v) {
  const plan::timeline_field& t = row.timeline;
  const place_ref place{&v.cell_place, "Thời gian"};
  v.start.at = v.end.at = &t.at;
  v.start.place = v.end.place = place;
  if (!t.present) return;
  if (t.structured) {
    v.timeline_labelled = true;
    v.start = read_field(t.start, place, c, year);
    v.end = read_field(t.end, place, c, year);
    v.timeline_text = std::string(t.start.joined_normalized()) + " - " + std::string(t.end.joined_normalized());
  } else if (has_text(t.whole)) {
    v.timeline_text = t.whole.joined_normalized();
    dates::timeline read = dates::read_timeline(v.timeline_text, context_for(c, year));
    if (read.whole) {
      take(read.whole, v.start);
      take(std::move(read.whole), v.end);
      if (!v.end.reading) v.start.text = v.end.text = v.timeline_text;
    } else {
      v.timeline_labelled = true;
      take(std::move(read.start), v.start);
      take(std::move(read.end), v.end);
    }
  }
  if (v.end.present) v.deadline_source = row_view::deadline_from::end;
  else if (is_period(v.start)) v.deadline_source = row_view::deadline_from::start;
}

std::optional<int> level_of(const plan::level_value& l, std::optional<text::read_error>* error) {
  if (!l.present) return std::nullopt;
  text::read_result<text::level_value> r =
      std::holds_alternative<int>(l.written) ? text::read_level(std::get<int>(l.written))
                                             : text::read_level(std::get<std::string>(l.written));
  if (r) return r->level;
  if (error) *error = r.error();
  return std::nullopt;
}

// A criterion cell (a row's or a result's) into the view's criterion, its id, or the error.
template <typename View>
void read_criterion_cell(const plan::text& cell, View& v) {
  if (!has_text(cell)) return;
  auto r = text::read_criterion(cell.joined_normalized());
  if (!r) {
    v.criterion_error = r.error();
    return;
  }
  v.criterion = *r;
  v.criterion_id = r->id();
}

// How far back a row looks for a cell it repeats: far enough for a plan's usual repeats (the
// heading of a standard down its rows, "Hiệu trưởng" as owner), bounded so that a plan of
// thousands of rows costs no more a row.
constexpr std::size_t look_back = 16;

// A row among the last `look_back` of `earlier` whose `cell` holds the text `row`'s does.
// Readings of a cell are the cell's alone (their byte ranges are the cell's), so such a row's
// reading is this row's: reading them again was 4,000 instructions a standard heading and
// 3,000 an owner cell.
const row_view* same_cell(plan::text plan::row::*cell, const plan::row& row, std::span<const row_view> earlier) {
  const std::string_view written = (row.*cell).joined_normalized();
  const std::size_t from = earlier.size() > look_back ? earlier.size() - look_back : 0;
  for (std::size_t i = earlier.size(); i-- > from;) {
    const plan::text& theirs = earlier[i].row->*cell;
    if (has_text(theirs) && theirs.joined_normalized() == written) return &earlier[i];
  }
  return nullptr;
}

void read_standard_cell(const plan::row& row, std::span<const row_view> earlier, row_view& v) {
  if (!has_text(row.standard)) return;
  if (const row_view* same = same_cell(&plan::row::standard, row, earlier)) {
    v.standard = same->standard;
    v.standard_error = same->standard_error;
    return;
  }
  auto r = text::read_standard(row.standard.joined_normalized());
  if (r) v.standard = *r;
  else v.standard_error = r.error();
}

void read_owners_cell(const plan::row& row, std::span<const row_view> earlier, row_view& v) {
  if (!has_text(row.owners)) return;
  const row_view* same = same_cell(&plan::row::owners, row, earlier);
  v.owners = same ? same->owners : text::read_owners(row.owners.joined_normalized());
}

// Reads `row` into `v`, which is where the row's view stays (its dates' places point at
// its cell_place); `earlier` are the views of the rows before it.
void read_row(const plan::row& row, const analysis_context& c, std::optional<int> year,
              std::span<const row_view> earlier, row_view& v) {
  v.row = &row;
  read_criterion_cell(row.criterion, v);
  read_standard_cell(row, earlier, v);
  v.target_level = level_of(row.target_level, nullptr);
  if (!v.target_level && has_text(row.target)) {
    auto r = text::find_level_in(row.target.joined_normalized());
    if (r) v.target_level = r->level;
  }
  read_owners_cell(row, earlier, v);
  if (has_text(row.no)) v.label = "dòng TT " + std::string(row.no.joined_normalized());
  else if (v.criterion) v.label = "dòng tiêu chí " + v.criterion_id;
  else v.label = "dòng " + std::to_string(row.index + 1);
  v.cell_place = "bảng kế hoạch, " + v.label + ", cột ";
  read_timeline(row, c, year, v);
}

result_view read_result_row(const plan::result& r) {
  result_view v;
  v.result = &r;
  read_criterion_cell(r.criterion, v);
  v.level = level_of(r.level, &v.level_error);
  return v;
}

// A passage to be: its text item, kind and label (a section_view's or row_view's, which
// stay where they are from here on), and where its fold lies in v.folded_passages.
struct passage_source {
  const plan::text_item* item;
  const char* kind;
  const std::string* label;
  std::size_t folded_begin, folded_size;
  bool one_byte_per_character;  // see text::fold_normalized_append()
};

// Each non-empty item of `t` as a passage source, its fold appended to `folds`.
void collect_passages(const plan::text& t, const char* kind, const std::string& label,
                      std::vector<passage_source>& out, std::string& folds) {
  if (!t.present) return;
  for (const plan::text_item& item : t.items) {
    if (item.normalized.empty()) continue;
    const std::size_t begin = folds.size();
    const bool one_byte_per_character = text::fold_normalized_append(item.normalized, folds);
    out.push_back({&item, kind, &label, begin, folds.size() - begin, one_byte_per_character});
  }
}

// Every passage is folded first, into one buffer (a string per passage was a heap
// allocation for most of them); then, the buffer complete, each passage views its fold and
// is scanned for dates.
void read_passages(const analysis_context& c, plan_view& v) {
  std::vector<passage_source> sources;
  std::string all_folds;
  for (const section_view& s : v.sections) {
    collect_passages(s.section->title, "section", s.label, sources, all_folds);
    collect_passages(s.section->body, "section", s.label, sources, all_folds);
  }
  for (const row_view& r : v.rows) {
    collect_passages(r.row->target, "target", r.label, sources, all_folds);
    collect_passages(r.row->actions, "action", r.label, sources, all_folds);
    collect_passages(r.row->notes, "note", r.label, sources, all_folds);
  }
  v.folded_passages = std::make_unique<const std::string>(std::move(all_folds));
  const std::string_view folds = *v.folded_passages;
  const dates::reading_context context = context_for(c, v.school_year_start);
  v.passages.reserve(sources.size());
  for (const passage_source& source : sources) {
    passage each{source.item, source.kind, source.label, folds.substr(source.folded_begin, source.folded_size), {}};
    for (dates::reading& found :
         dates::scan(source.item->normalized, each.folded, context, source.one_byte_per_character)) {
      located_reading r;
      r.present = true;
      r.text = found.text;
      r.reading = std::move(found);
      r.at = &source.item->at;
      r.place = {source.label};
      each.dates.push_back(std::move(r));
    }
    v.passages.push_back(std::move(each));
  }
}

// What the registry and the frameworks say about a cited document.
void describe_cited(const catalog::catalog& data, const catalog::legal_document& doc,
                    citation_view& cv) {
  // Only the frameworks the document issues: an amendment (TT22/2024 amends TT17, TT18 and
  // TT19) belongs to no one school level. A document issuing several versions (TT57/2026,
  // one per group of levels) covers all their levels.
  const std::string key = catalog::number_symbol_key(doc.number_symbol);
  for (const catalog::framework* f : catalog::frameworks_for_document(data, doc.number_symbol)) {
    if (f->document_key != key) continue;
    cv.framework_family = f->family;
    for (const std::string& level : f->school_levels)
      if (std::find(cv.framework_levels.begin(), cv.framework_levels.end(), level) == cv.framework_levels.end())
        cv.framework_levels.push_back(level);
  }
  for (const catalog::document_relation& newer : doc.replaced_by) {
    const catalog::legal_document* replacement = data.registry.find_exact(newer.number_symbol);
    if (!replacement) continue;
    std::optional<catalog::civil_date> from = replacement->effective ? replacement->effective
                                                                     : replacement->issued;
    if (!from || newer.provisional) continue;
    if (!cv.replaced_on || *from < *cv.replaced_on) {
      cv.replaced_on = from;
      cv.replaced_by = replacement->number_symbol;
    }
  }
}

void read_citations(const plan::plan& p, const analysis_context& c, plan_view& v) {
  if (!p.legal_basis.present) return;
  for (std::size_t i = 0; i < p.legal_basis.items.size(); ++i) {
    const plan::text_item& item = p.legal_basis.items[i];
    for (text::citation& found : text::find_citations(item.normalized)) {
      citation_view cv;
      cv.item = &item;
      cv.item_index = i;
      cv.citation = std::move(found);
      if (c.catalog && !cv.citation.number_symbol.empty())
        cv.match = c.catalog->registry.lookup(cv.citation.number_symbol);
      cv.date.at = &item.at;
      cv.place = "phần căn cứ, mục " + std::to_string(i + 1);
      if (!cv.citation.date_text.empty()) {
        cv.date.present = true;
        cv.date.text = cv.citation.date_text;
        dates::read_result read = dates::read_date(cv.date.text, context_for(c, std::nullopt));
        cv.date.reading = std::move(read.value);
        cv.date.error = std::move(read.error);
      }
      if (c.catalog && cv.match) describe_cited(*c.catalog, *cv.match.document, cv);
      // A document the registry lacks is recognised again by its number.
      for (const citation_view& earlier : v.citations)
        if (cv.match ? earlier.match.document == cv.match.document
                     : !cv.citation.number_symbol.empty() && !earlier.match &&
                           catalog::number_symbol_key(earlier.citation.number_symbol) ==
                               catalog::number_symbol_key(cv.citation.number_symbol))
          cv.first_of_document = false;
      v.citations.push_back(std::move(cv));
    }
  }
  // Now that the citations stay where they are, each date's place is its citation's.
  for (citation_view& cv : v.citations) cv.date.place = {&cv.place};
}

std::optional<catalog::civil_date> catalog_date(const located_reading& d) {
  if (!d.reading || !d.reading->when) return std::nullopt;
  const dates::civil_date& day = d.reading->when->first;
  return catalog::civil_date{day.year, day.month, day.day};
}

void choose_target_level(const plan::plan& p, const analysis_context& c, plan_view& v) {
  if (c.target_level_policy) {
    v.target_level = c.target_level_policy;
    v.target_level_source = "configuration";
  } else if (auto given = level_of(p.self_assessment.target_level, nullptr)) {
    v.target_level = given;
    v.target_level_source = "self_assessment.target_level";
  } else if (auto most = effective_target_level(v.results)) {
    v.target_level = most;
    v.target_level_source = "most criteria";
  }
}

// Points rows and results at the framework's own criteria and standards.
void link_official(plan_view& v) {
  const catalog::framework* f = v.framework.chosen;
  if (!f) return;
  for (row_view& r : v.rows) {
    if (r.criterion) r.official = f->find(r.criterion->standard, r.criterion->number);
    int standard = r.criterion ? r.criterion->standard : r.standard ? r.standard->standard : 0;
    if (r.standard) standard = r.standard->standard;
    r.official_standard = standard ? f->find_standard(standard) : nullptr;
  }
  for (result_view& r : v.results)
    if (r.criterion) r.official = f->find(r.criterion->standard, r.criterion->number);
}

}  // namespace

std::optional<int> roman_or_arabic_numeral(std::string_view written) {
  std::string s = text::normalize(written);
  while (!s.empty() && (s.back() == '.' || s.back() == ')' || s.back() == ':')) s.pop_back();
  if (s.empty()) return std::nullopt;
  if (std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
    return s.size() <= 3 ? std::optional<int>(std::stoi(s)) : std::nullopt;
  static const std::map<char, int> digits{{'I', 1}, {'V', 5}, {'X', 10}, {'L', 50}, {'C', 100}};
  int total = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char ch = static_cast<char>(std::toupper(static_cast<unsigned char>(s[i])));
    auto it = digits.find(ch);
    if (it == digits.end()) return std::nullopt;
    int next = 0;
    if (i + 1 < s.size()) {
      auto n = digits.find(static_cast<char>(std::toupper(static_cast<unsigned char>(s[i + 1]))));
      if (n != digits.end()) next = n->second;
    }
    total += it->second < next ? -it->second : it->second;
  }
  return total > 0 ? std::optional<int>(total) : std::nullopt;
}

std::optional<int> effective_target_level(const std::vector<result_view>& results) {
  std::array<int, 5> votes{};
  bool any = false;
  for (const result_view& r : results)
    if (r.level && *r.level >= 0 && *r.level <= 4) ++votes[static_cast<std::size_t>(*r.level)], any = true;
  if (!any) return std::nullopt;
  int best = 0;
  for (int level = 1; level <= 4; ++level)
    if (votes[static_cast<std::size_t>(level)] >= votes[static_cast<std::size_t>(best)]) best = level;
  return best;
}

// The views that name a criterion, sorted by it (stable: each criterion's in plan order).
template <typename View>
std::vector<const View*> by_criterion(const std::vector<View>& views) {
  std::vector<const View*> sorted;
  sorted.reserve(views.size());  // once, not at each doubling (ten allocations a check)
  for (const View& x : views)
    if (x.criterion) sorted.push_back(&x);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const View* a, const View* b) { return a->criterion_id < b->criterion_id; });
  return sorted;
}

// The run of `sorted` (from by_criterion) for one criterion id.
template <typename View>
std::span<const View* const> with_criterion(const std::vector<const View*>& sorted, std::string_view id) {
  struct by_id {
    bool operator()(const View* a, std::string_view b) const { return a->criterion_id < b; }
    bool operator()(std::string_view a, const View* b) const { return a < b->criterion_id; }
  };
  const auto [first, last] = std::equal_range(sorted.begin(), sorted.end(), id, by_id{});
  return {first, last};
}

// The links of each row (row_view::previous, results, same_criterion_rows) and of each result
// (result_view::rows); v.rows and v.results are complete and stay where they are from here on.
void link_rows(plan_view& v) {
  v.rows_by_criterion = by_criterion(v.rows);
  v.results_by_criterion = by_criterion(v.results);
  for (std::size_t i = 0; i < v.rows.size(); ++i) {
    row_view& r = v.rows[i];
    if (i > 0) r.previous = &v.rows[i - 1];
    if (!r.criterion) continue;
    r.same_criterion_rows = with_criterion(v.rows_by_criterion, r.criterion_id);
    r.results = with_criterion(v.results_by_criterion, r.criterion_id);
  }
  for (result_view& r : v.results)
    if (r.criterion) r.rows = with_criterion(v.rows_by_criterion, r.criterion_id);
}

plan_view analyze(const plan::plan& p, const analysis_context& c) {
  plan_view v;
  v.plan = &p;
  read_school_year(p, c, v);
  const place_ref document_date_place{nullptr, "đầu văn bản, dòng địa danh và ngày tháng"};
  v.document_date = read_field(p.document.date, document_date_place, c, v.school_year_start);
  if (c.catalog) {
    std::string level(p.school.level.present ? p.school.level.joined_normalized() : "");
    std::string explicit_framework(p.framework.present ? p.framework.joined_normalized() : "");
    v.framework = catalog::select_framework(*c.catalog, level, catalog_date(v.document_date),
                                            explicit_framework);
  }
  // Each view vector allocated once: a row_view is about 1 KB, moved at every doubling. For
  // the rows it is also what keeps them where they are: their dates' places point at their
  // cell_place (read_timeline).
  v.sections.reserve(p.sections.size());
  v.rows.reserve(p.rows.size());
  v.results.reserve(p.self_assessment.results.size());
  for (std::size_t i = 0; i < p.sections.size(); ++i) {
    section_view s{&p.sections[i], i, roman_or_arabic_numeral(p.sections[i].number.joined_normalized()),
                   std::nullopt, "phần " + std::string(p.sections[i].number.joined_normalized()), {}, {}};
    s.label = s.place;
    if (has_text(p.sections[i].title)) s.label += " (" + std::string(p.sections[i].title.joined_normalized()) + ")";
    text::fold_normalized_append(p.sections[i].title.joined_normalized(), s.folded_title);
    if (i > 0) s.previous_numeral = v.sections[i - 1].numeral;
    v.sections.push_back(std::move(s));
  }
  for (const plan::row& row : p.rows) {
    const std::span<const row_view> earlier(v.rows.data(), v.rows.size());  // reserved: stays put
    read_row(row, c, v.school_year_start, earlier, v.rows.emplace_back());
  }
  for (const plan::result& r : p.self_assessment.results) v.results.push_back(read_result_row(r));
  link_official(v);
  link_rows(v);
  choose_target_level(p, c, v);
  read_passages(c, v);
  read_citations(p, c, v);
  return v;
}

}  // namespace planlint::model
