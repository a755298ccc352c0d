// What the engine needs from the world around it (host stage, DESIGN.md decision 7):
// output sinks, a stdin source, a clock and files. The CLI and the wasm glue implement
// it; the engine never touches the terminal, the DOM or the real filesystem directly.
#pragma once
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

namespace glasspy::host {

class Host {
 public:
  virtual ~Host() = default;
  // Text written to sys.stdout / sys.stderr (UTF-8), in order, unbuffered.
  virtual void write_stdout(std::string_view utf8) = 0;
  virtual void write_stderr(std::string_view utf8) = 0;
  // One line of stdin including its "\n" (none at the end: the last line), or nullopt at
  // end of input. May block (CLI) or be answered after a pause (browser).
  virtual std::optional<std::string> read_line() = 0;
  // What input() asks for (its prompt already written to stdout): a line in *line (without
  // its "\n"), end of input, or kPending when the host answers later (the browser without
  // blocking): the VM then suspends at the input() call and calls this again on resume.
  enum class InputStatus : uint8_t { kLine, kEof, kPending };
  virtual InputStatus read_input(std::string_view prompt, std::string* line) {
    (void)prompt;
    std::optional<std::string> text = read_line();
    if (!text) return InputStatus::kEof;
    *line = std::move(*text);
    if (!line->empty() && line->back() == '\n') line->pop_back();
    return InputStatus::kLine;
  }
  // Seconds since the epoch (time.time()) and a monotonic clock in seconds.
  virtual double wall_time() = 0;
  virtual double monotonic_time() = 0;
  // The whole content of a file, or nullopt if it cannot be read (errno-like reason in
  // *error: "No such file or directory").
  virtual std::optional<std::string> read_file(const std::string& path, std::string* error) = 0;

  // sys.stdin's reads: one line with its "\n" (none at the end of the last line) in *line,
  // end of input, or kPending as for read_input (the VM stops at the read call, which runs
  // again on resume).
  virtual InputStatus read_stdin(std::string* line) {
    std::optional<std::string> text = read_line();
    if (!text) return InputStatus::kEof;
    *line = std::move(*text);
    return InputStatus::kLine;
  }
  // time.sleep() waits here, for at most `seconds` (it calls again until its deadline):
  // kSlept after some wait, kInterrupted when the host's Stop came meanwhile
  // (KeyboardInterrupt follows), or, only when `can_suspend`, kPending: the host waits
  // outside the VM, which stops at the sleep() call and returns from it on resume.
  // The default sleeps in slices of 20 ms; time.sleep checks the interrupt flag between.
  enum class SleepStatus : uint8_t { kSlept, kInterrupted, kPending };
  virtual SleepStatus sleep(double seconds, bool can_suspend) {
    (void)can_suspend;
    std::this_thread::sleep_for(std::chrono::duration<double>(std::min(seconds, 0.02)));
    return SleepStatus::kSlept;
  }
  // Asked every so often during long native work (vm::VM::poll_native_work) and nested
  // loops: true when the host wants the program stopped. For hosts whose Stop cannot reach
  // VM::interrupt() while the VM's thread is busy (a browser worker reads a shared flag).
  virtual bool stop_requested() { return false; }
};

}  // namespace glasspy::host
