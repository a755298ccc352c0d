// Tracing and profiling (VM stage): the events the tracing loop reports (CPython 3.11's
// call_trace, trace_function_entry/exit, call_exc_trace and maybe_call_line_trace rules),
// C-function profiling around CALL, and the trampolines behind sys.settrace/setprofile.
#include "vm/trace_hooks.h"

#include "bytecode/code_unit.h"
#include "bytecode/line_table.h"
#include "bytecode/opcode.h"
#include "objects/builtin_types.h"
#include "objects/callable_objects.h"
#include "objects/exception_object.h"
#include "objects/frame_object.h"
#include "objects/ops.h"
#include "objects/tuple_object.h"
#include "vm/frame.h"

namespace glasspy::vm {

using namespace objects;
using bytecode::Opcode;

namespace {

// The code's per-unit source lines, made on first use.
const std::vector<int32_t>& lines_of(CodeObject* code) {
  if (!code->trace_lines.empty() || code->instructions.empty()) return code->trace_lines;
  std::vector<int32_t>& lines = code->trace_lines;
  lines.assign(code->instructions.size(), -1);
  if (code->unit != nullptr) {
    for (const bytecode::LocationRange& r : bytecode::decode_locations(code->unit->linetable, code->unit->firstlineno)) {
      for (int i = r.start; i < r.end && i < static_cast<int>(lines.size()); ++i) lines[i] = r.loc.lineno;
    }
  }
  code->trace_first_unit = 0;
  for (size_t i = 0; i < code->instructions.size(); ++i) {
    if ((code->instructions[i] & 0xFF) == int(Opcode::RESUME)) {
      code->trace_first_unit = static_cast<int>(i);
      break;
    }
  }
  return lines;
}

// Holds a reference for the length of a hook call (the hook may drop the last other one).
struct Hold {
  explicit Hold(Value v) : v_(v) { incref(v_); }
  ~Hold() { decref(v_); }
  Value v_;
};

// sys.settrace's hook: the global function gets 'call'; the frame's f_trace gets the rest,
// and what a call returns becomes the frame's f_trace (None keeps it).
bool python_trace_trampoline(VM& vm, Value self, FrameObject* f, TraceEvent what, Value arg) {
  Value callback = what == TraceEvent::kCall ? self : f->trace;
  if (callback.is_null()) return true;
  Hold hold(callback);
  Value argv[3] = {Value::from_object(f), Value::from_object(vm.intern(trace_event_name(what))),
                   arg.is_null() ? none() : arg};
  Value r = call(vm, callback, CallArgs{argv, 3, nullptr});
  if (r.is_null()) {
    vm.set_trace_hook(nullptr, Value());
    Value old = f->trace;
    f->trace = Value();
    decref(old);
    return false;
  }
  if (is_none(r)) {
    decref(r);
    return true;
  }
  Value old = f->trace;
  f->trace = r;
  decref(old);
  return true;
}

// sys.setprofile's hook: every event goes to the function; its result is ignored.
bool python_profile_trampoline(VM& vm, Value self, FrameObject* f, TraceEvent what, Value arg) {
  Hold hold(self);
  Value argv[3] = {Value::from_object(f), Value::from_object(vm.intern(trace_event_name(what))),
                   arg.is_null() ? none() : arg};
  Value r = call(vm, self, CallArgs{argv, 3, nullptr});
  if (r.is_null()) {
    vm.set_profile_hook(nullptr, Value());
    return false;
  }
  decref(r);
  return true;
}

}  // namespace

const char* trace_event_name(TraceEvent what) {
  switch (what) {
    case TraceEvent::kCall: return "call";
    case TraceEvent::kException: return "exception";
    case TraceEvent::kLine: return "line";
    case TraceEvent::kReturn: return "return";
    case TraceEvent::kCCall: return "c_call";
    case TraceEvent::kCException: return "c_exception";
    case TraceEvent::kCReturn: return "c_return";
    case TraceEvent::kOpcode: return "opcode";
  }
  return "?";
}

void set_python_trace(VM& vm, Value func) {
  if (is_none(func)) {
    vm.set_trace_hook(nullptr, Value());
  } else {
    vm.set_trace_hook(python_trace_trampoline, func);
  }
}

void set_python_profile(VM& vm, Value func) {
  if (is_none(func)) {
    vm.set_profile_hook(nullptr, Value());
  } else {
    vm.set_profile_hook(python_profile_trampoline, func);
  }
}

namespace {

void replace_hook(TraceFn* fn_slot, Value* obj_slot, TraceFn fn, Value obj) {
  Value old = *obj_slot;
  *fn_slot = fn;
  *obj_slot = fn != nullptr ? obj : Value();
  incref(*obj_slot);
  decref(old);
}

}  // namespace

void VM::set_trace_hook(TraceFn fn, Value hook_object) {
  replace_hook(&trace_fn_, &trace_obj_, fn, hook_object);
  bool wanted = trace_fn_ != nullptr || profile_fn_ != nullptr;
  if (wanted != tracing_wanted_) {
    tracing_wanted_ = wanted;
    interrupt_requested_.fetch_or(kLoopSwitchBit, std::memory_order_relaxed);
  }
}

void VM::set_profile_hook(TraceFn fn, Value hook_object) {
  replace_hook(&profile_fn_, &profile_obj_, fn, hook_object);
  bool wanted = trace_fn_ != nullptr || profile_fn_ != nullptr;
  if (wanted != tracing_wanted_) {
    tracing_wanted_ = wanted;
    interrupt_requested_.fetch_or(kLoopSwitchBit, std::memory_order_relaxed);
  }
}

bool VM::call_trace_hook(TraceFn fn, Value obj, Frame* frame, TraceEvent what, Value arg) {
  if (fn == nullptr || tracing_depth_ > 0) return true;
  FrameObject* f = frame_object_of(frame);
  Hold hold_frame(Value::from_object(f));
  Hold hold_obj(obj);
  int old_what = tracing_what_;
  tracing_what_ = static_cast<int>(what);
  ++tracing_depth_;
  bool ok = fn(*this, obj, f, what, arg);
  --tracing_depth_;
  tracing_what_ = old_what;
  return ok;
}

// As call_trace_hook, keeping a pending exception across the call unless the hook raises.
bool VM::call_trace_hook_protected(TraceFn fn, Value obj, Frame* frame, TraceEvent what, Value arg) {
  if (fn == nullptr || tracing_depth_ > 0) return true;
  Value pending = fetch_error();
  if (!call_trace_hook(fn, obj, frame, what, arg)) {
    decref(pending);
    return false;
  }
  if (!pending.is_null()) restore_error(pending);
  return true;
}

// Before each instruction of the tracing loop: 'call' at RESUME (trace and profile); a
// 'line' event when the line changes or on a backward jump (not into SEND), then 'opcode'
// if the frame asks for it.
bool VM::trace_instruction(Frame* frame, const uint16_t* previous) {
  CodeObject* code = frame->code;
  const std::vector<int32_t>& lines = lines_of(code);
  int offset = frame->lasti();
  if (offset < code->trace_first_unit) return true;
  int op = code->instructions[offset] & 0xFF;
  if (op == int(Opcode::RESUME)) {
    if (!call_trace_hook_protected(trace_fn_, trace_obj_, frame, TraceEvent::kCall, none())) return false;
    return call_trace_hook_protected(profile_fn_, profile_obj_, frame, TraceEvent::kCall, none());
  }
  if (trace_fn_ == nullptr) return true;
  FrameObject* f = frame_object_of(frame);
  int previous_offset = static_cast<int>(previous - code->instructions.data());
  int line = offset < static_cast<int>(lines.size()) ? lines[offset] : -1;
  // The first instruction after RESUME always starts a line (a lambda's body too).
  int last_line = previous_offset > code->trace_first_unit && previous_offset < static_cast<int>(lines.size())
                      ? lines[previous_offset]
                      : -1;
  if (line != -1 && f->trace_lines) {
    bool backward = offset < previous_offset && op != int(Opcode::SEND);
    if (line != last_line || backward) {
      if (!call_trace_hook(trace_fn_, trace_obj_, frame, TraceEvent::kLine, none())) return false;
    }
  }
  // The line event's hook may have turned opcode events on for this frame.
  if (f->trace_opcodes && trace_fn_ != nullptr) {
    return call_trace_hook(trace_fn_, trace_obj_, frame, TraceEvent::kOpcode, none());
  }
  return true;
}

// RETURN_VALUE and YIELD_VALUE: 'return' with the value, to the tracer then the profiler.
bool VM::trace_return(Frame* frame, Value result) {
  if (tracing_depth_ > 0) return true;
  if (!call_trace_hook_protected(trace_fn_, trace_obj_, frame, TraceEvent::kReturn, result)) return false;
  return call_trace_hook_protected(profile_fn_, profile_obj_, frame, TraceEvent::kReturn, result);
}

// A frame left by an exception: 'return' with None; a hook's own error is dropped (the
// frame is unwinding anyway).
void VM::trace_unwind_return(Frame* frame) {
  if (tracing_depth_ > 0) return;
  Value pending = fetch_error();
  if (!call_trace_hook(trace_fn_, trace_obj_, frame, TraceEvent::kReturn, none())) clear_error();
  if (!call_trace_hook(profile_fn_, profile_obj_, frame, TraceEvent::kReturn, none())) clear_error();
  restore_error(pending);
}

// A new exception in (or arriving at) a frame: 'exception' with (type, value, traceback).
// If the hook raises, its exception replaces the one being unwound.
void VM::trace_exception(Frame* frame) {
  if (trace_fn_ == nullptr || tracing_depth_ > 0 || !has_error()) return;
  Value exc = fetch_error();
  Value tb = none();
  if (is_exception(exc)) {
    Value t = static_cast<ExceptionObject*>(exc.as_object())->traceback;
    if (!t.is_null()) tb = t;
  }
  TupleObject* arg = tuple_alloc(3);
  Value type = Value::from_object(type_of(exc));
  incref(type);
  incref(exc);
  incref(tb);
  arg->items()[0] = type;
  arg->items()[1] = exc;
  arg->items()[2] = tb;
  bool ok = call_trace_hook(trace_fn_, trace_obj_, frame, TraceEvent::kException, Value::from_object(arg));
  decref(arg);
  if (ok) {
    restore_error(exc);
  } else {
    decref(exc);
  }
}

// A CALL of a built-in function or method while a profiler is set: 'c_call' before,
// 'c_return' or 'c_exception' after, with the built-in (a method descriptor bound to its
// first argument, as CPython reports it). Other callables are called plainly.
Value VM::profiled_call(Value callable, CallArgs args) {
  TypeObject* t = type_of(callable);
  Value reported;
  if (t == &builtin_function_type) {
    incref(callable);
    reported = callable;
  } else if (t == &method_descriptor_type && args.nargs >= 1) {
    auto* d = static_cast<MethodDescriptorObject*>(callable.as_object());
    if (!is_subtype(type_of(args.args[0]), d->owner)) return call(*this, callable, args);
    reported = Value::from_object(native_function_new(d->def, args.args[0]));
  } else {
    return call(*this, callable, args);
  }
  Frame* frame = current_frame_;
  if (!call_trace_hook(profile_fn_, profile_obj_, frame, TraceEvent::kCCall, reported)) {
    decref(reported);
    return Value();
  }
  Value r = call(*this, callable, args);
  if (profile_fn_ != nullptr) {
    if (r.is_null()) {
      (void)call_trace_hook_protected(profile_fn_, profile_obj_, frame, TraceEvent::kCException, reported);
    } else if (!call_trace_hook(profile_fn_, profile_obj_, frame, TraceEvent::kCReturn, reported)) {
      decref(r);
      r = Value();
    }
  }
  decref(reported);
  return r;
}

}  // namespace glasspy::vm
