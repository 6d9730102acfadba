#include "engine/text/criterion.hpp"

#include <gtest/gtest.h>

#include <string>

namespace planlint::text {
namespace {

// Reads a text and renders the result as one line, so that a table row states everything:
// "2.3 [0,13) rest=…" or "error [b,e) message".
std::string span_text(span s) {
  return "[" + std::to_string(s.begin) + "," + std::to_string(s.end) + ")";
}

std::string render(const read_result<criterion_ref>& r) {
  if (!r) return "error " + span_text(r.error().bytes) + " " + r.error().message;
  return r->id() + " " + span_text(r->bytes) + " rest=" + r->rest;
}

std::string render(const read_result<standard_heading>& r) {
  if (!r) return "error " + span_text(r.error().bytes) + " " + r.error().message;
  return std::to_string(r->standard) + " " + span_text(r->bytes) + " title=" + r->title;
}

struct row {
  const char* input;
  const char* expected;
};

const row criterion_rows[] = {
    {"1.1", "1.1 [0,3) rest="},
    {"Tiêu chí 2. 3", "2.3 [0,15) rest="},
    {"TC 1.10", "1.10 [0,7) rest="},
    {"tiêu chí 5.6:", "5.6 [0,14) rest="},
    {"Tieu chí 5.6", "5.6 [0,13) rest="},
    {"Tiêu chí 1.3: Tổ chức Đảng Cộng…", "1.3 [0,14) rest=Tổ chức Đảng Cộng…"},
    {"Tiêu chí\n2. 3", "2.3 [0,15) rest="},
    {"Tiêu chí \n\n1.5 \n\n", "1.5 [0,16) rest="},
    {"  Tiêu chí 1.1 Phương hướng, chiến lược", "1.1 [2,16) rest=Phương hướng, chiến lược"},
    {"Tiêu chí 3.3 \u2013 Khối hành chính - quản trị", "3.3 [0,14) rest=Khối hành chính - quản trị"},
    {"Tiêu chí 2.2.", "2.2 [0,14) rest="},
    {"TIÊU CHÍ 4.2", "4.2 [0,14) rest="},
    {"Tiêu chí số 1.9", "1.9 [0,19) rest="},
    {"tc1.4", "1.4 [0,5) rest="},
    {"Tie\u0302u chi\u0301 1.2", "1.2 [0,16) rest="},
    {"5 . 6", "5.6 [0,5) rest="},
    {"Tiêu chí", "error [0,10) thiếu số hiệu tiêu chí (dạng 1.1) sau “Tiêu chí”"},
    {"Tiêu chí: ", "error [0,11) thiếu số hiệu tiêu chí (dạng 1.1) sau “Tiêu chí:”"},
    {"1", "error [0,1) số hiệu tiêu chí phải có dạng <tiêu chuẩn>.<tiêu chí>, ví dụ 1.1; đọc được “1”"},
    {"1.a", "error [0,3) số hiệu tiêu chí phải có dạng <tiêu chuẩn>.<tiêu chí>, ví dụ 1.1; đọc được “1.a”"},
    {"Tiêu chí abc", "error [11,14) số hiệu tiêu chí phải có dạng <tiêu chuẩn>.<tiêu chí>, ví dụ 1.1; đọc được “abc”"},
    {"abc", "error [0,3) không đọc được tiêu chí: cần “Tiêu chí 1.1” hoặc “1.1”"},
    {"Tiêu chuẩn 1", "error [0,15) không đọc được tiêu chí: cần “Tiêu chí 1.1” hoặc “1.1”"},
    {"", "error [0,0) ô tiêu chí trống"},
    {" \n ", "error [0,0) ô tiêu chí trống"},
    {"1.1.2", "error [0,5) đây không phải số hiệu tiêu chí (dạng 1.1): “1.1.2”"},
    {"1.1234", "error [0,6) đây không phải số hiệu tiêu chí (dạng 1.1): “1.1234”"},
    {"0.1", "error [0,3) tiêu chuẩn và tiêu chí được đánh số từ 1: “0.1”"},
};

TEST(text_criterion, table) {
  for (const auto& r : criterion_rows) EXPECT_EQ(render(read_criterion(r.input)), r.expected) << r.input;
}

TEST(text_criterion, span_points_at_the_reference_in_the_source) {
  const std::string source = "Tiêu chí\n2. 3: Đối với nhân viên";
  auto r = read_criterion(source);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(source.substr(r->bytes.begin, r->bytes.end - r->bytes.begin), "Tiêu chí\n2. 3");
  EXPECT_EQ(r->rest, "Đối với nhân viên");
  EXPECT_EQ(r->standard, 2);
  EXPECT_EQ(r->number, 3);
}

const row standard_rows[] = {
    {"Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", "1 [0,15) title=Tổ chức và quản lý nhà trường"},
    {"1", "1 [0,1) title="},
    {"Tiêu chuẩn 2", "2 [0,15) title="},
    {"Tiêu chuẩn 5: Hoạt động giáo \n\ndục và kết quả giáo dục", "5 [0,15) title=Hoạt động giáo dục và kết quả giáo dục"},
    {"TIÊU CHUẨN 3 - Cơ sở vật chất", "3 [0,15) title=Cơ sở vật chất"},
    {"Tieu chuan 4", "4 [0,12) title="},
    {"Tiêu chuẩn", "error [0,13) thiếu số hiệu tiêu chuẩn sau “Tiêu chuẩn”"},
    {"abc", "error [0,3) không đọc được tiêu chuẩn: cần “Tiêu chuẩn 1” hoặc “1”"},
    {"1.1", "error [0,3) đây là số hiệu tiêu chí, không phải tiêu chuẩn: “1.1”"},
    {"Tiêu chuẩn 0", "error [14,15) tiêu chuẩn được đánh số từ 1"},
    {"", "error [0,0) ô tiêu chuẩn trống"},
};

TEST(text_criterion, standard_table) {
  for (const auto& r : standard_rows) EXPECT_EQ(render(read_standard(r.input)), r.expected) << r.input;
}

}  // namespace
}  // namespace planlint::text
