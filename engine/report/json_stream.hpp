#pragma once
// One large JSON document written piece by piece, byte for byte as
// nlohmann::ordered_json::dump(2) would print it whole: reports of 10,000 plans are never
// held as one JSON value. nlohmann indents a nested value by its depth and nothing else
// (raw line breaks only occur between tokens, strings escape theirs), so a value dumped
// alone and shifted right by its depth is the same text.
#include <nlohmann/json.hpp>
#include <ostream>
#include <string_view>
#include <vector>

namespace planlint::report {

class spill;

class json_stream {
 public:
  using ordered = nlohmann::ordered_json;

  // Writes a whole document to `out`, from its opening bracket.
  explicit json_stream(std::ostream& out);
  // Writes the elements of an array whose bracket another json_stream writes, at `depth`
  // (the number of containers around the elements): see copy_elements.
  static json_stream elements_of_array(std::ostream& out, std::size_t depth);

  void open_object();  // as the document or as an array element
  void open_array();
  void open_object(std::string_view key);  // as a member of the current object
  void open_array(std::string_view key);
  void member(std::string_view key, const ordered& value);
  void element(const ordered& value);
  // Copies `count` elements that elements_of_array wrote to `part` in, as elements of the
  // array open here.
  void copy_elements(spill& part, std::size_t count);
  void close();  // the innermost open container

  std::size_t elements() const { return levels_.empty() ? 0 : levels_.back().elements; }

 private:
  struct level {
    char closing;
    std::size_t elements = 0;
  };
  void next_element();
  void write_key(std::string_view key);
  void write_value(const ordered& value);

  std::ostream* out_;
  std::vector<level> levels_;
};

}  // namespace planlint::report
