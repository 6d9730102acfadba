#pragma once
// A list value of host objects: the plan's rows, a framework's criteria, a row's links to
// other rows. The objects are borrowed: the plan and its analysis outlive the evaluation.
#include <span>
#include <vector>

#include "engine/eval/host.hpp"

namespace planlint::bind {

// Every item of `items`, as an object of `type_of`.
template <typename T>
eval::value objects(const eval::host_type& type_of, const std::vector<T>& items) {
  eval::list out;
  out.reserve(items.size());
  for (const T& item : items) out.push_back(eval::value(eval::object{&type_of, &item}));
  return eval::value(std::move(out));
}

// Every item pointed at (a view's links into the analysis), as an object of `type_of`.
template <typename T>
eval::value objects(const eval::host_type& type_of, std::span<const T* const> items) {
  eval::list out;
  out.reserve(items.size());
  for (const T* item : items) out.push_back(eval::value(eval::object{&type_of, item}));
  return eval::value(std::move(out));
}

}  // namespace planlint::bind
