// The improvement table's rows, the self-assessment's results, and date readings.
#include "engine/bind/locate.hpp"
#include "engine/bind/objects.hpp"
#include "engine/bind/types.hpp"
#include "engine/model/plan_view.hpp"
#include "engine/text/normalize.hpp"

namespace planlint::bind {

namespace {

using model::located_reading;
using model::result_view;
using model::row_view;
using eval::type;

place_ref cell(const row_view& r, const char* column) { return {&r.cell_place, column}; }

const std::string results_place = "kết quả tự đánh giá";

eval::value reading_object(const eval::host_type& reading, const located_reading* r) {
  if (!r || !r->present) return {};
  return eval::value(eval::object{&reading, r});
}

void add_reading(const host_types& t) {
  using R = located_reading;
  auto interval_of = [](const R& r) -> const dates::interval* {
    return r.reading && r.reading->when ? &*r.reading->when : nullptr;
  };
  t.reading
      .field_of<R>("text", type::string(), [](const R& r) { return eval::value::borrow(r.text); })
      .field_of<R>("known", type::boolean(), [interval_of](const R& r) { return interval_of(r) != nullptr; })
      .field_of<R>("first", type::date(), [interval_of](const R& r) {
        auto i = interval_of(r);
        return i ? eval::value(to_eval(i->first)) : eval::value();
      })
      .field_of<R>("last", type::date(), [interval_of](const R& r) {
        auto i = interval_of(r);
        return i ? eval::value(to_eval(i->last)) : eval::value();
      })
      .field_of<R>("interval", type::interval(), [interval_of](const R& r) {
        auto i = interval_of(r);
        return i ? eval::value(eval::interval{to_eval(i->first), to_eval(i->last)}) : eval::value();
      })
      .field_of<R>("kind", type::string(), [](const R& r) {
        return r.reading ? eval::value(dates::to_string(r.reading->what)) : eval::value();
      })
      .field_of<R>("open_ended", type::boolean(), [](const R& r) { return r.reading && r.reading->open_ended; })
      .field_of<R>("recurring", type::boolean(), [](const R& r) { return r.reading && r.reading->recurring; })
      .field_of<R>("malformed", type::boolean(), [](const R& r) { return r.reading && r.reading->malformed; })
      .field_of<R>("malformation", type::string(), [](const R& r) {
        return r.reading ? optional_string(r.reading->malformation) : eval::value();
      })
      .field_of<R>("school_year_start", type::integer(), [](const R& r) {
        return r.reading && r.reading->school_year ? eval::value(r.reading->school_year->first_year)
                                                   : eval::value();
      })
      .field_of<R>("school_year_end", type::integer(), [](const R& r) {
        return r.reading && r.reading->school_year ? eval::value(r.reading->school_year->second_year)
                                                   : eval::value();
      })
      .field_of<R>("default_calendar", type::boolean(), [](const R& r) {
        return r.reading && r.reading->relies_on_default_calendar;
      })
      .field_of<R>("error", type::string(), [](const R& r) {
        return r.error ? eval::value::borrow(r.error->message) : eval::value();
      })
      .locate([](const void* p) {
        const R& r = *static_cast<const R*>(p);
        if (!r.at) return std::optional<eval::location>();
        return std::optional(locate(*r.at, r.text, r.place.text()));
      })
      .display([](const void* p) { return static_cast<const R*>(p)->text; });
}

void add_row(const host_types& t) {
  using V = row_view;
  t.row.field_of<V>("index", type::integer(), [](const V& r) { return static_cast<std::int64_t>(r.row->index); })
      .field_of<V>("label", type::string(), [](const V& r) { return eval::value::borrow(r.label); })
      .field_of<V>("previous", type::object(t.row), [&row = t.row](const V& r) {
        return r.previous ? eval::value(eval::object{&row, r.previous}) : eval::value();
      })
      .field_of<V>("results", type::list_of(type::object(t.result)),
                   [&result = t.result](const V& r) { return objects(result, r.results); })
      .field_of<V>("same_criterion_rows", type::list_of(type::object(t.row)),
                   [&row = t.row](const V& r) { return objects(row, r.same_criterion_rows); })
      .field_of<V>("no", type::string(), [](const V& r) { return text_value(r.row->no, cell(r, "TT")); })
      .field_of<V>("standard", type::string(), [](const V& r) {
        return text_value(r.row->standard, cell(r, "Tiêu chuẩn"));
      })
      .field_of<V>("standard_number", type::integer(), [](const V& r) {
        return r.standard ? eval::value(r.standard->standard) : eval::value();
      })
      .field_of<V>("standard_title", type::string(), [](const V& r) {
        return r.standard && !r.standard->title.empty()
                   ? located_string(r.standard->title, r.row->standard.at, cell(r, "Tiêu chuẩn"))
                   : eval::value();
      })
      .field_of<V>("criterion", type::string(), [](const V& r) {
        return text_value(r.row->criterion, cell(r, "Tiêu chí"));
      })
      .field_of<V>("criterion_id", type::string(), [](const V& r) {
        return r.criterion ? eval::value::borrow(r.criterion_id) : eval::value();
      })
      .field_of<V>("criterion_standard", type::integer(), [](const V& r) {
        return r.criterion ? eval::value(r.criterion->standard) : eval::value();
      })
      .field_of<V>("criterion_error", type::string(), [](const V& r) {
        return r.criterion_error ? eval::value::borrow(r.criterion_error->message) : eval::value();
      })
      .field_of<V>("criterion_title", type::string(), [](const V& r) {
        // The title column when written, else the text after the reference ("Tiêu chí 1.3: …").
        if (r.row->criterion_title.present && !r.row->criterion_title.blank())
          return text_value(r.row->criterion_title, cell(r, "Tiêu chí"));
        if (r.criterion && !r.criterion->rest.empty())
          return located_string(r.criterion->rest, r.row->criterion.at, cell(r, "Tiêu chí"));
        return eval::value();
      })
      .field_of<V>("official", type::object(t.criterion), [&criterion = t.criterion](const V& r) {
        return r.official ? eval::value(eval::object{&criterion, r.official}) : eval::value();
      })
      .field_of<V>("official_standard", type::object(t.standard), [&standard = t.standard](const V& r) {
        return r.official_standard ? eval::value(eval::object{&standard, r.official_standard})
                                   : eval::value();
      })
      .field_of<V>("target", type::string(), [](const V& r) {
        return text_value(r.row->target, cell(r, "Kết quả cần đạt"));
      })
      .field_of<V>("target_level", type::integer(), [](const V& r) { return optional_int(r.target_level); })
      .field_of<V>("actions", type::list_of(type::string()), [](const V& r) {
        return text_items(r.row->actions, cell(r, "Công việc/giải pháp"));
      })
      .field_of<V>("actions_text", type::string(), [](const V& r) {
        return text_value(r.row->actions, cell(r, "Công việc/giải pháp"));
      })
      .field_of<V>("owners", type::string(), [](const V& r) {
        return text_value(r.row->owners, cell(r, "Chủ trì và phối hợp"));
      })
      .field_of<V>("parties", type::list_of(type::string()), [](const V& r) {
        eval::list out;
        for (const text::party& p : r.owners)
          out.push_back(located_string(p.text, r.row->owners.at, cell(r, "Chủ trì và phối hợp")));
        return eval::value(std::move(out));
      })
      .field_of<V>("timeline", type::string(), [](const V& r) {
        if (!r.row->timeline.present) return eval::value();
        return located_string(r.timeline_text, r.row->timeline.at, cell(r, "Thời gian"));
      })
      .field_of<V>("timeline_labelled", type::boolean(), [](const V& r) { return r.timeline_labelled; })
      .field_of<V>("start", type::object(t.reading), [&reading = t.reading](const V& r) { return reading_object(reading, &r.start); })
      .field_of<V>("end", type::object(t.reading), [&reading = t.reading](const V& r) { return reading_object(reading, &r.end); })
      .field_of<V>("deadline", type::object(t.reading), [&reading = t.reading](const V& r) { return reading_object(reading, r.deadline()); })
      .field_of<V>("budget", type::string(), [](const V& r) { return text_value(r.row->budget, cell(r, "Dự kiến kinh phí")); })
      .field_of<V>("support", type::string(), [](const V& r) {
        return text_value(r.row->support, cell(r, "Điều kiện hỗ trợ khác"));
      })
      .field_of<V>("notes", type::string(), [](const V& r) { return text_value(r.row->notes, cell(r, "Ghi chú")); })
      .locate([](const void* p) {
        const V& r = *static_cast<const V*>(p);
        std::string quoted = r.row->criterion.present ? std::string(r.row->criterion.joined_normalized()) : r.label;
        return std::optional(locate(r.row->at, quoted, "bảng kế hoạch, " + r.label));
      })
      .display([](const void* p) {
        const V& r = *static_cast<const V*>(p);
        return r.criterion ? r.criterion_id : r.label;
      });
}

void add_result(const host_types& t) {
  using V = result_view;
  const place_ref place{&results_place};
  t.result
      .field_of<V>("criterion", type::string(), [place](const V& r) { return text_value(r.result->criterion, place); })
      .field_of<V>("criterion_id", type::string(), [](const V& r) {
        return r.criterion ? eval::value::borrow(r.criterion_id) : eval::value();
      })
      .field_of<V>("criterion_error", type::string(), [](const V& r) {
        return r.criterion_error ? eval::value::borrow(r.criterion_error->message) : eval::value();
      })
      .field_of<V>("level", type::integer(), [](const V& r) { return optional_int(r.level); })
      .field_of<V>("level_error", type::string(), [](const V& r) {
        return r.level_error ? eval::value::borrow(r.level_error->message) : eval::value();
      })
      .field_of<V>("weaknesses", type::string(), [place](const V& r) { return text_value(r.result->weaknesses, place); })
      .field_of<V>("has_weaknesses", type::boolean(), [](const V& r) {
        return r.result->weaknesses.present && !r.result->weaknesses.blank();
      })
      .field_of<V>("official", type::object(t.criterion), [&criterion = t.criterion](const V& r) {
        return r.official ? eval::value(eval::object{&criterion, r.official}) : eval::value();
      })
      .field_of<V>("rows", type::list_of(type::object(t.row)),
                   [&row = t.row](const V& r) { return objects(row, r.rows); })
      .locate([](const void* p) {
        const V& r = *static_cast<const V*>(p);
        std::string quoted(r.result->criterion.present ? r.result->criterion.joined_normalized() : "");
        return std::optional(locate(r.result->at, quoted, results_place + ", " + quoted));
      })
      .display([](const void* p) {
        const V& r = *static_cast<const V*>(p);
        return r.criterion ? r.criterion_id : std::string(r.result->criterion.joined_normalized());
      });
}

}  // namespace

void add_row_types(const host_types& t) {
  add_reading(t);
  add_row(t);
  add_result(t);
}

}  // namespace planlint::bind
