#include "engine/report/json_stream.hpp"

#include "engine/report/spill.hpp"

namespace planlint::report {

namespace {

constexpr int indent_step = 2;

std::string dumped(const json_stream::ordered& value) {
  return value.dump(indent_step, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

json_stream::json_stream(std::ostream& out) : out_(&out) {}

json_stream json_stream::elements_of_array(std::ostream& out, std::size_t depth) {
  json_stream s(out);
  s.levels_.assign(depth, level{']'});
  return s;
}

void json_stream::next_element() {
  if (levels_.empty()) return;
  *out_ << (levels_.back().elements++ ? ",\n" : "\n")
        << std::string(levels_.size() * indent_step, ' ');
}

void json_stream::write_key(std::string_view key) {
  next_element();
  *out_ << dumped(ordered(std::string(key))) << ": ";
}

void json_stream::write_value(const ordered& value) {
  std::string text = dumped(value);
  std::string shift = "\n" + std::string(levels_.size() * indent_step, ' ');
  std::size_t from = 0;
  for (std::size_t at; (at = text.find('\n', from)) != std::string::npos; from = at + 1) {
    out_->write(text.data() + from, static_cast<std::streamsize>(at - from));
    *out_ << shift;
  }
  out_->write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

void json_stream::open_object() {
  next_element();
  *out_ << '{';
  levels_.push_back({'}'});
}

void json_stream::open_array() {
  next_element();
  *out_ << '[';
  levels_.push_back({']'});
}

void json_stream::open_object(std::string_view key) {
  write_key(key);
  *out_ << '{';
  levels_.push_back({'}'});
}

void json_stream::open_array(std::string_view key) {
  write_key(key);
  *out_ << '[';
  levels_.push_back({']'});
}

void json_stream::member(std::string_view key, const ordered& value) {
  write_key(key);
  write_value(value);
}

void json_stream::element(const ordered& value) {
  next_element();
  write_value(value);
}

void json_stream::copy_elements(spill& part, std::size_t count) {
  part.copy_to(*out_);
  if (!levels_.empty()) levels_.back().elements += count;
}

void json_stream::close() {
  if (levels_.empty()) return;
  level closed = levels_.back();
  levels_.pop_back();
  // nlohmann prints an empty container as "{}" or "[]" on one line.
  if (closed.elements) *out_ << '\n' << std::string(levels_.size() * indent_step, ' ');
  *out_ << closed.closing;
}

}  // namespace planlint::report
