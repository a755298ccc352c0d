// The interpreter state (VM stage): everything a running program can change lives in one
// VM object, so a page can run several isolated interpreters (DESIGN.md decision 3).
// Python exceptions are VM state: a function that raises stores the exception here and
// returns null/false/-1 (decision 6).
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "host/host.h"
#include "objects/callable_objects.h"
#include "objects/dict_object.h"
#include "objects/object.h"
#include "objects/str_object.h"
#include "objects/type_object.h"

namespace glasspy::vm {

using objects::DictObject;
using objects::StrObject;
using objects::TypeObject;
using objects::Value;

struct Frame;
class FrameStack;

// How a run of the VM ended.
enum class RunStatus : uint8_t {
  kFinished,   // the program ran to its end (or SystemExit); see exit_code()
  kError,      // an uncaught exception: its traceback was printed to stderr
  kSuspended,  // the instruction budget ran out: call resume() to go on
};

class VM {
 public:
  explicit VM(host::Host& host);
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  // --- running programs (the host's API) ---
  // Compiles and runs `source` as the __main__ module. Syntax errors print as CPython
  // prints them and give kError.
  RunStatus run_main(std::string_view source, const std::string& filename);
  // Goes on after kSuspended.
  RunStatus resume();
  // Instructions (counted at backward jumps and calls) before the VM suspends; <= 0: none.
  void set_budget(int64_t ticks) { budget_ = ticks; budget_enabled_ = ticks > 0; }
  // Asks the running program to stop: it gets KeyboardInterrupt at its next backward jump
  // or call. Safe to call from another thread / a signal handler (an atomic flag).
  void interrupt() { interrupt_requested_.store(1, std::memory_order_relaxed); }
  std::atomic<int32_t>* interrupt_flag() { return &interrupt_requested_; }
  // The process exit status of the last run (SystemExit's code, 1 after an uncaught error).
  int exit_code() const { return exit_code_; }

  // --- exceptions ---
  bool has_error() const { return !exception_.is_null(); }
  // Raises `type(message)`; returns null so that callers can `return vm.raise(...)`.
  Value raise(TypeObject* type, std::string_view message);
  // Raises an exception instance or class (as `raise v`); sets __context__ from the
  // exception being handled.
  Value raise_value(Value exception);
  // Takes the pending exception (caller owns it); null if none.
  [[nodiscard]] Value fetch_error();
  // Puts back an exception taken with fetch_error (takes over the reference).
  void restore_error(Value exception);
  // The pending exception, borrowed.
  Value peek_error() const { return exception_; }
  // True if the pending exception is an instance of `type` (or a subclass).
  bool error_matches(TypeObject* type) const;
  void clear_error();
  // The exception being handled (sys.exc_info()[1]), borrowed; null if none.
  Value handled_exception() const { return handled_; }

  // --- namespaces and interning ---
  // The interned str for `text` (borrowed: the intern table owns it).
  StrObject* intern(std::string_view text);
  DictObject* builtins() const { return builtins_; }
  DictObject* modules() const { return modules_; }  // sys.modules
  host::Host& host() { return host_; }

  // --- recursion ---
  int recursion_limit() const { return recursion_limit_; }
  void set_recursion_limit(int limit) { recursion_limit_ = limit; }
  // Guards a C++ call that may run Python code (re-entry): false with RecursionError when
  // the native depth limit is reached. Pair with leave_native().
  [[nodiscard]] bool enter_native(const char* where);
  void leave_native() { --native_depth_; }

  // --- the interpreter loop (vm/eval.cpp) ---
  // Calls a Python function from C++ (re-entering the loop). New reference or null.
  [[nodiscard]] Value call_function(objects::FunctionObject* function, objects::CallArgs args);
  // Runs a code object with the given globals and locals (exec/eval/module bodies, class
  // bodies). New reference or null.
  [[nodiscard]] Value run_code(objects::CodeObject* code, DictObject* globals, Value locals);

  FrameStack& frames() { return *frames_; }
  Frame* current_frame() const { return current_frame_; }

  // Internal state the loop and the built-ins share.
  int python_depth_ = 0;   // Python frames live (for RecursionError)
  int native_depth_ = 0;   // nested C++ -> Python re-entries
  Frame* current_frame_ = nullptr;
  Value exception_;        // pending (raised, not yet caught) exception, owned
  Value handled_;          // exception being handled (exc_info), owned
  int64_t budget_ = 0;
  bool budget_enabled_ = false;
  std::atomic<int32_t> interrupt_requested_{0};
  int exit_code_ = 0;

 private:
  host::Host& host_;
  std::unique_ptr<FrameStack> frames_;
  DictObject* builtins_ = nullptr;
  DictObject* modules_ = nullptr;
  DictObject* interned_ = nullptr;  // str -> str
  int recursion_limit_ = 1000;
};

}  // namespace glasspy::vm
