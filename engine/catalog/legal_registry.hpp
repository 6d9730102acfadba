#pragma once
// The documents plans cite (Thông tư, Công văn, Quyết định, Nghị định, Luật) with their
// numbers, dates and what replaces or amends what. Lookup is by "số, ký hiệu" and tolerates
// how plans converted from Word write it: spaces inside ("18/2018/TT-BGD ĐT"), "D" for "Đ",
// any case, "GD&ĐT"-style "&", a dropped leading zero ("8/2025/TT-BGDĐT").
// Immutable once built; safe to share across threads.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/catalog/civil_date.hpp"

namespace planlint::catalog {

// A link to another document; provisional when the source that states it is unverified.
struct document_relation {
  std::string number_symbol;
  bool provisional = false;
  friend bool operator==(const document_relation&, const document_relation&) = default;
};

struct legal_document {
  std::string number_symbol;  // "18/2018/TT-BGDĐT", "5932/BGDĐT-QLCL"
  std::string type;           // Thông tư | Công văn | Quyết định | Nghị định | Luật
  std::string issuer;         // "Bộ Giáo dục và Đào tạo", "Chính phủ", "Quốc hội"
  std::optional<civil_date> issued;
  std::optional<civil_date> effective;
  bool issued_provisional = false;
  bool effective_provisional = false;
  std::string subject;  // trích yếu, short
  std::string signer;
  std::vector<std::string> replaces;  // as the data states them
  std::vector<std::string> amends;
  std::vector<document_relation> replaced_by;  // derived from the others' "replaces"
  std::vector<document_relation> amended_by;   // derived from the others' "amends"
  std::vector<std::string> known_misspellings;  // "5932/BGDĐT-QCL"
  bool provisional = false;
  std::string note;
  std::string source;
  std::string confidence;  // "cao" | "trung bình" | "thấp"
};

// The comparison key of a number: folded (case, diacritics, Đ→d), without spaces, hyphens,
// dots and "&", and without leading zeros in the first group. "18/2018/TT-BGD ĐT" and
// "18/2018/TT-BGDĐT" share the key "18/2018/ttbgddt".
std::string number_symbol_key(std::string_view number_symbol);

enum class match_kind {
  none,
  exact,        // the official form, up to Unicode normalisation and surrounding space
  variant,      // the same key written differently (spaces, D for Đ, case, leading zero)
  misspelling,  // one of the document's known misspellings ("5932/BGDĐT-QCL")
};

struct document_match {
  const legal_document* document = nullptr;
  match_kind kind = match_kind::none;
  explicit operator bool() const { return document != nullptr; }
};

class legal_registry {
 public:
  legal_registry() = default;
  // Keys must be unique; the loader checks that before building a registry.
  explicit legal_registry(std::vector<legal_document> documents);

  const std::vector<legal_document>& documents() const { return documents_; }

  // Tolerant lookup: exact, variant or known misspelling, saying which.
  document_match lookup(std::string_view written) const;
  // lookup(written).document: the tolerant form rules normally want.
  const legal_document* find(std::string_view number_symbol) const;
  // Only the official form (after Unicode normalisation and trimming).
  const legal_document* find_exact(std::string_view number_symbol) const;

 private:
  std::vector<legal_document> documents_;
  std::map<std::string, std::size_t, std::less<>> by_key_;
  std::map<std::string, std::size_t, std::less<>> by_misspelling_key_;
};

}  // namespace planlint::catalog
