// The reference data rules compare a plan with: the framework in force (criteria,
// standards, amendments) and the documents the legal basis cites.
#include "engine/bind/locate.hpp"
#include "engine/bind/objects.hpp"
#include "engine/bind/types.hpp"
#include "engine/catalog/framework.hpp"
#include "engine/catalog/legal_registry.hpp"
#include "engine/model/plan_view.hpp"

namespace planlint::bind {

namespace {

using eval::type;

eval::value optional_date(const std::optional<catalog::civil_date>& d) {
  return d ? eval::value(to_eval(*d)) : eval::value();
}

// The catalog's strings, borrowed: the catalog outlives every evaluation.
eval::value strings(const std::vector<std::string>& items) {
  eval::list out;
  out.reserve(items.size());
  for (const std::string& item : items) out.push_back(eval::value::borrow(item));
  return eval::value(std::move(out));
}

void add_framework(const host_types& t) {
  using F = catalog::framework;
  t.framework.field_of<F>("id", type::string(), [](const F& f) { return eval::value::borrow(f.id); })
      .field_of<F>("family", type::string(), [](const F& f) { return eval::value::borrow(f.family); })
      .field_of<F>("document", type::string(), [](const F& f) { return eval::value::borrow(f.document); })
      .field_of<F>("top_level", type::integer(), [](const F& f) { return f.top_level; })
      .field_of<F>("highest_criterion_level", type::integer(), [](const F& f) { return f.highest_criterion_level; })
      .field_of<F>("provisional", type::boolean(), [](const F& f) { return f.provisional; })
      .field_of<F>("effective_from", type::date(), [](const F& f) { return optional_date(f.effective_from); })
      .field_of<F>("school_levels", type::list_of(type::string()), [](const F& f) { return strings(f.school_levels); })
      .field_of<F>("criteria", type::list_of(type::object(t.criterion)),
                   [&c = t.criterion](const F& f) { return objects(c, f.criteria); })
      .field_of<F>("standards", type::list_of(type::object(t.standard)),
                   [&s = t.standard](const F& f) { return objects(s, f.standards); })
      .field_of<F>("amendments", type::list_of(type::object(t.amendment)),
                   [&a = t.amendment](const F& f) { return objects(a, f.amendments); })
      .display([](const void* p) { return static_cast<const F*>(p)->id; });
  using C = catalog::criterion;
  t.criterion.field_of<C>("id", type::string(), [](const C& c) { return eval::value::borrow(c.id); })
      .field_of<C>("name", type::string(), [](const C& c) { return eval::value::borrow(c.name); })
      .field_of<C>("standard", type::integer(), [](const C& c) { return c.standard; })
      .field_of<C>("number", type::integer(), [](const C& c) { return c.number; })
      .field_of<C>("highest_level", type::integer(), [](const C& c) { return c.highest_level; })
      .field_of<C>("provisional", type::boolean(), [](const C& c) { return c.provisional; })
      .display([](const void* p) { return static_cast<const C*>(p)->id; });
  using S = catalog::standard;
  t.standard.field_of<S>("number", type::integer(), [](const S& s) { return s.number; })
      .field_of<S>("name", type::string(), [](const S& s) { return eval::value::borrow(s.name); })
      .display([](const void* p) { return static_cast<const S*>(p)->name; });
  using A = catalog::amendment;
  t.amendment.field_of<A>("document", type::string(), [](const A& a) { return eval::value::borrow(a.document); })
      .field_of<A>("effective_from", type::date(), [](const A& a) { return optional_date(a.effective_from); })
      .field_of<A>("provisional", type::boolean(), [](const A& a) { return a.provisional; })
      .display([](const void* p) { return static_cast<const A*>(p)->document; });
}

void add_citation(const host_types& t) {
  using V = model::citation_view;
  // The analysis keeps each citation's place ("phần căn cứ, mục 2"): the values borrow it.
  auto place = [](const V& c) { return place_ref{&c.place}; };
  t.citation
      .field_of<V>("text", type::string(), [place](const V& c) {
        return located_string(c.item->normalized, c.item->at, place(c));
      })
      .field_of<V>("item", type::integer(), [](const V& c) { return static_cast<std::int64_t>(c.item_index); })
      .field_of<V>("type", type::string(), [](const V& c) { return eval::value::borrow(c.citation.type); })
      .field_of<V>("number_symbol", type::string(), [place](const V& c) {
        return located_string(c.citation.number_symbol, c.item->at, place(c));
      })
      .field_of<V>("well_formed", type::boolean(), [](const V& c) { return c.citation.well_formed; })
      .field_of<V>("number", type::integer(), [](const V& c) { return optional_int(c.citation.number); })
      .field_of<V>("year_in_number", type::integer(), [](const V& c) { return optional_int(c.citation.year_in_number); })
      .field_of<V>("symbol", type::string(), [](const V& c) { return optional_string(c.citation.symbol); })
      .field_of<V>("date", type::object(t.reading), [&reading = t.reading](const V& c) {
        return c.date.present ? eval::value(eval::object{&reading, &c.date}) : eval::value();
      })
      .field_of<V>("issuer", type::string(), [](const V& c) { return optional_string(c.citation.issuer); })
      .field_of<V>("match", type::string(), [](const V& c) {
        switch (c.match.kind) {
          case catalog::match_kind::exact: return eval::value("exact");
          case catalog::match_kind::variant: return eval::value("variant");
          case catalog::match_kind::misspelling: return eval::value("misspelling");
          case catalog::match_kind::none: break;
        }
        return eval::value("none");
      })
      .field_of<V>("document", type::object(t.legal_document), [&d = t.legal_document](const V& c) {
        return c.match ? eval::value(eval::object{&d, c.match.document}) : eval::value();
      })
      .field_of<V>("first_of_document", type::boolean(), [](const V& c) { return c.first_of_document; })
      .field_of<V>("framework_family", type::string(), [](const V& c) { return optional_string(c.framework_family); })
      .field_of<V>("framework_levels", type::list_of(type::string()), [](const V& c) { return strings(c.framework_levels); })
      .field_of<V>("replaced_by", type::string(), [](const V& c) { return optional_string(c.replaced_by); })
      .field_of<V>("replaced_on", type::date(), [](const V& c) { return optional_date(c.replaced_on); })
      .locate([](const void* p) {
        const V& c = *static_cast<const V*>(p);
        return std::optional(locate(c.item->at, c.citation.number_symbol, c.place));
      })
      .display([](const void* p) { return static_cast<const V*>(p)->citation.number_symbol; });
  using D = catalog::legal_document;
  t.legal_document.field_of<D>("number_symbol", type::string(), [](const D& d) { return eval::value::borrow(d.number_symbol); })
      .field_of<D>("type", type::string(), [](const D& d) { return eval::value::borrow(d.type); })
      .field_of<D>("issuer", type::string(), [](const D& d) { return eval::value::borrow(d.issuer); })
      .field_of<D>("issued", type::date(), [](const D& d) { return optional_date(d.issued); })
      .field_of<D>("effective", type::date(), [](const D& d) { return optional_date(d.effective); })
      .field_of<D>("subject", type::string(), [](const D& d) { return eval::value::borrow(d.subject); })
      .field_of<D>("provisional", type::boolean(), [](const D& d) { return d.provisional; })
      .field_of<D>("amends", type::list_of(type::string()), [](const D& d) { return strings(d.amends); })
      .display([](const void* p) { return static_cast<const D*>(p)->number_symbol; });
}

}  // namespace

void add_reference_types(const host_types& t) {
  add_framework(t);
  add_citation(t);
}

}  // namespace planlint::bind
