#pragma once
// Loads the catalog from JSON: the files embedded in the library (rules/data/frameworks/*.json
// and rules/data/legal-documents.json), then override files whose entries replace the embedded
// ones with the same id (a framework's "id", a document's "number_symbol"), e.g. to give
// TT57/2026 its effective date once it is known. Every entry is validated; errors are values
// naming the file and the entry (and the line and column of a JSON syntax error).
#include <string>
#include <vector>

#include "engine/catalog/catalog.hpp"
#include "engine/diagnostic.hpp"

namespace planlint::catalog {

struct catalog_file {
  std::string name;  // shown in errors: the path as the user gave it
  std::string text;
};

struct catalog_load_result {
  catalog value;  // complete only when ok()
  std::vector<diagnostic> errors;
  bool ok() const { return errors.empty(); }
};

// The embedded catalog files, named by their path in the repository.
std::vector<catalog_file> embedded_catalog_files();

// `defaults` must not repeat an id among themselves, nor `overrides` among themselves; an
// override replaces the default with the same id.
catalog_load_result load_catalog(const std::vector<catalog_file>& defaults,
                                 const std::vector<catalog_file>& overrides = {});

// The embedded files, then the override files read from disk (unreadable ones are errors).
catalog_load_result load_catalog_with_overrides(const std::vector<std::string>& override_paths);

// The embedded catalog, loaded once on first use (thread-safe).
const catalog_load_result& embedded_catalog();

}  // namespace planlint::catalog
