// Reading .planlint.json: the JSON reader the plans use (so every value has its line and
// column), then a strict walk over the known keys.
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "engine/config/config.hpp"
#include "engine/config/json_fields.hpp"
#include "engine/plan/json_read.hpp"

namespace planlint::config {

namespace {

namespace fs = std::filesystem;
using plan::json_kind;
using plan::node_id;

// A configuration is a few hundred bytes; anything near this is not one.
constexpr std::size_t max_config_bytes = 1u << 20;

constexpr std::string_view top_keys[] = {
    "rules",    "packs",         "default_rules", "target_level", "calendar",
    "document_date", "language", "fail_on",       "profiles"};
constexpr std::string_view profile_keys[] = {"rules", "language", "fail_on"};
constexpr std::string_view setting_words[] = {"off", "on", "error", "warning", "info"};
constexpr std::string_view setting_keys[] = {"severity"};
constexpr std::string_view language_words[] = {"vi", "en"};
constexpr std::string_view fail_on_words[] = {"error", "warning", "info", "never"};

std::optional<severity> severity_of(std::string_view word) {
  if (word == "error") return severity::error;
  if (word == "warning") return severity::warning;
  if (word == "info") return severity::info;
  return std::nullopt;
}

class config_reader {
 public:
  config_reader(const plan::json_tree& tree, std::string base, std::vector<plan::input_error>& errors)
      : f_(tree, errors), base_(std::move(base)) {}

  config read();

 private:
  const plan::json_tree& tree() const { return f_.tree(); }
  void member(std::string_view key, node_id value);
  void rules(node_id object, std::map<std::string, rule_setting>& out);
  std::optional<rule_setting> setting(node_id member);
  void packs(node_id array);
  std::optional<std::string> pack(node_id item);
  void profiles(node_id object);
  profile read_profile(node_id object);
  std::optional<int> nested_integer(node_id object, std::string_view key, int lowest, int highest);
  std::optional<std::optional<language>> lang(node_id value);
  std::optional<std::optional<std::optional<severity>>> fail_on(node_id value);

  field_reader f_;
  std::string base_;
  config c_;
};

config config_reader::read() {
  c_.file = tree().source().name();
  c_.source = tree().source();
  node_id root = tree().root();
  if (tree().kind(root) != json_kind::object) {
    f_.error_at(root, std::string("the configuration is ") + plan::kind_name(tree().kind(root)) +
                          "; expected an object such as {\"rules\": {}}",
                plan::input_error_kind::not_an_object);
    return c_;
  }
  f_.only_keys(root, top_keys, "the configuration");
  for (node_id m : tree().children(root)) member(tree().key(m), m);
  return c_;
}

void config_reader::member(std::string_view key, node_id value) {
  if (key == "rules") {
    rules(value, c_.rules);
  } else if (key == "packs") {
    packs(value);
  } else if (key == "default_rules") {
    if (auto b = f_.boolean(value)) c_.default_rules = *b;
  } else if (key == "target_level") {
    if (tree().kind(value) == json_kind::null) return;
    c_.target_level = f_.integer(value, 1, 4);
  } else if (key == "calendar") {
    if (auto v = nested_integer(value, "province_shift_days", -15, 15)) c_.province_shift_days = *v;
  } else if (key == "document_date") {
    if (auto v = nested_integer(value, "window_months", 0, 24)) c_.document_date_window_months = *v;
  } else if (key == "language") {
    if (auto l = lang(value)) c_.lang = *l;
  } else if (key == "fail_on") {
    if (auto v = fail_on(value)) c_.fail_on = *v;
  } else if (key == "profiles") {
    profiles(value);
  }
}

// {"calendar": {"province_shift_days": 7}}: an object with exactly one known key.
std::optional<int> config_reader::nested_integer(node_id object, std::string_view key, int lowest,
                                                 int highest) {
  if (!f_.object(object)) return std::nullopt;
  const std::string_view keys[] = {key};
  f_.only_keys(object, keys, "\"" + tree().pointer(object) + "\"");
  node_id value = tree().member(object, key);
  if (value == plan::no_node) return std::nullopt;
  return f_.integer(value, lowest, highest);
}

void config_reader::rules(node_id object, std::map<std::string, rule_setting>& out) {
  if (!f_.object(object)) return;
  for (node_id m : tree().children(object))
    if (auto s = setting(m)) out[std::string(tree().key(m))] = std::move(*s);
}

std::optional<rule_setting> config_reader::setting(node_id member) {
  node_id word_node = member;
  if (tree().kind(member) == json_kind::object) {
    f_.only_keys(member, setting_keys, "a rule setting");
    word_node = tree().member(member, "severity");
    if (word_node == plan::no_node) {
      f_.error_at(member, "\"" + tree().pointer(member) + "\" has no \"severity\"; expected " +
                              "{\"severity\": " + quoted_list(setting_words) + "}");
      return std::nullopt;
    }
  } else if (tree().kind(member) != json_kind::string) {
    f_.wrong_type(member, quoted_list(setting_words) + ", or {\"severity\": …}");
    return std::nullopt;
  }
  auto word = f_.word(word_node, setting_words);
  if (!word) return std::nullopt;
  rule_setting s;
  s.enabled = *word != "off";
  s.level = severity_of(*word);
  s.file = tree().source().name();
  s.pointer = tree().pointer(member);
  s.bytes = tree().key_bytes(member);
  if (tree().where(member).known()) s.where = tree().source().position_of(s.bytes.begin);
  return s;
}

void config_reader::packs(node_id array) {
  if (tree().kind(array) != json_kind::array) {
    f_.wrong_type(array, "an array of directories");
    return;
  }
  for (node_id item : tree().children(array))
    if (auto p = pack(item)) c_.packs.push_back(std::move(*p));
}

std::optional<std::string> config_reader::pack(node_id item) {
  auto written = f_.string(item, "a directory (a text)");
  if (!written) return std::nullopt;
  if (written->empty()) {
    f_.error_at(item, "\"" + tree().pointer(item) + "\" is empty; expected a directory");
    return std::nullopt;
  }
  fs::path p(*written);
  if (p.is_relative()) p = fs::path(base_) / p;
  p = p.lexically_normal();
  // "dir/" normalises to "dir/"; drop the empty last element so the path reads cleanly.
  if (!p.has_filename() && p.has_parent_path() && p != p.root_path()) p = p.parent_path();
  std::error_code ec;
  auto status = fs::status(p, ec);
  if (!fs::is_directory(status)) {
    f_.error_at(item, "rule pack \"" + *written + "\" (" + p.string() + ") " +
                          (fs::exists(status) ? "is not a directory" : "does not exist"),
                plan::input_error_kind::io);
    return std::nullopt;
  }
  return p.string();
}

void config_reader::profiles(node_id object) {
  if (!f_.object(object)) return;
  for (node_id m : tree().children(object)) {
    if (!f_.object(m)) continue;
    c_.profiles[std::string(tree().key(m))] = read_profile(m);
  }
}

profile config_reader::read_profile(node_id object) {
  profile p;
  f_.only_keys(object, profile_keys, "a profile");
  for (node_id m : tree().children(object)) {
    std::string_view key = tree().key(m);
    if (key == "rules") {
      rules(m, p.rules);
    } else if (key == "language") {
      if (auto l = lang(m)) p.lang = *l;
    } else if (key == "fail_on") {
      if (auto v = fail_on(m)) p.fail_on = *v;
    }
  }
  return p;
}

// Outer unset: an error was reported; inner unset: null (not set).
std::optional<std::optional<language>> config_reader::lang(node_id value) {
  // in_place: GCC 12 warns (wrongly) that a converted empty optional is uninitialised.
  if (tree().kind(value) == json_kind::null)
    return std::optional<std::optional<language>>(std::in_place, std::nullopt);
  auto w = f_.word(value, language_words);
  if (!w) return std::nullopt;
  return std::optional<language>(*w == "vi" ? language::vi : language::en);
}

std::optional<std::optional<std::optional<severity>>> config_reader::fail_on(node_id value) {
  using setting = std::optional<std::optional<severity>>;
  if (tree().kind(value) == json_kind::null) return setting();
  auto w = f_.word(value, fail_on_words);
  if (!w) return std::nullopt;
  return setting(severity_of(*w));
}

config_result failed(std::vector<plan::input_error> errors, source_text source) {
  config_result r;
  plan::sort_errors(errors);
  for (const auto& e : errors) r.errors.push_back(plan::to_diagnostic(e));
  r.source = std::move(source);
  return r;
}

}  // namespace

config_result load_config_text(std::string text, std::string name, std::string base_directory) {
  plan::load_limits limits;
  limits.max_file_bytes = max_config_bytes;
  plan::json_read_result read = plan::read_json(std::move(text), std::move(name), limits);
  if (!read.ok()) {
    source_text source = read.tree ? read.tree->source() : source_text();
    return failed(std::move(read.errors), std::move(source));
  }
  std::vector<plan::input_error> errors;
  config c = config_reader(*read.tree, std::move(base_directory), errors).read();
  if (!errors.empty()) return failed(std::move(errors), read.tree->source());
  config_result r;
  r.source = read.tree->source();
  r.value = std::move(c);
  return r;
}

config_result load_config_file(const std::string& path) {
  auto io_error = [&](std::string message) {
    config_result r;
    r.errors.push_back(diagnostic{diagnostic_level::error, path, {}, {}, std::move(message)});
    return r;
  };
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) return io_error("no such configuration file");
  if (fs::is_directory(status)) return io_error("is a directory, not a configuration file");
  if (fs::file_size(path, ec) > max_config_bytes && !ec)
    return io_error("is over " + std::to_string(max_config_bytes) + " bytes; not a configuration file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return io_error(std::string("cannot be read: ") + std::strerror(errno));
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return io_error(std::string("cannot be read: ") + std::strerror(errno));
  // Relative stays relative: pack paths then read as the user would write them, and
  // messages are the same on every machine.
  fs::path base = fs::path(path).parent_path();
  return load_config_text(std::move(text), path, base.empty() ? "." : base.string());
}

std::string render_errors(const std::vector<diagnostic>& errors, const source_text& source) {
  std::string out;
  for (const auto& d : errors) out += render(d, d.file == source.name() ? &source : nullptr);
  return out;
}

}  // namespace planlint::config
