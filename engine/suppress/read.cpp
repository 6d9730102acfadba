// Reading suppression lists: the plan's "planlint" field (an unknown field for the plan
// model, so read from its json_tree) and the sidecar file, with the strict field reader the
// configuration uses.
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "engine/catalog/civil_date.hpp"
#include "engine/config/json_fields.hpp"
#include "engine/plan/json_read.hpp"
#include "engine/suppress/read.hpp"

namespace planlint::suppress {

namespace {

namespace fs = std::filesystem;
using config::field_reader;
using plan::input_error_kind;
using plan::json_kind;
using plan::node_id;

constexpr std::string_view entry_keys[] = {"rule", "at", "reason", "until"};
constexpr std::string_view holder_keys[] = {"ignore"};

// RFC 6901: "" or "/"-separated tokens in which "~" is only ever "~0" or "~1".
bool is_json_pointer(std::string_view p) {
  if (!p.empty() && p.front() != '/') return false;
  for (std::size_t i = 0; i < p.size(); ++i)
    if (p[i] == '~' && (i + 1 == p.size() || (p[i + 1] != '0' && p[i + 1] != '1'))) return false;
  return true;
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

class list_reader {
 public:
  list_reader(const plan::json_tree& tree, bool in_source, suppressions_result& out)
      : f_(tree, out.errors), in_source_(in_source), out_(out) {}

  // {"ignore": [...]}: the plan's "planlint" object or the sidecar's top level.
  void holder(node_id object, bool ignore_required);

 private:
  const plan::json_tree& tree() const { return f_.tree(); }
  void entry(node_id object);
  std::optional<std::string> required_text(node_id object, std::string_view key, std::string_view what);
  std::string entry_name(node_id entry) const { return "suppression \"" + tree().pointer(entry) + "\""; }

  field_reader f_;
  bool in_source_;
  suppressions_result& out_;
};

void list_reader::holder(node_id object, bool ignore_required) {
  if (!f_.object(object)) return;
  f_.only_keys(object, holder_keys, in_source_ ? "\"/planlint\"" : "a suppression file");
  node_id list = tree().member(object, "ignore");
  if (list == plan::no_node) {
    if (ignore_required)
      f_.error_at(object, "a suppression file needs \"ignore\": an array of {\"rule\", \"at\", \"reason\", \"until\"}",
                  input_error_kind::wrong_type);
    return;
  }
  if (tree().kind(list) != json_kind::array) {
    f_.wrong_type(list, "an array of suppressions");
    return;
  }
  for (node_id e : tree().children(list))
    if (f_.object(e)) entry(e);
}

std::optional<std::string> list_reader::required_text(node_id object, std::string_view key,
                                                      std::string_view what) {
  node_id value = tree().member(object, key);
  if (value == plan::no_node) {
    f_.error_at(object, entry_name(object) + " has no \"" + std::string(key) + "\"; expected " +
                            std::string(what),
                input_error_kind::wrong_type);
    return std::nullopt;
  }
  auto text = f_.string(value, what);
  if (text && blank(*text)) {
    f_.error_at(value, "\"" + tree().pointer(value) + "\" is empty; expected " + std::string(what));
    return std::nullopt;
  }
  return text;
}

void list_reader::entry(node_id object) {
  std::size_t errors_before = out_.errors.size();
  f_.only_keys(object, entry_keys, "a suppression");
  suppression s;
  auto rule = required_text(object, "rule", "a rule id, or \"*\" for any rule");
  auto reason = required_text(object, "reason", "why the finding is accepted (a suppression needs a reason)");
  if (node_id at = tree().member(object, "at"); at != plan::no_node) {
    s.at = f_.string(at, "a JSON pointer into the plan, such as \"/rows/3\"");
    if (s.at && !is_json_pointer(*s.at))
      f_.bad_value(at, "\"" + *s.at + "\"", "a JSON pointer into the plan, such as \"/rows/3\"");
  }
  if (node_id until = tree().member(object, "until"); until != plan::no_node) {
    s.until = f_.string(until, "a date, YYYY-MM-DD");
    if (s.until && !catalog::parse_iso_date(*s.until))
      f_.bad_value(until, "\"" + *s.until + "\"", "a date, YYYY-MM-DD");
  }
  // A wildcard over the whole plan would turn the check off for it; that is the
  // configuration's job ("rules"), where it is visible, not a plan's.
  if (rule && *rule == "*" && !s.at)
    f_.error_at(object, entry_name(object) + " suppresses every rule in the whole plan; give \"at\", "
                                             "or turn rules off in .planlint.json");
  if (out_.errors.size() != errors_before) return;
  s.rule = std::move(*rule);
  s.reason = std::move(*reason);
  s.in_source = in_source_;
  s.file = tree().source().name();
  s.pointer = tree().pointer(object);
  s.where = tree().where(object);
  if (s.where.known()) {
    s.bytes = tree().bytes(object);
    s.end = tree().source().position_of(s.bytes.end);
  }
  out_.value.push_back(std::move(s));
}

suppressions_result io_error(const std::string& path, std::string message) {
  suppressions_result r;
  plan::input_error e;
  e.kind = input_error_kind::io;
  e.file = path;
  e.message = std::move(message);
  r.errors.push_back(std::move(e));
  return r;
}

}  // namespace

std::string sidecar_path(const std::string& plan_path) {
  if (plan_path.empty() || plan_path == "-") return {};
  fs::path p(plan_path);
  return p.replace_extension().string() + ".ignore.json";
}

suppressions_result read_plan_suppressions(const plan::json_tree& plan_tree) {
  suppressions_result r;
  if (plan_tree.empty() || plan_tree.kind(plan_tree.root()) != json_kind::object) return r;
  node_id holder = plan_tree.member(plan_tree.root(), "planlint");
  if (holder == plan::no_node) return r;
  list_reader(plan_tree, true, r).holder(holder, false);
  plan::sort_errors(r.errors);
  return r;
}

suppressions_result read_sidecar_text(std::string text, std::string name) {
  suppressions_result r;
  plan::json_read_result read = plan::read_json(std::move(text), std::move(name), plan::load_limits{});
  if (!read.ok()) {
    r.errors = std::move(read.errors);
    return r;
  }
  list_reader(*read.tree, false, r).holder(read.tree->root(), true);
  plan::sort_errors(r.errors);
  return r;
}

suppressions_result read_sidecar(const std::string& path) {
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (!fs::exists(status)) return {};
  if (fs::is_directory(status)) return io_error(path, "is a directory, not a suppression file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return io_error(path, std::string("cannot be read: ") + std::strerror(errno));
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return io_error(path, std::string("cannot be read: ") + std::strerror(errno));
  return read_sidecar_text(std::move(text), path);
}

suppressions_result read_suppressions(const plan::plan& p, const std::string& plan_path) {
  suppressions_result r = p.tree ? read_plan_suppressions(*p.tree) : suppressions_result{};
  std::string sidecar = sidecar_path(plan_path);
  if (sidecar.empty()) return r;
  suppressions_result side = read_sidecar(sidecar);
  r.value.insert(r.value.end(), side.value.begin(), side.value.end());
  r.errors.insert(r.errors.end(), side.errors.begin(), side.errors.end());
  return r;
}

}  // namespace planlint::suppress
