#include "engine/report/spill.hpp"

#include <sstream>

namespace planlint::report {

namespace {

// A std::streambuf over a C FILE (std::tmpfile has no C++ counterpart); the FILE buffers.
class file_buffer : public std::streambuf {
 public:
  explicit file_buffer(std::FILE* file) : file_(file) {}

 protected:
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    return std::fputc(c, file_) == EOF ? traits_type::eof() : c;
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    return static_cast<std::streamsize>(std::fwrite(s, 1, static_cast<std::size_t>(n), file_));
  }
  int sync() override { return std::fflush(file_) == 0 ? 0 : -1; }

 private:
  std::FILE* file_;
};

}  // namespace

spill::spill() : spill(std::tmpfile()) {}

spill::spill(std::FILE* file)
    : file_(file),
      buffer_(file_ ? std::unique_ptr<std::streambuf>(std::make_unique<file_buffer>(file_))
                    : std::make_unique<std::stringbuf>()),
      stream_(buffer_.get()) {}

spill::~spill() {
  if (file_) std::fclose(file_);
}

bool spill::read_back(const std::function<void(const char*, std::size_t)>& take) {
  bool written = static_cast<bool>(stream_.flush());
  if (!file_) {
    const std::string text = static_cast<std::stringbuf&>(*buffer_).str();
    take(text.data(), text.size());
    return written;
  }
  std::rewind(file_);
  char chunk[1 << 16];
  for (std::size_t n; (n = std::fread(chunk, 1, sizeof chunk, file_)) > 0;) take(chunk, n);
  return written && !std::ferror(file_);
}

void spill::copy_to(std::ostream& out) {
  bool ok = read_back([&](const char* bytes, std::size_t n) {
    out.write(bytes, static_cast<std::streamsize>(n));
  });
  if (!ok) out.setstate(std::ios::badbit);
}

std::string spill::contents() {
  std::string text;
  if (!read_back([&](const char* bytes, std::size_t n) { text.append(bytes, n); })) text.clear();
  return text;
}

}  // namespace planlint::report
