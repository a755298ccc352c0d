// The command line's Host (CLI): the engine's stdout/stderr go to the process's, stdin
// lines come from the terminal or a pipe, files from the real filesystem.
#pragma once
#include "host/host.h"

namespace glasspy::cli {

class CliHost : public host::Host {
 public:
  void write_stdout(std::string_view utf8) override;
  // Flushes stdout first, so that a terminal shows both streams in order.
  void write_stderr(std::string_view utf8) override;
  std::optional<std::string> read_line() override;
  double wall_time() override;
  double monotonic_time() override;
  std::optional<std::string> read_file(const std::string& path, std::string* error) override;
};

}  // namespace glasspy::cli
