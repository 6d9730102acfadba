// What the recipients and legal-basis rules (rules/pack/recipients.rules, legal.rules) read
// beyond the shared model: the legal basis as one place, whether a citation's issuer is the
// registry's, and whether the registry's date of issue is itself unverified.
#include "engine/bind/locate.hpp"
#include "engine/bind/root.hpp"
#include "engine/bind/types.hpp"
#include "engine/catalog/legal_registry.hpp"
#include "engine/text/issuer.hpp"

namespace planlint::bind {

using eval::type;

void add_legal_fields(const host_types& t) {
  using R = check_root;
  // The whole legal basis, so that "nothing here cites X" points at /legal_basis itself.
  t.plan.field_of<R>("legal_basis_text", type::string(), [](const R& r) {
    return text_value(r.view->plan->legal_basis, literal_place("phần căn cứ"));
  });
  using V = model::citation_view;
  // Absent when the citation names no issuer or the registry does not know the document.
  t.citation.field_of<V>("issuer_agrees", type::boolean(), [](const V& c) {
    if (c.citation.issuer.empty() || !c.match || c.match.document->issuer.empty()) return eval::value();
    return eval::value(text::names_issuer(c.citation.issuer, c.match.document->issuer));
  });
  using D = catalog::legal_document;
  t.legal_document.field_of<D>("issued_provisional", type::boolean(),
                               [](const D& d) { return d.issued_provisional; });
}

}  // namespace planlint::bind
