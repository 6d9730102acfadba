#include "engine/catalog/legal_registry.hpp"

#include "engine/text/normalize.hpp"

namespace planlint::catalog {

std::string number_symbol_key(std::string_view number_symbol) {
  std::string key;
  for (char c : text::fold(number_symbol))
    if (c != ' ' && c != '-' && c != '.' && c != '&') key += c;
  // "08/2025/..." is also written "8/2025/...": the number itself is what identifies it.
  std::size_t zeros = 0;
  while (zeros + 1 < key.size() && key[zeros] == '0' && key[zeros + 1] != '/') ++zeros;
  return key.substr(zeros);
}

legal_registry::legal_registry(std::vector<legal_document> documents)
    : documents_(std::move(documents)) {
  for (std::size_t i = 0; i < documents_.size(); ++i) {
    by_key_.emplace(number_symbol_key(documents_[i].number_symbol), i);
    for (const auto& wrong : documents_[i].known_misspellings)
      by_misspelling_key_.emplace(number_symbol_key(wrong), i);
  }
}

document_match legal_registry::lookup(std::string_view written) const {
  std::string key = number_symbol_key(written);
  if (auto it = by_key_.find(key); it != by_key_.end()) {
    const legal_document& d = documents_[it->second];
    bool exact = text::normalize(written) == text::normalize(d.number_symbol);
    return {&d, exact ? match_kind::exact : match_kind::variant};
  }
  if (auto it = by_misspelling_key_.find(key); it != by_misspelling_key_.end())
    return {&documents_[it->second], match_kind::misspelling};
  return {};
}

const legal_document* legal_registry::find(std::string_view number_symbol) const {
  return lookup(number_symbol).document;
}

const legal_document* legal_registry::find_exact(std::string_view number_symbol) const {
  document_match m = lookup(number_symbol);
  return m.kind == match_kind::exact ? m.document : nullptr;
}

}  // namespace planlint::catalog
