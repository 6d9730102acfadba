#pragma once
// Output that has to wait for something only known at the end of a batch (SARIF's rule
// list comes before its results; GitHub's text report comes after every annotation): it is
// written to an anonymous temporary file, so memory stays flat in the batch size, and
// copied out when its turn comes. Without a temporary directory it is kept in memory
// instead: the same output, only not flat.
#include <cstdio>
#include <functional>
#include <memory>
#include <ostream>
#include <streambuf>
#include <string>

namespace planlint::report {

class spill {
 public:
  spill();  // a std::tmpfile
  // Owns `file` (closes it); null: in memory.
  explicit spill(std::FILE* file);
  ~spill();
  spill(const spill&) = delete;
  spill& operator=(const spill&) = delete;

  std::ostream& stream() { return stream_; }
  // Copies everything written so far to `out`; a failed write or read (a full disk) marks
  // `out` bad, so that the caller reports it instead of handing over a cut report.
  void copy_to(std::ostream& out);
  // Everything written so far, for a spill small enough to hold (empty after a failure).
  std::string contents();

 private:
  // Hands what was written to `take`, in chunks; false when writing or reading failed.
  bool read_back(const std::function<void(const char*, std::size_t)>& take);

  std::FILE* file_;
  std::unique_ptr<std::streambuf> buffer_;
  std::ostream stream_;
};

}  // namespace planlint::report
