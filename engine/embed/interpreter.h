// The embedding API (embed stage): one interpreter as a host program drives it — start a
// program, run it in slices of a budget, feed input() while it waits, stop it, and read
// how it ended as data. Host-independent (no Emscripten): wasm-glue binds it for
// JavaScript, tests/unit/embed/ drives it natively.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "embed/run_result.h"

namespace glasspy::vm {
class VM;
}

namespace glasspy::embed {

class EmbedHost;

class Interpreter {
 public:
  // Receives each write to sys.stdout or sys.stderr as it happens (UTF-8).
  using WriteFn = std::function<void(std::string_view)>;
  // Blocking stdin: input()'s prompt (already written to stdout) -> a line without its
  // "\n", or nullopt for end of input.
  using ReadFn = std::function<std::optional<std::string>(std::string_view prompt)>;

  // time.sleep in blocking mode: waits `seconds` and returns true if the host's Stop came
  // meanwhile (it should wake at once then).
  using SleepFn = std::function<bool(double seconds)>;
  // Asked now and then while the engine is busy in one step (long native calls, nested
  // loops): true if the host wants the program stopped.
  using StopPollFn = std::function<bool()>;

  Interpreter();
  ~Interpreter();
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  // Output callbacks (empty: discard). Take effect at once, also for a running program.
  void set_output(WriteFn out, WriteFn err);
  // A blocking reader for input() and sys.stdin; an empty one selects suspend mode (the
  // default): input() then stops the run with StepState::kInput until provide_input.
  void set_input_reader(ReadFn reader);

  // How time.sleep waits: `sleeper` if given; otherwise in suspend mode (no reader) the run
  // stops with StepState::kSleep (time.sleep called from C++ code, or with a reader: a wait
  // here in slices that polls interrupt() and the stop poller).
  void set_sleeper(SleepFn sleeper);
  // The host's Stop flag for a busy engine (empty: none; interrupt() still works between
  // steps and from other threads).
  void set_stop_poller(StopPollFn poller);

  // Makes `source` (UTF-8) the program to run as __main__, its code named `filename`;
  // drops a run that had not finished. Nothing runs before step().
  void start(std::string source, std::string filename);
  // Runs the program for at most `budget` ticks (backward jumps and calls; <= 0: to the
  // end). A syntax error is the first step's result. Without a started program: done, ok.
  StepResult step(int64_t budget);
  // The answer to the input() the run waits for (eof: end of input, EOFError). Given
  // before input() asks, it is kept for the next input().
  void provide_input(std::string line, bool eof);
  // The running program gets KeyboardInterrupt at its next tick (or in input()). Safe from
  // another thread and from inside the callbacks.
  void interrupt();
  // A fresh interpreter state: new modules and globals, no program started.
  void reset();

  // True after start() until a step() returned kDone.
  bool running() const { return phase_ == Phase::kStarted || phase_ == Phase::kSuspended; }

 private:
  enum class Phase : uint8_t { kIdle, kStarted, kSuspended, kDone };
  void create_vm();
  StepResult finished(bool ok);

  std::unique_ptr<EmbedHost> host_;
  std::unique_ptr<vm::VM> vm_;
  Phase phase_ = Phase::kIdle;
  std::string source_;
  std::string filename_;
};

}  // namespace glasspy::embed
