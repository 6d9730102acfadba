#include "engine/catalog/load.hpp"

#include <algorithm>
#include <fstream>
#include <initializer_list>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include "engine/embedded.hpp"

namespace planlint::catalog {

namespace {

// Entries are read from simdjson's DOM as it stands: every run of planlint loads the
// embedded catalog (about 70 KB), and building an nlohmann::json of it first cost 3.9 M
// instructions, a ninth of a one-plan run (callgrind). nlohmann only reports syntax errors,
// with their line and column.
using element = simdjson::dom::element;

// The value as JSON text, for messages.
std::string dump(element e) { return simdjson::to_string(e); }

// The member `key` of `e`, when `e` is an object that has it.
std::optional<element> member(element e, std::string_view key) {
  element value;
  if (!e.is_object() || e.at_key(key).get(value) != simdjson::SUCCESS) return std::nullopt;
  return value;
}

// The elements of an array that may be missing (a default dom::array has no document to
// iterate).
std::vector<element> entries(const std::optional<simdjson::dom::array>& array) {
  std::vector<element> out;
  if (array)
    for (element e : *array) out.push_back(e);
  return out;
}

// The value of an element whose type the caller has checked (simdjson's value_unsafe()
// returns a reference into a temporary, easy to keep past its end).
std::string_view view_of(element e) {
  std::string_view out;
  if (e.get_string().get(out) != simdjson::SUCCESS) return {};
  return out;
}
std::string string_of(element e) { return std::string(view_of(e)); }
simdjson::dom::object object_of(element e) {
  simdjson::dom::object out;
  if (e.get_object().get(out) != simdjson::SUCCESS) return {};
  return out;
}
simdjson::dom::array array_of(element e) {
  simdjson::dom::array out;
  if (e.get_array().get(out) != simdjson::SUCCESS) return {};
  return out;
}

constexpr std::string_view frameworks_dir = "rules/data/frameworks/";
constexpr std::string_view registry_path = "rules/data/legal-documents.json";

const std::vector<std::string_view> confidences = {"cao", "trung bình", "thấp"};
const std::vector<std::string_view> document_types = {
    "Luật", "Nghị định", "Nghị quyết", "Thông tư", "Quyết định", "Chỉ thị", "Công văn",
    "Hướng dẫn", "Thông báo", "Kế hoạch"};

bool contains(const std::vector<std::string_view>& set, std::string_view value) {
  return std::find(set.begin(), set.end(), value) != set.end();
}

// Errors of one file; entries carry no position (nlohmann keeps none after parsing), so the
// message names the entry instead.
struct sink {
  std::vector<diagnostic>& out;
  std::string file;
  void error(std::string message) {
    out.push_back(diagnostic{diagnostic_level::error, file, {}, {}, std::move(message)});
  }
};

// Reads the fields of one JSON object: reports missing, mistyped, unknown and repeated
// fields (an unknown field is most often a misspelt one, which would otherwise be silently
// ignored; of a repeated one, only the first would be read).
class fields {
 public:
  fields(element object, std::string where, sink& errors,
         std::initializer_list<std::string_view> known)
      : where_(std::move(where)), errors_(errors) {
    if (!object.is_object()) {
      fail("is not a JSON object");
      return;
    }
    object_ = object;
    std::vector<std::string_view> seen;
    for (simdjson::dom::key_value_pair item : object_of(object)) {
      if (std::find(known.begin(), known.end(), item.key) == known.end())
        fail("unknown field \"" + std::string(item.key) + "\"");
      else if (std::find(seen.begin(), seen.end(), item.key) != seen.end())
        fail("field \"" + std::string(item.key) + "\" appears twice");
      seen.push_back(item.key);
    }
  }

  bool ok() const { return ok_; }
  // A part of the entry failed and said so itself.
  void invalidate() { ok_ = false; }
  const std::string& where() const { return where_; }
  void fail(const std::string& message) {
    ok_ = false;
    errors_.error(where_ + ": " + message);
  }

  std::optional<element> get(std::string_view name, bool required) {
    if (!object_) return std::nullopt;
    std::optional<element> value = member(*object_, name);
    if (!value && required) fail("missing field \"" + std::string(name) + "\"");
    return value;
  }

  std::string text(std::string_view name, bool required = true, bool may_be_empty = false) {
    const std::optional<element> v = get(name, required);
    if (!v) return {};
    if (!v->is_string()) {
      fail("field \"" + std::string(name) + "\" must be a string");
      return {};
    }
    std::string s = string_of(*v);
    if (s.empty() && !may_be_empty) fail("field \"" + std::string(name) + "\" is empty");
    return s;
  }

  std::string one_of(std::string_view name, const std::vector<std::string_view>& allowed) {
    std::string s = text(name);
    if (!s.empty() && !contains(allowed, s))
      fail("field \"" + std::string(name) + "\" has the unknown value \"" + s + "\"");
    return s;
  }

  bool flag(std::string_view name, bool required = false) {
    const std::optional<element> v = get(name, required);
    if (!v) return false;
    if (!v->is_bool()) fail("field \"" + std::string(name) + "\" must be true or false");
    bool value = false;
    return v->get_bool().get(value) == simdjson::SUCCESS && value;
  }

  int integer(std::string_view name, int lowest, int highest) {
    const std::optional<element> v = get(name, true);
    if (!v) return 0;
    std::int64_t n = 0;  // an unsigned integer past INT64_MAX, or a number with a point, fails
    if (v->get_int64().get(n) != simdjson::SUCCESS || n < lowest || n > highest) {
      fail("field \"" + std::string(name) + "\" must be an integer from " +
           std::to_string(lowest) + " to " + std::to_string(highest));
      return 0;
    }
    return static_cast<int>(n);
  }

  // The field must be present; null says the date is unknown.
  std::optional<civil_date> date(std::string_view name, bool key_required = true) {
    const std::optional<element> v = get(name, key_required);
    if (!v || v->is_null()) return std::nullopt;
    std::optional<civil_date> d;
    if (v->is_string()) d = parse_iso_date(view_of(*v));
    if (!d) fail("field \"" + std::string(name) + "\" must be a date YYYY-MM-DD or null, not " +
                 dump(*v));
    return d;
  }

  std::vector<std::string> texts(std::string_view name, bool required = false) {
    std::vector<std::string> out;
    const std::optional<element> v = get(name, required);
    if (!v) return out;
    if (!v->is_array()) {
      fail("field \"" + std::string(name) + "\" must be an array of strings");
      return out;
    }
    for (element item : array_of(*v)) {
      if (!item.is_string() || view_of(item).empty()) {
        fail("field \"" + std::string(name) + "\" must hold non-empty strings");
        return {};
      }
      out.push_back(string_of(item));
    }
    return out;
  }

  std::optional<simdjson::dom::array> array(std::string_view name, bool required) {
    const std::optional<element> v = get(name, required);
    if (!v) return std::nullopt;
    if (!v->is_array()) {
      fail("field \"" + std::string(name) + "\" must be an array");
      return std::nullopt;
    }
    return array_of(*v);
  }

 private:
  std::optional<element> object_;  // none when the value is not an object
  std::string where_;
  sink& errors_;
  bool ok_ = true;
};

std::string in_quotes(const std::string& s) { return "\"" + s + "\""; }

// Every entry says how sure the data is and where it comes from.
template <class Entry>
void read_provenance(fields& f, Entry& entry, bool provisional_required = false) {
  entry.provisional = f.flag("provisional", provisional_required);
  entry.note = f.text("note", false);
  entry.source = f.text("source");
  entry.confidence = f.one_of("confidence", confidences);
}

// A framework as read, before "criteria_from" is resolved.
struct read_framework {
  framework value;
  std::string criteria_from;
  std::string file;
};

struct read_document {
  legal_document value;
  std::string file;
};

// The label of an entry: its member `key` when that is a string, else `otherwise`.
std::string label_of(element j, std::string_view key, std::string otherwise) {
  std::optional<element> value = member(j, key);
  return value && value->is_string() ? string_of(*value) : otherwise;
}

std::optional<criterion> read_criterion(element j, const std::string& owner, int top,
                                        sink& errors) {
  std::string id = label_of(j, "id", "?");
  fields f(j, owner + ", criterion " + in_quotes(id), errors,
           {"id", "name", "highest_level", "mandatory", "provisional", "note", "source",
            "confidence"});
  criterion c;
  c.id = f.text("id");
  c.name = f.text("name");
  c.highest_level = f.integer("highest_level", 1, std::max(top, 1));
  c.mandatory = f.flag("mandatory");
  read_provenance(f, c);
  // "1.10" → standard 1, number 10; anything else is not a criterion id. Written as a plan's
  // criterion reads back (criterion_ref::id(): no leading zero, no sign), so that finding a
  // criterion by its numbers and by its id give the same answer: "1.01" or "01.1" is refused.
  auto dot = c.id.find('.');
  bool well_formed = dot != std::string::npos && dot > 0 && dot + 1 < c.id.size() && dot <= 3 &&
                     c.id.size() - dot - 1 <= 3 &&
                     std::all_of(c.id.begin(), c.id.end(),
                                 [](char ch) { return ch == '.' || (ch >= '0' && ch <= '9'); }) &&
                     c.id.find('.', dot + 1) == std::string::npos;
  if (well_formed) {
    c.standard = std::stoi(c.id.substr(0, dot));
    c.number = std::stoi(c.id.substr(dot + 1));
    well_formed = c.id == std::to_string(c.standard) + "." + std::to_string(c.number);
  }
  if (!c.id.empty() && !well_formed) f.fail("the id must read <standard>.<number>, like 1.10");
  if (!f.ok()) return std::nullopt;
  return c;
}

std::optional<standard> read_standard(element j, const std::string& owner, sink& errors) {
  std::optional<element> number = member(j, "number");
  std::string n = number ? dump(*number) : "?";
  fields f(j, owner + ", standard " + n, errors,
           {"number", "name", "provisional", "note", "source", "confidence"});
  standard s;
  s.number = f.integer("number", 1, 99);
  s.name = f.text("name");
  read_provenance(f, s);
  if (!f.ok()) return std::nullopt;
  return s;
}

std::optional<amendment> read_amendment(element j, const std::string& owner, sink& errors) {
  fields f(j, owner + ", amendment", errors,
           {"document", "effective_from", "changes", "provisional", "note", "source",
            "confidence"});
  amendment a;
  a.document = f.text("document");
  a.effective_from = f.date("effective_from");
  a.changes = f.texts("changes", true);
  read_provenance(f, a, true);
  if (!f.ok()) return std::nullopt;
  return a;
}

// Reads the standards and criteria of a framework that defines its own.
void read_structure(fields& f, framework& fw, sink& errors) {
  const std::optional<simdjson::dom::array> standards = f.array("standards", true);
  const std::optional<simdjson::dom::array> criteria = f.array("criteria", true);
  for (element s : entries(standards)) {
    auto read = read_standard(s, f.where(), errors);
    if (!read) {
      f.invalidate();
      continue;
    }
    if (fw.find_standard(read->number))
      f.fail("duplicate standard " + std::to_string(read->number));
    fw.standards.push_back(std::move(*read));
  }
  for (element c : entries(criteria)) {
    auto read = read_criterion(c, f.where(), fw.highest_criterion_level, errors);
    if (!read) {
      f.invalidate();
      continue;
    }
    if (fw.find(read->id)) f.fail("duplicate criterion id " + in_quotes(read->id));
    if (!fw.find_standard(read->standard))
      f.fail("criterion " + in_quotes(read->id) + " belongs to no listed standard");
    fw.criteria.push_back(std::move(*read));
  }
  if (standards && standards->size() == 0) f.fail("lists no standard");
  if (criteria && criteria->size() == 0) f.fail("lists no criterion");
}

std::optional<read_framework> read_one_framework(element j, std::size_t index, sink& errors) {
  std::string id = label_of(j, "id", "frameworks[" + std::to_string(index) + "]");
  fields f(j, "framework " + in_quotes(id), errors,
           {"id", "family", "document", "title", "school_levels", "effective_from",
            "effective_from_provisional", "effective_until", "provisional",
            "highest_criterion_level", "top_level", "source", "confidence", "notes",
            "amendments", "criteria_from", "standards", "criteria"});
  read_framework out;
  out.file = errors.file;
  framework& fw = out.value;
  fw.id = f.text("id");
  fw.family = f.text("family", false);
  if (fw.family.empty()) fw.family = fw.id;
  fw.document = f.text("document");
  fw.title = f.text("title");
  fw.school_levels = f.texts("school_levels", true);
  for (const auto& level : fw.school_levels)
    if (!is_known_school_level(level)) f.fail("unknown school level " + in_quotes(level));
  if (fw.school_levels.empty() && member(j, "school_levels")) f.fail("lists no school level");
  fw.effective_from = f.date("effective_from");
  fw.effective_until = f.date("effective_until");
  if (fw.effective_from && fw.effective_until && *fw.effective_until < *fw.effective_from)
    f.fail("effective_until " + fw.effective_until->to_iso() + " is before effective_from " +
           fw.effective_from->to_iso());
  fw.effective_from_provisional = f.flag("effective_from_provisional");
  fw.provisional = f.flag("provisional", true);
  fw.highest_criterion_level = f.integer("highest_criterion_level", 1, 4);
  fw.top_level = f.integer("top_level", 1, 4);
  if (fw.top_level && fw.top_level < fw.highest_criterion_level)
    f.fail("top_level is below highest_criterion_level");
  fw.source = f.text("source");
  fw.confidence = f.one_of("confidence", confidences);
  fw.notes = f.texts("notes");
  if (const std::optional<simdjson::dom::array> amendments = f.array("amendments", false))
    for (element a : *amendments) {
      auto read = read_amendment(a, f.where(), errors);
      if (read) fw.amendments.push_back(std::move(*read));
      else f.invalidate();
    }
  out.criteria_from = f.text("criteria_from", false);
  if (out.criteria_from.empty()) {
    read_structure(f, fw, errors);
  } else if (member(j, "standards") || member(j, "criteria")) {
    f.fail("has both \"criteria_from\" and its own standards or criteria");
  }
  if (!f.ok()) return std::nullopt;
  return out;
}

std::optional<read_document> read_one_document(element j, std::size_t index, sink& errors) {
  std::string id = label_of(j, "number_symbol", "legal_documents[" + std::to_string(index) + "]");
  fields f(j, "document " + in_quotes(id), errors,
           {"number_symbol", "type", "issuer", "issued", "issued_provisional", "effective",
            "effective_provisional", "subject", "signer", "replaces", "amends",
            "known_misspellings", "provisional", "note", "source", "confidence"});
  read_document out;
  out.file = errors.file;
  legal_document& d = out.value;
  d.number_symbol = f.text("number_symbol");
  d.type = f.one_of("type", document_types);
  d.issuer = f.text("issuer");
  d.issued = f.date("issued");
  d.issued_provisional = f.flag("issued_provisional");
  d.effective = f.date("effective");
  d.effective_provisional = f.flag("effective_provisional");
  if (d.issued && d.effective && *d.effective < *d.issued)
    f.fail("effective " + d.effective->to_iso() + " is before issued " + d.issued->to_iso());
  d.subject = f.text("subject", true, true);
  d.signer = f.text("signer", false);
  d.replaces = f.texts("replaces");
  d.amends = f.texts("amends");
  d.known_misspellings = f.texts("known_misspellings");
  read_provenance(f, d, true);
  if (!f.ok()) return std::nullopt;
  return out;
}

// "[json.exception.parse_error.101] parse error at line 1, column 7: syntax error …" keeps
// only what follows the position, which the diagnostic gives itself.
std::string parse_error_message(const nlohmann::json::parse_error& e) {
  std::string what = e.what();
  auto column = what.find("column ");
  auto colon = column == std::string::npos ? std::string::npos : what.find(": ", column);
  return "malformed JSON: " + (colon == std::string::npos ? what : what.substr(colon + 2));
}

struct layer {
  std::vector<read_framework> frameworks;
  std::vector<read_document> documents;
};

// The file's JSON in `parser`, or its syntax error added to `errors`. simdjson does not say
// where a syntax error is; nlohmann, run on refused text only, gives the line and column.
std::optional<element> parse_file(const catalog_file& file, simdjson::dom::parser& parser,
                                  std::vector<diagnostic>& errors) {
  // A byte-order mark (Notepad's UTF-8) is allowed, as in plans; simdjson refuses it.
  constexpr std::string_view bom = "\xEF\xBB\xBF";
  std::string_view text = file.text;
  if (text.starts_with(bom)) text.remove_prefix(bom.size());
  element root;
  const simdjson::error_code refused = parser.parse(text.data(), text.size()).get(root);
  if (!refused) return root;
  source_text source(file.name, file.text);
  try {
    const nlohmann::json accepted = nlohmann::json::parse(file.text);
  } catch (const nlohmann::json::parse_error& e) {
    auto offset = static_cast<std::uint32_t>(e.byte > 0 ? e.byte - 1 : 0);
    errors.push_back(make_diagnostic(source, {offset, offset}, parse_error_message(e)));
    return std::nullopt;
  } catch (const nlohmann::json::exception&) {
    // Its other refusals (a number like 1e400 out of a double's range) carry no position.
  }
  // Text simdjson refuses and nlohmann has no place for: nested deeper than 1,024 levels,
  // an integer of 2^64 or more, a number out of range.
  sink{errors, file.name}.error(std::string("malformed JSON: ") + simdjson::error_message(refused));
  return std::nullopt;
}

void read_file(const catalog_file& file, layer& into, std::vector<diagnostic>& errors) {
  sink out{errors, file.name};
  simdjson::dom::parser parser;
  const std::optional<element> parsed = parse_file(file, parser, errors);
  if (!parsed) return;
  const element root = *parsed;
  fields f(root, "the file", out, {"format", "notes", "frameworks", "legal_documents"});
  std::string format = f.text("format", false);
  if (!format.empty() && format != "planlint.frameworks/1" &&
      format != "planlint.legal-documents/1")
    f.fail("unknown format " + in_quotes(format));
  f.texts("notes");
  const std::optional<simdjson::dom::array> frameworks = f.array("frameworks", false);
  const std::optional<simdjson::dom::array> documents = f.array("legal_documents", false);
  if (root.is_object() && !frameworks && !documents && !member(root, "frameworks") &&
      !member(root, "legal_documents"))
    f.fail("holds neither \"frameworks\" nor \"legal_documents\"");
  std::size_t i = 0;
  for (element entry : entries(frameworks))
    if (auto fw = read_one_framework(entry, i++, out)) into.frameworks.push_back(std::move(*fw));
  i = 0;
  for (element entry : entries(documents))
    if (auto d = read_one_document(entry, i++, out)) into.documents.push_back(std::move(*d));
}

// Adds a layer's entries by key: a repeat within the layer is an error, an entry of a later
// layer replaces the earlier one.
template <class Entry, class Key, class Label>
void merge(std::vector<Entry>& into, std::vector<Entry>&& layer_entries, Key key, Label label,
           const char* what, std::vector<diagnostic>& errors) {
  std::map<std::string, std::string> file_of_key;
  for (auto& entry : layer_entries) {
    std::string k = key(entry);
    if (auto [it, fresh] = file_of_key.emplace(k, entry.file); !fresh) {
      sink{errors, entry.file}.error(std::string("duplicate ") + what + " " + in_quotes(label(entry)) +
                                     " (also in " + it->second + ")");
      continue;
    }
    auto old = std::find_if(into.begin(), into.end(), [&](const Entry& e) { return key(e) == k; });
    if (old != into.end()) *old = std::move(entry);
    else into.push_back(std::move(entry));
  }
}

void merge_layer(layer& into, layer&& next, std::vector<diagnostic>& errors) {
  merge(into.frameworks, std::move(next.frameworks), [](const read_framework& f) { return f.value.id; },
        [](const read_framework& f) { return f.value.id; }, "framework id", errors);
  // Documents are keyed as lookups see them, so two spellings of one number collide.
  merge(into.documents, std::move(next.documents),
        [](const read_document& d) { return number_symbol_key(d.value.number_symbol); },
        [](const read_document& d) { return d.value.number_symbol; }, "document", errors);
}

// Copies standards and criteria into versions that take them from another version.
void resolve_criteria_from(std::vector<read_framework>& frameworks,
                           std::vector<diagnostic>& errors) {
  for (auto& f : frameworks) {
    if (f.criteria_from.empty()) continue;
    auto base = std::find_if(frameworks.begin(), frameworks.end(), [&](const read_framework& b) {
      return b.value.id == f.criteria_from;
    });
    sink out{errors, f.file};
    std::string where = "framework " + in_quotes(f.value.id) + ": criteria_from " +
                        in_quotes(f.criteria_from);
    if (base == frameworks.end()) {
      out.error(where + " names no framework");
    } else if (!base->criteria_from.empty()) {
      out.error(where + " itself takes its criteria from another framework");
    } else if (base->value.highest_criterion_level > f.value.highest_criterion_level) {
      out.error(where + " defines levels above this framework's highest_criterion_level");
    } else {
      f.value.standards = base->value.standards;
      f.value.criteria = base->value.criteria;
    }
  }
}

// Checks the links between documents and derives replaced_by and amended_by.
std::vector<legal_document> link_documents(std::vector<read_document>& read,
                                           std::vector<diagnostic>& errors) {
  std::map<std::string, std::size_t> by_key;
  for (std::size_t i = 0; i < read.size(); ++i)
    by_key.emplace(number_symbol_key(read[i].value.number_symbol), i);
  for (const auto& d : read)
    for (const auto& wrong : d.value.known_misspellings)
      if (by_key.count(number_symbol_key(wrong)))
        sink{errors, d.file}.error("document " + in_quotes(d.value.number_symbol) +
                                   ": known misspelling " + in_quotes(wrong) +
                                   " reads as a listed document");
  auto link = [&](read_document& from, const std::vector<std::string>& targets,
                  std::vector<document_relation> legal_document::*back, const char* field) {
    for (const auto& target : targets) {
      auto it = by_key.find(number_symbol_key(target));
      std::string where = "document " + in_quotes(from.value.number_symbol) + ": " + field + " ";
      if (it == by_key.end()) {
        sink{errors, from.file}.error(where + in_quotes(target) + " is not in the registry");
      } else if (&read[it->second] == &from) {
        sink{errors, from.file}.error(where + "names the document itself");
      } else {
        (read[it->second].value.*back)
            .push_back({from.value.number_symbol, from.value.provisional});
      }
    }
  };
  for (auto& d : read) {
    link(d, d.value.replaces, &legal_document::replaced_by, "replaces");
    link(d, d.value.amends, &legal_document::amended_by, "amends");
  }
  std::vector<legal_document> out;
  for (auto& d : read) out.push_back(std::move(d.value));
  return out;
}

// A framework rests on documents the registry must know, so citation checks can find them.
void check_framework_documents(const std::vector<read_framework>& frameworks,
                               const legal_registry& registry, std::vector<diagnostic>& errors) {
  for (const auto& f : frameworks) {
    std::vector<std::string> documents = {f.value.document};
    for (const auto& a : f.value.amendments) documents.push_back(a.document);
    for (const auto& d : documents)
      if (!registry.find_exact(d))
        sink{errors, f.file}.error("framework " + in_quotes(f.value.id) + ": document " + in_quotes(d) +
                                   " is not in the registry (as officially written)");
  }
}

layer read_layer(const std::vector<catalog_file>& files, std::vector<diagnostic>& errors) {
  layer files_layer;
  for (const auto& file : files) read_file(file, files_layer, errors);
  layer merged;
  merge_layer(merged, std::move(files_layer), errors);
  return merged;
}

}  // namespace

std::vector<catalog_file> embedded_catalog_files() {
  std::vector<catalog_file> out;
  for (const auto& f : embedded::files()) {
    bool framework_file = f.path.starts_with(frameworks_dir) && f.path.ends_with(".json");
    if (framework_file || f.path == registry_path)
      out.push_back({std::string(f.path), std::string(f.bytes)});
  }
  return out;
}

catalog_load_result load_catalog(const std::vector<catalog_file>& defaults,
                                 const std::vector<catalog_file>& overrides) {
  catalog_load_result result;
  layer all = read_layer(defaults, result.errors);
  merge_layer(all, read_layer(overrides, result.errors), result.errors);
  resolve_criteria_from(all.frameworks, result.errors);
  result.value.registry = legal_registry(link_documents(all.documents, result.errors));
  check_framework_documents(all.frameworks, result.value.registry, result.errors);
  for (auto& f : all.frameworks) {
    // Every citation in a plan is matched against these: keyed once here, not per citation.
    f.value.document_key = number_symbol_key(f.value.document);
    for (amendment& a : f.value.amendments) a.document_key = number_symbol_key(a.document);
    result.value.frameworks.push_back(std::move(f.value));
  }
  sort_diagnostics(result.errors);
  return result;
}

catalog_load_result load_catalog_with_overrides(const std::vector<std::string>& override_paths) {
  std::vector<catalog_file> overrides;
  std::vector<diagnostic> unreadable;
  for (const auto& path : override_paths) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    if (in) text << in.rdbuf();
    if (!in || in.bad()) {
      unreadable.push_back(diagnostic{diagnostic_level::error, path, {}, {}, "cannot read the file"});
      continue;
    }
    overrides.push_back({path, text.str()});
  }
  catalog_load_result result = load_catalog(embedded_catalog_files(), overrides);
  result.errors.insert(result.errors.end(), unreadable.begin(), unreadable.end());
  sort_diagnostics(result.errors);
  return result;
}

const catalog_load_result& embedded_catalog() {
  static const catalog_load_result loaded = load_catalog(embedded_catalog_files());
  return loaded;
}

}  // namespace planlint::catalog
