// The interpreter state (VM stage): everything a running program can change lives in one
// VM object, so a page can run several isolated interpreters (DESIGN.md decision 3).
// Python exceptions are VM state: a function that raises stores the exception here and
// returns null/false/-1 (decision 6).
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "host/host.h"
#include "parse/parser.h"
#include "objects/callable_objects.h"
#include "objects/list_object.h"
#include "objects/dict_object.h"
#include "objects/object.h"
#include "objects/str_object.h"
#include "objects/type_object.h"

namespace glasspy::objects {
struct GeneratorObject;
struct FrameObject;
}
namespace glasspy::gc {
class Collector;
}

namespace glasspy::vm {

using objects::DictObject;
using objects::StrObject;
using objects::TypeObject;
using objects::Value;

struct Frame;
class FrameStack;
class ProgramSources;
class VM;

// The events a trace or profile hook sees (CPython's PyTrace_* order).
enum class TraceEvent : uint8_t { kCall, kException, kLine, kReturn, kCCall, kCException, kCReturn, kOpcode };
// A C++-level trace/profile hook (CPython's Py_tracefunc): `hook_object` is what
// sys.gettrace()/getprofile() return. False with an exception set on error.
using TraceFn = bool (*)(VM& vm, Value hook_object, objects::FrameObject* frame, TraceEvent what, Value arg);

// How a run of the VM ended.
enum class RunStatus : uint8_t {
  kFinished,   // the program ran to its end (or SystemExit); see exit_code()
  kError,      // an uncaught exception: its traceback was printed to stderr
  kSuspended,  // the instruction budget ran out: call resume() to go on
  kWaitingForInput,  // input() waits for the host's answer (Host::read_input said kPending):
                     // call resume() once it has one; the input() call runs again then
};

class VM {
 public:
  explicit VM(host::Host& host);
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  // --- running programs (the host's API) ---
  // Compiles and runs `source` (UTF-8 text, already decoded) as the __main__ module, its
  // code named `filename` (also __file__ when kind is kFile: "<string>" for -c). Syntax
  // errors and uncaught exceptions print to stderr as CPython prints them (kError).
  RunStatus run_main(std::string_view source, const std::string& filename,
                     parse::SourceKind kind = parse::SourceKind::kFile, bool declared_encoding = false);
  // Goes on after kSuspended.
  RunStatus resume();
  // Instructions (counted at backward jumps and calls) before the VM suspends; <= 0: none.
  void set_budget(int64_t ticks) { budget_ = ticks; budget_enabled_ = ticks > 0; }
  // Set in interrupt_requested_ when a trace/profile hook changes: loops poll and switch.
  static constexpr int32_t kLoopSwitchBit = 1 << 28;
  // Asks the running program to stop: it gets KeyboardInterrupt at its next backward jump
  // or call. Safe to call from another thread / a signal handler (an atomic flag).
  void interrupt() { interrupt_requested_.fetch_or(1, std::memory_order_relaxed); }
  std::atomic<int32_t>* interrupt_flag() { return &interrupt_requested_; }
  // The process exit status of the last run (SystemExit's code, 1 after an uncaught error).
  int exit_code() const { return exit_code_; }
  // Drops a run that stopped (kSuspended / kWaitingForInput) without finishing it: its
  // frames and what they hold are released. run_main and the destructor call it.
  void abandon_run();

  // --- the last run's failure as data (for embedders; vm/run_main.cpp) ---
  // Keep the uncaught exception of a run (as CPython's sys.last_value) instead of dropping
  // it once printed. Off by default: the CLI ends right after anyway.
  void set_keep_uncaught(bool keep) { keep_uncaught_ = keep; }
  // The kept uncaught exception (new reference; null: none) and the text printed for it.
  [[nodiscard]] Value take_uncaught();
  const std::string& uncaught_text() const { return uncaught_text_; }
  // The compile error that ended the last run_main before it ran (empty: none).
  const std::optional<parse::CompileError>& compile_error() const { return compile_error_; }

  // --- input() suspending the VM (builtins/builtins_io.cpp) ---
  // True if the native function `fn` is being called straight from a CALL of the outermost
  // loop with nothing else on the C++ stack: the only place where the VM can stop for input.
  bool is_direct_outer_call(objects::NativeFn fn) const;
  // Called by input() (then returning null without an exception) to stop the loop at its
  // CALL with kWaitingForInput; the CALL runs again on resume.
  void request_input_wait() { input_wait_requested_ = true; }
  // True (once) when this input() call is that CALL running again: the prompt is out already.
  bool take_input_resumed() {
    bool resumed = input_resumed_;
    input_resumed_ = false;
    return resumed;
  }
  // input()-like waits elsewhere: true if `iterator` is what the executing FOR_ITER of the
  // outermost loop advances, with nothing else on the C++ stack (`for line in sys.stdin`);
  // its iternext may then call request_input_wait and return null without an exception.
  bool is_direct_outer_iteration(Value iterator) const;
  // Long native loops (sum over a range, sorting, searching a long str, big-int pow) call
  // this per step of about `units` of work: every kNativePollUnits units it asks the host
  // whether to stop and raises KeyboardInterrupt if an interrupt is pending (collection
  // requests wait for the loop). False if it raised. A decrement on the fast path.
  static constexpr int32_t kNativePollUnits = 1 << 16;
  [[nodiscard]] bool poll_native_work(int32_t units = 1) {
    return (native_poll_countdown_ -= units) > 0 || poll_native_work_slow();
  }
  [[nodiscard]] bool poll_native_work_slow();
  // Raises KeyboardInterrupt if an interrupt is pending (and runs a due collection);
  // false if it raised.
  [[nodiscard]] bool poll_interrupt() { return check_interrupt(); }

  // --- the cycle collector (gc/collector.h) ---
  gc::Collector& collector() { return *collector_; }
  // Makes this VM the one whose collector tracks new objects on this thread (the
  // constructor, run_main and resume call it).
  void make_current();
  // The VM made current last on this thread (null: none).
  static VM* current();

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
  // Nested C++ -> Python re-entries (native calls, generator resumptions) allowed whatever
  // sys.setrecursionlimit says: each costs native stack. In wasm that is the JS engine's
  // stack (V8: about 1 MB, not settable from a library), where a re-entry costs up to
  // ~0.8 KB (measured with a 2,000 limit: re-entering through __getattr__, property, map
  // and eval overflowed V8's stack at 1,000-1,200 levels; with 800 all raise RecursionError).
#ifdef __EMSCRIPTEN__
  static constexpr int kMaxNativeDepth = 800;
#else
  static constexpr int kMaxNativeDepth = 2000;
#endif
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
  // Runs a class body (a function without arguments) with the namespace `ns` as its
  // locals and the function's closure (vm/class_body.cpp). New reference (None or the
  // __class__ cell) or null.
  [[nodiscard]] Value run_class_body(objects::FunctionObject* body, Value ns);

  FrameStack& frames() { return *frames_; }
  // Runs a generator's frame from where it stopped (vm/generator.cpp): pushes `sent`, or
  // when `throwing` raises the pending exception at the yield point. 1: it yielded
  // *result; 0: it returned *result; -1: it raised (the generator is finished then).
  int resume_generator_frame(objects::GeneratorObject* gen, Value sent, bool throwing, Value* result);
  // close() of a generator suspended where no handler covers the yield: GeneratorExit
  // would only unwind the frame, so the frame is cleared as that would (no exception,
  // traceback or frame object made). False, doing nothing, when the throw must happen.
  bool close_generator_quietly(objects::GeneratorObject* gen);
  // Source texts for tracebacks (the main program, exec'd strings by their filename).
  ProgramSources& sources() { return *sources_; }
  // Prints `exception` as an uncaught exception to stderr (sys.excepthook's default).
  void print_exception(Value exception);
  Frame* current_frame() const { return current_frame_; }

  // --- tracing and profiling (vm/trace_hooks.cpp) ---
  // Installs the trace / profile hook (fn null: none); `hook_object` (borrowed) is kept.
  // While either is set, loops run their tracing instantiation (zero cost otherwise).
  void set_trace_hook(TraceFn fn, Value hook_object);
  void set_profile_hook(TraceFn fn, Value hook_object);
  Value trace_hook_object() const { return trace_obj_; }      // borrowed; null: none
  Value profile_hook_object() const { return profile_obj_; }  // borrowed; null: none
  TraceFn profile_hook() const { return profile_fn_; }
  // True while a hook runs (its own code is not traced).
  bool in_trace_hook() const { return tracing_depth_ > 0; }

  // --- helpers shared by the object model ---
  // Raises AttributeError(message) with .name and .obj set (for "Did you mean" hints).
  Value raise_attribute_error(Value obj, StrObject* name, const std::string& message);
  // Raises NameError(message) with .name set.
  void raise_name_error(Value name, const std::string& message);
  // Guards repr of containers against cycles ("[...]"): false if `v` is already being
  // repr'd (then do not call leave_repr).
  [[nodiscard]] bool enter_repr(Value v);
  void leave_repr(Value v);

  // Internal state the loop and the built-ins share.
  int python_depth_ = 0;   // Python frames live (for RecursionError)
  int native_depth_ = 0;   // nested C++ -> Python re-entries
  int generator_depth_ = 0;  // nested generator resumptions (each one a C++ re-entry of the loop)
  Frame* current_frame_ = nullptr;
  Value exception_;        // pending (raised, not yet caught) exception, owned
  Value handled_;          // exception being handled (exc_info), owned
  int64_t budget_ = 0;
  bool budget_enabled_ = false;
  std::atomic<int32_t> interrupt_requested_{0};
  int exit_code_ = 0;
  int loop_depth_ = 0;                 // run_frames invocations active (C++ re-entries + 1)
  Frame* suspended_frame_ = nullptr;   // where an exhausted budget stopped the loop
  int int_max_str_digits_ = 4300;  // sys.set_int_max_str_digits (0: no limit)
  bool tracing_wanted_ = false;    // a trace or profile hook is set: loops switch to tracing
  int tracing_what_ = 0;           // the TraceEvent a hook handles (CPython's tracing_what)

 private:
  // The loop (eval.cpp) and its helpers (eval_support.cpp, vm_errors.cpp, vm_import.cpp,
  // vm_match.cpp, generator.cpp).
  Value run_frames(Frame* entry);
  // The loop itself (eval.cpp), instantiated without and with tracing hooks. Returns with
  // loop_switch_frame_ set when tracing_wanted_ no longer matches kTracing.
  template <bool kTracing>
  Value run_loop(Frame* entry);
  // Trace hooks called by the tracing loop (vm/trace_hooks.cpp); false: an exception.
  [[nodiscard]] bool trace_instruction(Frame* frame, const uint16_t* previous);
  [[nodiscard]] bool trace_return(Frame* frame, Value result);
  void trace_exception(Frame* frame);
  void trace_unwind_return(Frame* frame);
  Value profiled_call(Value callable, objects::CallArgs args);
  [[nodiscard]] bool call_trace_hook(TraceFn fn, Value obj, Frame* frame, TraceEvent what, Value arg);
  [[nodiscard]] bool call_trace_hook_protected(TraceFn fn, Value obj, Frame* frame, TraceEvent what, Value arg);
  Frame* push_frame(objects::CodeObject* code, objects::FunctionObject* function, DictObject* globals, Value locals);
  Frame* push_function_frame(objects::FunctionObject* f, objects::CallArgs args);
  void pop_frame(Frame* frame);
  void add_traceback_entry(Frame* frame);
  bool frame_is_outermost(Frame* frame) const;
  [[nodiscard]] bool check_interrupt();
  void raise_unbound_deref(Frame* frame, int slot);
  Value load_from_mapping(Value mapping, Value name);
  Value join_strings(const Value* items, int n);
  [[nodiscard]] bool list_extend_from(objects::ListObject* list, Value iterable);
  [[nodiscard]] bool dict_update_from(DictObject* d, Value update, bool merge, Value callable);
  Value format_value(Value v, int conversion, Value spec);
  [[nodiscard]] bool unpack_sequence(Value seq, int count, int star_index, Value* out);
  Value call_with_star(Value callable, Value args, Value kwargs);
  [[nodiscard]] bool setup_annotations(Frame* frame);
  [[nodiscard]] bool print_expr(Value v);
  void do_raise(Value exc, Value cause);
  int exception_matches(Value exc, Value type);
  [[nodiscard]] bool exception_group_match(Value eg, Value type, Value* match, Value* rest);
  Value prep_reraise_star(Value orig, Value excs);
  [[nodiscard]] bool before_with(Value mgr, Value* exit_fn, Value* enter_result);
  Value call_exit_with_exception(Value exit_fn, Value exc);
  bool is_mapping_for_match(Value v);
  bool is_sequence_for_match(Value v);
  Value match_keys(Value subject, Value keys);
  Value match_class(Value subject, Value type, int count, Value names);
  Value import_name(Frame* frame, Value name, Value fromlist, Value level);
  Value import_from(Value module, Value name);
  [[nodiscard]] bool import_star(Frame* frame, Value module);
  bool is_generator_like(Value v);
  Value make_generator(Frame* frame);
  int generator_send(Value receiver, Value v, Value* result);
  void generator_finished_with_error(Frame* frame);
  [[nodiscard]] bool async_op(Frame* frame, int op, int oparg);

  RunStatus finish_run(Value result);
  bool suspended_ = false;
  bool waiting_for_input_ = false;     // the suspension is an input() call (kWaitingForInput)
  bool input_wait_requested_ = false;  // set by input(), seen by CALL
  bool input_resumed_ = false;         // resume() after kWaitingForInput, until input() runs
  bool keep_uncaught_ = false;
  Value uncaught_;                     // owned; see take_uncaught()
  std::string uncaught_text_;
  std::optional<parse::CompileError> compile_error_;
  bool generator_suspended_ = false;
  std::vector<objects::Object*> repr_stack_;
  host::Host& host_;
  std::unique_ptr<FrameStack> frames_;
  std::unique_ptr<ProgramSources> sources_;
  DictObject* builtins_ = nullptr;
  DictObject* modules_ = nullptr;
  DictObject* interned_ = nullptr;  // str -> str
  int recursion_limit_ = 1000;
  std::unique_ptr<gc::Collector> collector_;
  int32_t native_poll_countdown_ = kNativePollUnits;  // see poll_native_work
  Frame* loop_switch_frame_ = nullptr;  // where a loop stopped to switch instantiation
  TraceFn trace_fn_ = nullptr;
  Value trace_obj_;                     // owned
  TraceFn profile_fn_ = nullptr;
  Value profile_obj_;                   // owned
  int tracing_depth_ = 0;               // hooks running (no events meanwhile)
};

}  // namespace glasspy::vm
