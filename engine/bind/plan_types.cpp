// The plan as a whole, its header, its school year, its parts and its free-text passages.
#include "engine/bind/locate.hpp"
#include "engine/bind/root.hpp"
#include "engine/bind/types.hpp"

namespace planlint::bind {

namespace {

using eval::type;
using model::plan_view;

const std::string header = "đầu văn bản";

void add_plan(const host_types& t) {
  using R = check_root;
  t.plan
      .field_of<R>("school_name", type::string(), [](const R& r) {
        return text_value(r.view->plan->school.name, place_ref{&header, ", tên trường"});
      })
      .field_of<R>("school_level", type::string(), [](const R& r) {
        return text_value(r.view->plan->school.level, literal_place("cấp học"));
      })
      .field_of<R>("authority", type::string(), [](const R& r) {
        return text_value(r.view->plan->school.authority, place_ref{&header, ", cơ quan chủ quản"});
      })
      .field_of<R>("province", type::string(), [](const R& r) {
        return text_value(r.view->plan->school.province, place_ref{&header});
      })
      .field_of<R>("framework_written", type::string(), [](const R& r) {
        return text_value(r.view->plan->framework, literal_place("khung tiêu chuẩn"));
      })
      .field_of<R>("document", type::object(t.document), [&document = t.document](const R& r) {
        return eval::value(eval::object{&document, r.view});
      })
      .field_of<R>("has_sections", type::boolean(), [](const R& r) { return r.view->plan->sections_present; })
      .field_of<R>("sections", type::list_of(type::object(t.section)), [](const R& r) { return r.sections; })
      .field_of<R>("has_legal_basis", type::boolean(), [](const R& r) {
        return r.view->plan->legal_basis.present && !r.view->plan->legal_basis.blank();
      })
      .field_of<R>("legal_basis", type::list_of(type::string()), [](const R& r) {
        return text_items(r.view->plan->legal_basis, literal_place("phần căn cứ"));
      })
      .field_of<R>("citations", type::list_of(type::object(t.citation)), [](const R& r) { return r.citations; })
      .field_of<R>("has_self_assessment", type::boolean(), [](const R& r) {
        return r.view->plan->self_assessment.present;
      })
      .field_of<R>("has_results", type::boolean(), [](const R& r) {
        return !r.view->plan->self_assessment.results.empty();
      })
      .field_of<R>("assessment_period", type::string(), [](const R& r) {
        return text_value(r.view->plan->self_assessment.period, literal_place("kết quả tự đánh giá"));
      })
      .field_of<R>("results", type::list_of(type::object(t.result)), [](const R& r) { return r.results; })
      .field_of<R>("rows", type::list_of(type::object(t.row)), [](const R& r) { return r.rows; })
      .field_of<R>("passages", type::list_of(type::object(t.passage)), [](const R& r) { return r.passages; })
      .field_of<R>("dated_passages", type::list_of(type::object(t.passage)),
                   [](const R& r) { return r.dated_passages; })
      .locate([](const void* p) {
        const R& r = *static_cast<const R*>(p);
        eval::location whole;
        if (!r.view->plan->source().text().empty()) whole.where = {1, 1};
        whole.place = "toàn văn bản";
        return std::optional(whole);
      })
      .display([](const void* p) {
        const R& r = *static_cast<const R*>(p);
        return std::string(r.view->plan->school.name.joined_normalized());
      });
}

void add_document(const host_types& t) {
  using V = plan_view;
  auto doc = [](const V& v) -> const plan::document_info& { return v.plan->document; };
  t.document
      .field_of<V>("present", type::boolean(), [doc](const V& v) { return doc(v).present; })
      .field_of<V>("number", type::string(), [doc](const V& v) { return text_value(doc(v).number, place_ref{&header, ", dòng Số"}); })
      .field_of<V>("place", type::string(), [doc](const V& v) {
        return text_value(doc(v).place, place_ref{&header, ", dòng địa danh và ngày tháng"});
      })
      .field_of<V>("date", type::string(), [doc](const V& v) {
        return text_value(doc(v).date, place_ref{&header, ", dòng địa danh và ngày tháng"});
      })
      .field_of<V>("date_reading", type::object(t.reading), [&reading = t.reading](const V& v) {
        return v.document_date.present ? eval::value(eval::object{&reading, &v.document_date})
                                       : eval::value();
      })
      .field_of<V>("title", type::string(), [doc](const V& v) { return text_value(doc(v).title, place_ref{&header, ", tên văn bản"}); })
      .field_of<V>("school_year", type::string(), [doc](const V& v) {
        return text_value(doc(v).school_year, place_ref{&header, ", năm học"});
      })
      .field_of<V>("signer_title", type::string(), [doc](const V& v) {
        return text_value(doc(v).signer.title, literal_place("chữ ký, chức vụ"));
      })
      .field_of<V>("signer_name", type::string(), [doc](const V& v) {
        return text_value(doc(v).signer.name, literal_place("chữ ký, họ tên"));
      })
      .field_of<V>("recipients", type::list_of(type::string()), [doc](const V& v) {
        return text_items(doc(v).recipients, literal_place("nơi nhận"));
      })
      .field_of<V>("recipients_text", type::string(), [doc](const V& v) {
        return text_value(doc(v).recipients, literal_place("nơi nhận"));
      })
      .locate([doc](const void* p) {
        const V& v = *static_cast<const V*>(p);
        return std::optional(locate(doc(v).at, "", header));
      });
}

void add_school_year(const host_types& t) {
  using V = plan_view;
  auto calendar_date = [](auto member) {
    return [member](const V& v) {
      return v.calendar ? eval::value(to_eval((*v.calendar).*member)) : eval::value();
    };
  };
  auto window = [](const V& v) { return dates::school_year_window(*v.calendar); };
  t.school_year
      .field_of<V>("text", type::string(), [](const V& v) { return eval::value::borrow(v.school_year->text); })
      .field_of<V>("start_year", type::integer(), [](const V& v) { return v.school_year->school_year->first_year; })
      .field_of<V>("end_year", type::integer(), [](const V& v) { return v.school_year->school_year->second_year; })
      .field_of<V>("malformed", type::boolean(), [](const V& v) { return v.school_year->malformed; })
      .field_of<V>("malformation", type::string(), [](const V& v) { return optional_string(v.school_year->malformation); })
      .field_of<V>("source", type::string(), [](const V& v) { return eval::value::borrow(v.school_year_source); })
      .field_of<V>("field_start", type::integer(), [](const V& v) {
        return v.field_school_year ? eval::value(v.field_school_year->school_year->first_year) : eval::value();
      })
      .field_of<V>("title_starts", type::list_of(type::integer()), [](const V& v) {
        eval::list out;
        for (const auto& r : v.title_school_years) out.push_back(eval::value(r.school_year->first_year));
        return eval::value(std::move(out));
      })
      .field_of<V>("first", type::date(), [window](const V& v) {
        return v.calendar ? eval::value(to_eval(window(v).first)) : eval::value();
      })
      .field_of<V>("last", type::date(), [window](const V& v) {
        return v.calendar ? eval::value(to_eval(window(v).last)) : eval::value();
      })
      .field_of<V>("opening", type::date(), calendar_date(&dates::school_year_days::opening))
      .field_of<V>("semester1_end", type::date(), calendar_date(&dates::school_year_days::semester1_end))
      .field_of<V>("administration_end", type::date(),
                   calendar_date(&dates::school_year_days::administration_end))
      .field_of<V>("admissions_end", type::date(), calendar_date(&dates::school_year_days::admissions_end))
      .field_of<V>("derived_calendar", type::boolean(), [](const V& v) { return v.calendar && v.calendar->derived; })
      .field_of<V>("decision", type::string(), [](const V& v) {
        return v.calendar && !v.calendar_decision.empty() ? eval::value::borrow(v.calendar_decision) : eval::value();
      })
      .locate([](const void* p) {
        const V& v = *static_cast<const V*>(p);
        const plan::text& field = v.school_year_source == "document.school_year" ? v.plan->document.school_year
                                                                                : v.plan->document.title;
        return std::optional(locate(field.at, v.school_year->text, header + ", năm học"));
      })
      .display([](const void* p) {
        const V& v = *static_cast<const V*>(p);
        const auto& y = *v.school_year->school_year;
        return std::to_string(y.first_year) + " - " + std::to_string(y.second_year);
      });
}

void add_section(const host_types& t) {
  using V = model::section_view;
  auto place = [](const V& s) { return place_ref{&s.place}; };
  t.section.field_of<V>("index", type::integer(), [](const V& s) { return static_cast<std::int64_t>(s.index); })
      .field_of<V>("number", type::string(), [place](const V& s) { return text_value(s.section->number, place(s)); })
      .field_of<V>("numeral", type::integer(), [](const V& s) { return optional_int(s.numeral); })
      .field_of<V>("previous_numeral", type::integer(), [](const V& s) { return optional_int(s.previous_numeral); })
      .field_of<V>("title", type::string(), [place](const V& s) { return text_value(s.section->title, place(s)); })
      .field_of<V>("folded_title", type::string(), [](const V& s) { return eval::value::borrow(s.folded_title); })
      .field_of<V>("body", type::string(), [place](const V& s) { return text_value(s.section->body, place(s)); })
      .locate([place](const void* p) {
        const V& s = *static_cast<const V*>(p);
        std::string quoted = std::string(s.section->number.joined_normalized()) + ". " + std::string(s.section->title.joined_normalized());
        return std::optional(locate(s.section->number.present ? s.section->number.at : s.section->at, quoted, s.place));
      })
      .display([](const void* p) { return std::string(static_cast<const V*>(p)->section->number.joined_normalized()); });
}

void add_passage(const host_types& t) {
  using V = model::passage;
  t.passage
      .field_of<V>("text", type::string(), [](const V& p) {
        return located_string(p.item->normalized, p.item->at, place_ref{p.label});
      })
      // fold(p.text), kept by the analysis: a passage is long, and several rules match on it.
      .field_of<V>("folded", type::string(), [](const V& p) { return eval::value::borrow(p.folded); })
      .field_of<V>("kind", type::string(), [](const V& p) { return eval::value::borrow(std::string_view(p.kind)); })
      .field_of<V>("label", type::string(), [](const V& p) { return eval::value::borrow(*p.label); })
      .field_of<V>("dates", type::list_of(type::object(t.reading)), [&reading = t.reading](const V& p) {
        eval::list out;
        for (const model::located_reading& r : p.dates) out.push_back(eval::value(eval::object{&reading, &r}));
        return eval::value(std::move(out));
      })
      .locate([](const void* p) {
        const V& v = *static_cast<const V*>(p);
        return std::optional(locate(v.item->at, std::string(v.item->normalized), *v.label));
      })
      .display([](const void* p) { return std::string(static_cast<const V*>(p)->item->normalized); });
}

}  // namespace

void add_plan_types(const host_types& t) {
  add_plan(t);
  add_document(t);
  add_school_year(t);
  add_section(t);
  add_passage(t);
}

}  // namespace planlint::bind
