// The embedding API (embed stage): the Host that streams output to callbacks and answers
// input() from a blocking reader or by suspending the VM, and the Interpreter driving a VM
// in budgeted steps.
#include "embed/interpreter.h"

#include <chrono>
#include <cmath>
#include <utility>

#include "gc/collector.h"
#include "host/host.h"
#include "modules/text_stream.h"
#include "vm/vm.h"

namespace glasspy::embed {

using objects::Value;

// The Host of an embedded interpreter: every write goes straight to its callback (the
// program goes on only after it returned), stdin comes from the reader or from answers
// given between steps, and there are no files.
class EmbedHost : public host::Host {
 public:
  Interpreter::WriteFn out, err;
  Interpreter::ReadFn reader;            // empty: suspend mode
  Interpreter::SleepFn sleeper;          // empty: suspend or slices (see set_sleeper)
  Interpreter::StopPollFn stop_poller;   // empty: no Stop but interrupt()
  int64_t sleep_pending_ms = -1;         // >= 0: the run stopped in time.sleep for this long
  std::optional<std::string> answer;     // the next input() line (suspend mode)
  bool answer_ready = false;
  std::string prompt;                    // of the input() waiting

  // Empty writes (print(end='')) are not worth a call into JavaScript.
  void write_stdout(std::string_view utf8) override {
    if (out && !utf8.empty()) out(utf8);
  }
  void write_stderr(std::string_view utf8) override {
    if (err && !utf8.empty()) err(utf8);
  }
  // The engine reads stdin through read_stdin (below); this is Host's plain form of it.
  std::optional<std::string> read_line() override {
    std::optional<std::string> line;
    if (reader) {
      line = reader("");
    } else if (answer_ready) {
      line = std::move(answer);
      answer.reset();
      answer_ready = false;
    }
    if (line) *line += '\n';
    return line;
  }
  // sys.stdin's reads: as input() (a line given to neither comes with its "\n").
  InputStatus read_stdin(std::string* line) override {
    std::optional<std::string> got;
    if (reader) {
      got = reader("");
    } else if (answer_ready) {
      got = std::move(answer);
      answer.reset();
      answer_ready = false;
    } else {
      prompt.clear();
      return InputStatus::kPending;
    }
    if (!got) return InputStatus::kEof;
    *line = std::move(*got);
    *line += '\n';
    return InputStatus::kLine;
  }
  SleepStatus sleep(double seconds, bool can_suspend) override {
    if (sleeper) return sleeper(seconds) ? SleepStatus::kInterrupted : SleepStatus::kSlept;
    if (!reader && can_suspend) {
      sleep_pending_ms = static_cast<int64_t>(std::ceil(std::min(seconds, 1e12) * 1000));
      return SleepStatus::kPending;
    }
    if (stop_requested()) return SleepStatus::kInterrupted;
    return Host::sleep(seconds, can_suspend);
  }
  bool stop_requested() override { return stop_poller && stop_poller(); }
  InputStatus read_input(std::string_view text, std::string* line) override {
    std::optional<std::string> got;
    if (reader) {
      got = reader(text);
    } else if (answer_ready) {
      got = std::move(answer);
      answer.reset();
      answer_ready = false;
    } else {
      // Suspend: the prompt of a re-asked input() is empty; keep the first one.
      if (!text.empty() || prompt.empty()) prompt = text;
      return InputStatus::kPending;
    }
    prompt.clear();
    if (!got) return InputStatus::kEof;
    *line = std::move(*got);
    return InputStatus::kLine;
  }
  double wall_time() override {
    using namespace std::chrono;
    return duration<double>(system_clock::now().time_since_epoch()).count();
  }
  double monotonic_time() override {
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
  }
  std::optional<std::string> read_file(const std::string&, std::string* error) override {
    if (error != nullptr) *error = "No such file or directory";
    return std::nullopt;
  }
};

Interpreter::Interpreter() : host_(std::make_unique<EmbedHost>()) { create_vm(); }

Interpreter::~Interpreter() = default;

void Interpreter::create_vm() {
  vm_.reset();  // the old state goes first (its __del__ methods may still print)
  vm_ = std::make_unique<vm::VM>(*host_);
  vm_->set_keep_uncaught(true);
  phase_ = Phase::kIdle;
}

void Interpreter::set_output(WriteFn out, WriteFn err) {
  host_->out = std::move(out);
  host_->err = std::move(err);
}

void Interpreter::set_input_reader(ReadFn reader) { host_->reader = std::move(reader); }

void Interpreter::set_sleeper(SleepFn sleeper) { host_->sleeper = std::move(sleeper); }

void Interpreter::set_stop_poller(StopPollFn poller) { host_->stop_poller = std::move(poller); }

void Interpreter::start(std::string source, std::string filename) {
  vm_->abandon_run();
  source_ = std::move(source);
  filename_ = std::move(filename);
  phase_ = Phase::kStarted;
  host_->prompt.clear();
  host_->sleep_pending_ms = -1;
  modules::text_stream_forget_input(*vm_);
  // A Stop meant for an earlier run must not end this one (collection requests stay).
  vm_->interrupt_flag()->fetch_and(gc::kCollectRequestBit, std::memory_order_relaxed);
}

StepResult Interpreter::step(int64_t budget) {
  if (phase_ == Phase::kIdle || phase_ == Phase::kDone) return StepResult{};
  // The loop is left and re-entered at least every kSliceTicks, even without a budget:
  // WebAssembly has no on-stack replacement, so a loop entered once would run in the JS
  // engine's baseline code to the end (measured in Node: nbody 11.3 s in one call, 3.7 s
  // in slices of 100,000 ticks); a slice costs one return and one resume.
  constexpr int64_t kSliceTicks = 100000;
  int64_t left = budget > 0 ? budget : -1;
  vm::RunStatus status;
  for (;;) {
    int64_t slice = left < 0 || left > kSliceTicks ? kSliceTicks : left;
    vm_->set_budget(slice);
    status = phase_ == Phase::kStarted ? vm_->run_main(source_, filename_) : vm_->resume();
    phase_ = Phase::kSuspended;
    if (status != vm::RunStatus::kSuspended) break;
    if (left > 0 && (left -= slice) == 0) break;
  }
  StepResult result;
  switch (status) {
    case vm::RunStatus::kSuspended:
      phase_ = Phase::kSuspended;
      result.state = StepState::kRunning;
      return result;
    case vm::RunStatus::kWaitingForInput:
      phase_ = Phase::kSuspended;
      if (host_->sleep_pending_ms >= 0) {
        result.state = StepState::kSleep;
        result.sleep_ms = host_->sleep_pending_ms;
        host_->sleep_pending_ms = -1;
        return result;
      }
      result.state = StepState::kInput;
      result.prompt = host_->prompt;
      return result;
    case vm::RunStatus::kFinished: return finished(true);
    case vm::RunStatus::kError: return finished(false);
  }
  return result;
}

StepResult Interpreter::finished(bool ok) {
  phase_ = Phase::kDone;
  StepResult result;
  result.ok = ok;
  result.exit_code = vm_->exit_code();
  if (ok) return result;
  result.has_error = true;
  if (const auto& compile_error = vm_->compile_error()) {
    result.error = error_from_compile_error(*compile_error, filename_, vm_->uncaught_text());
  } else {
    Value e = vm_->take_uncaught();
    result.error = error_from_exception(*vm_, e, vm_->uncaught_text());
    objects::decref(e);
  }
  return result;
}

void Interpreter::provide_input(std::string line, bool eof) {
  host_->answer = eof ? std::nullopt : std::optional<std::string>(std::move(line));
  host_->answer_ready = true;
}

void Interpreter::interrupt() { vm_->interrupt(); }

void Interpreter::reset() {
  create_vm();
  host_->answer.reset();
  host_->answer_ready = false;
  host_->prompt.clear();
}

}  // namespace glasspy::embed
