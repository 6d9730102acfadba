// The streaming reporters: a document written piece by piece is byte for byte what
// nlohmann would print whole; a spill gives back exactly what was written to it; every
// writer, fed one plan at a time with each plan gone before the next, writes the golden.
#include <gtest/gtest.h>

#include <sstream>

#include "engine/report/json_stream.hpp"
#include "engine/report/spill.hpp"
#include "engine/report/writer.hpp"
#include "engine/version.hpp"
#include "tests/support/golden.hpp"
#include "tests/support/report_sample.hpp"

namespace planlint::report {
namespace {

using ordered = nlohmann::ordered_json;

std::string whole(const ordered& value) {
  return value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Writes `value` through json_stream, opening a container for every object or array down
// to `stream_depth` and handing deeper values over whole.
void stream_value(json_stream& out, const ordered* key, const ordered& value, int stream_depth) {
  bool container = value.is_object() || value.is_array();
  if (!container || stream_depth == 0) {
    key ? out.member(key->get<std::string>(), value) : out.element(value);
    return;
  }
  if (value.is_object()) key ? out.open_object(key->get<std::string>()) : out.open_object();
  else key ? out.open_array(key->get<std::string>()) : out.open_array();
  for (auto it = value.begin(); it != value.end(); ++it) {
    ordered name = value.is_object() ? ordered(it.key()) : ordered();
    stream_value(out, value.is_object() ? &name : nullptr, *it, stream_depth - 1);
  }
  out.close();
}

std::string streamed(const ordered& value, int stream_depth) {
  std::ostringstream text;
  json_stream out(text);
  stream_value(out, nullptr, value, stream_depth);
  return text.str();
}

TEST(report_stream, json_written_in_pieces_is_the_whole_dump) {
  const std::vector<ordered> documents = {
      ordered::object(),
      ordered::array(),
      ordered::parse(R"({"a": [], "b": {}, "c": [[]], "d": [{}]})"),
      ordered::parse(R"({"z": 1, "a": {"b": [1, {"c": "x\ny", "d": [true, null, 2.5]}]}, "e": []})"),
      ordered::parse(R"([[1, [2, [3, []]]], {"k": {"k": {"k": "Trường \"THCS\""}}}])"),
      ordered({{"bad utf-8", std::string("a\xff" "b")}, {"tab", "\t"}}),
  };
  for (const ordered& document : documents)
    for (int depth : {0, 1, 2, 3, 10}) EXPECT_EQ(streamed(document, depth), whole(document)) << whole(document);
}

TEST(report_stream, elements_through_a_spill_are_the_same_as_elements_written_in_place) {
  const ordered items = ordered::parse(R"([{"ruleId": "a", "n": [1, 2]}, "x", [], {"q": {}}])");
  for (std::size_t count : {0, 1, 4}) {
    ordered document = {{"runs", ordered::array({{{"tool", "t"}, {"results", ordered::array()}}})}};
    spill part;
    json_stream elements = json_stream::elements_of_array(part.stream(), 4);
    for (std::size_t i = 0; i < count; ++i) {
      elements.element(items[i]);
      document["runs"][0]["results"].push_back(items[i]);
    }
    ASSERT_EQ(elements.elements(), count);
    std::ostringstream text;
    json_stream out(text);
    out.open_object();
    out.open_array("runs");
    out.open_object();
    out.member("tool", "t");
    out.open_array("results");
    out.copy_elements(part, elements.elements());
    out.close();
    out.close();
    out.close();
    out.close();
    EXPECT_EQ(text.str(), whole(document));
  }
}

// In a temporary file, or in memory when none can be made: the same bytes either way.
TEST(report_stream, a_spill_gives_back_every_byte_written_to_it) {
  for (bool in_memory : {false, true}) {
    spill s = in_memory ? spill(nullptr) : spill();
    std::string written;
    for (int i = 0; i < 5000; ++i) {
      std::string line = std::to_string(i) + " Trường THCS \xe1\xba\xa0\n";
      s.stream() << line;
      written += line;
    }
    s.stream().put('\0');
    written += '\0';
    std::ostringstream out;
    s.copy_to(out);
    EXPECT_TRUE(out.good());
    EXPECT_EQ(out.str().size(), written.size()) << in_memory;
    EXPECT_EQ(out.str(), written) << in_memory;
  }
}

render_options options() {
  render_options o;
  o.as_of = "2024-10-01";
  return o;
}

// Each plan is a fresh copy destroyed right after the writer saw it: a writer that kept a
// reference to a plan would read freed memory here (and the sanitizer build says so).
std::string fed_one_by_one(std::unique_ptr<report_writer> (*make)(const render_options&, std::ostream&),
                           const render_options& o) {
  std::ostringstream out;
  {
    std::unique_ptr<report_writer> writer = make(o, out);
    batch b = samples::sample_batch();
    writer->begin({b.rules});
    for (std::size_t i = 0; i < b.plans.size(); ++i) {
      auto plan = std::make_unique<plan_outcome>(b.plans[i]);
      b.plans[i] = {};
      writer->plan(*plan);
    }
    writer->finish();
  }
  return out.str();
}

TEST(report_stream, every_writer_fed_plan_by_plan_writes_its_golden) {
  testing::expect_golden(fed_one_by_one(text_writer, options()), "tests/data/report/batch.vi.txt");
  testing::expect_golden(fed_one_by_one(json_writer, options()), "tests/data/report/batch.json");
  testing::expect_golden(fed_one_by_one(sarif_writer, options()), "tests/data/report/batch.sarif");
  testing::expect_golden(fed_one_by_one(junit_writer, options()), "tests/data/report/batch.junit.xml");
  testing::expect_golden(fed_one_by_one(github_writer, options()), "tests/data/report/batch.github.txt");
}

// With no plan at all the documents are still whole: empty arrays, zero counts.
TEST(report_stream, an_empty_batch_is_a_complete_document) {
  auto empty = [](std::unique_ptr<report_writer> (*make)(const render_options&, std::ostream&)) {
    std::ostringstream out;
    std::unique_ptr<report_writer> writer = make(options(), out);
    writer->begin({});
    writer->finish();
    return out.str();
  };
  EXPECT_EQ(empty(text_writer), "");
  EXPECT_EQ(empty(junit_writer), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n</testsuites>\n");
  EXPECT_EQ(empty(json_writer),
            whole(ordered::parse(R"({"format": "planlint.report/1",
                                     "tool": {"name": "planlint", "version": ")" +
                                 std::string(planlint::version) + R"("},
                                     "as_of": "2024-10-01", "language": "vi", "plans": [],
                                     "summary": {"error": 0, "warning": 0, "info": 0, "suppressed": 0,
                                                 "plans": 0, "unreadable": 0}})")) +
                "\n");
  ordered sarif = ordered::parse(empty(sarif_writer));
  EXPECT_EQ(sarif["runs"][0]["results"], ordered::array());
  EXPECT_EQ(sarif["runs"][0]["tool"]["driver"]["rules"], ordered::array());
  EXPECT_EQ(empty(sarif_writer), whole(sarif) + "\n");
}

}  // namespace
}  // namespace planlint::report
