#pragma once
// What every text reader returns: the value it read, or why it could not read one, with
// the byte range of the text it objects to. Readers never throw; a caller turns an error
// into a finding or an input error that points at the plan.
#include <cassert>
#include <string>
#include <utility>
#include <variant>

#include "engine/source.hpp"

namespace planlint::text {

struct read_error {
  span bytes;           // in the text the caller passed in
  std::string message;  // Vietnamese, for the reviewer
  friend bool operator==(const read_error&, const read_error&) = default;
};

template <typename T>
class read_result {
 public:
  read_result(T value) : state_(std::move(value)) {}
  read_result(read_error error) : state_(std::move(error)) {}

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }
  // Preconditions: ok() for value(), !ok() for error().
  const T& value() const {
    assert(ok());
    return *std::get_if<0>(&state_);
  }
  const T& operator*() const { return value(); }
  const T* operator->() const { return &value(); }
  const read_error& error() const {
    assert(!ok());
    return *std::get_if<1>(&state_);
  }

 private:
  std::variant<T, read_error> state_;
};

}  // namespace planlint::text
