// Frames entering and leaving the VM (VM stage): pushing a frame for a code object or a
// call, popping it, entering the loop from C++, and finding an exception handler.
#include "bytecode/exception_table.h"
#include "objects/exception_object.h"
#include "objects/traceback_object.h"
#include "vm/call_binding.h"
#include "vm/eval_support.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace glasspy::vm {

using namespace objects;

Frame* VM::push_frame(CodeObject* code, FunctionObject* function, DictObject* globals, Value locals) {
  if (python_depth_ + native_depth_ >= recursion_limit_) {
    raise(&exc_RecursionError, "maximum recursion depth exceeded");
    return nullptr;
  }
  Frame* frame = frames_->push(code);
  incref(code);
  frame->code = code;
  if (function != nullptr) incref(function);
  frame->function = function;
  incref(globals);
  frame->globals = globals;
  DictObject* builtins = function != nullptr ? function->builtins : builtins_for_globals(*this, globals);
  incref(builtins);
  frame->builtins = builtins;
  incref(locals);
  frame->locals = locals;
  frame->ip = code->instructions.data();
  frame->current = frame->ip;
  frame->sp = frame->base();
  ++python_depth_;
  return frame;
}

void VM::pop_frame(Frame* frame) {
  clear_frame(frame);
  --python_depth_;
  if (!frame->in_generator) frames_->pop(frame);
}

Frame* VM::push_function_frame(FunctionObject* f, CallArgs args) {
  Frame* frame = push_frame(f->code, f, f->globals, Value());
  if (frame == nullptr) return nullptr;
  if (!bind_arguments(*this, f, args, frame->localsplus)) {
    pop_frame(frame);
    return nullptr;
  }
  return frame;
}

Value VM::call_function(FunctionObject* f, CallArgs args) {
  // A call from C++ into Python re-enters the loop on the C++ stack: bounded like other
  // native re-entries. Towards the recursion limit it counts once, for its frame, as in
  // CPython 3.11 (the native count is taken back from the Python one meanwhile).
  if (native_depth_ >= kMaxNativeDepth) {
    raise(&exc_RecursionError, "maximum recursion depth exceeded");
    return Value();
  }
  ++native_depth_;
  --python_depth_;
  Frame* frame = push_function_frame(f, args);
  Value r;
  if (frame != nullptr) {
    frame->entry = true;
    frame->previous = current_frame_;
    r = run_frames(frame);
  }
  ++python_depth_;
  --native_depth_;
  return r;
}

Value VM::run_code(CodeObject* code, DictObject* globals, Value locals) {
  Frame* frame = push_frame(code, nullptr, globals, locals);
  if (frame == nullptr) return Value();
  frame->entry = true;
  frame->previous = current_frame_;
  return run_frames(frame);
}

// Adds the frame to the pending exception's traceback (as PyTraceBack_Here).
void VM::add_traceback_entry(Frame* frame) {
  if (exception_.is_null() || !is_exception(exception_)) return;
  traceback_here(exception_, frame);
}

// Finds the handler for the instruction being executed; true if one was entered.
bool unwind_to_handler(VM& vm, Frame* frame, int lasti) {
  int offset = frame->lasti();
  for (const auto& entry : frame->code->exception_table) {
    if (offset < entry.start || offset >= entry.end) continue;
    Value* target_sp = frame->base() + entry.depth;
    while (frame->sp > target_sp) decref(*--frame->sp);
    if (entry.lasti) *frame->sp++ = Value::from_small_int(lasti >= 0 ? lasti : offset);
    *frame->sp++ = vm.fetch_error();
    frame->ip = frame->code->instructions.data() + entry.target;
    return true;
  }
  return false;
}

}  // namespace glasspy::vm
