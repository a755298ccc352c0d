// The command line's Host: process streams, clocks and files.
#include "cli_host.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>

namespace glasspy::cli {

void CliHost::write_stdout(std::string_view utf8) { std::fwrite(utf8.data(), 1, utf8.size(), stdout); }

void CliHost::write_stderr(std::string_view utf8) {
  std::fflush(stdout);
  std::fwrite(utf8.data(), 1, utf8.size(), stderr);
}

std::optional<std::string> CliHost::read_line() {
  std::fflush(stdout);
  std::string line;
  int c;
  while ((c = std::fgetc(stdin)) != EOF) {
    line.push_back(static_cast<char>(c));
    if (c == '\n') break;
  }
  if (line.empty()) return std::nullopt;
  return line;
}

double CliHost::wall_time() {
  using namespace std::chrono;
  return duration<double>(system_clock::now().time_since_epoch()).count();
}

double CliHost::monotonic_time() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

std::optional<std::string> CliHost::read_file(const std::string& path, std::string* error) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    if (error != nullptr) *error = std::strerror(errno);
    return std::nullopt;
  }
  std::string out;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  bool failed = std::ferror(f) != 0;
  int saved = errno;
  std::fclose(f);
  if (failed) {
    if (error != nullptr) *error = std::strerror(saved);
    return std::nullopt;
  }
  return out;
}

}  // namespace glasspy::cli
