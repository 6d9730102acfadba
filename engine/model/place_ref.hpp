#pragma once
// A reviewer's place ("bảng kế hoạch, dòng TT 3, cột Thời gian") kept as two parts and put
// together only when a finding needs it: a string that lives as long as the analysis (a
// constant, or a view's own label) and a literal. A check reads thousands of places and
// reports a handful; building each as a string was a heap allocation per row and column.
#include <string>

namespace planlint::model {

struct place_ref {
  const std::string* head = nullptr;  // none: the place is the tail alone
  const char* tail = "";

  std::string text() const { return head ? *head + tail : std::string(tail); }
};

}  // namespace planlint::model
