// Generators, coroutines and async generators in the loop (VM stage): the object made by
// RETURN_GENERATOR that takes over the frame, resuming that frame (send, and throw at the
// yield point), SEND for `yield from` / `await`, and PEP 479 when an exception leaves it.
// The async opcodes are in generator_async_ops.cpp; the objects' methods in
// objects/generator_object.cpp.
#include <cstring>

#include "bytecode/code_unit.h"
#include "bytecode/opcode.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/exception_object.h"
#include "objects/frame_object.h"
#include "objects/generator_object.h"
#include "objects/ops.h"
#include "gc/collector.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace glasspy::vm {

using namespace objects;

Value VM::make_generator(Frame* frame) {
  CodeObject* code = frame->code;
  TypeObject* type = &generator_type;
  GenKind kind = GenKind::kGenerator;
  if (code->flags & bytecode::kCoCoroutine) {
    type = &coroutine_type;
    kind = GenKind::kCoroutine;
  } else if (code->flags & bytecode::kCoAsyncGenerator) {
    type = &async_generator_type;
    kind = GenKind::kAsyncGenerator;
  }
  size_t size = sizeof(GeneratorObject) + frame_size(code);
  auto* gen = alloc<GeneratorObject>(type, size);
  gen->vm = this;
  gen->kind = kind;
  incref(code);
  gen->code = code;
  // 3.11 names the generator after its function (which may have been renamed).
  Value name = frame->function ? frame->function->name : Value::from_object(code->name);
  Value qualname = frame->function ? frame->function->qualname : Value::from_object(code->qualname);
  incref(name);
  incref(qualname);
  gen->name = name;
  gen->qualname = qualname;
  // The frame's references move into the generator; the loop pops the old storage
  // without clearing it.
  Frame* copy = gen->frame();
  std::memcpy(static_cast<void*>(copy), frame, frame_size(code));
  copy->sp = copy->localsplus + (frame->sp - frame->localsplus);
  copy->previous = nullptr;
  copy->entry = false;
  copy->in_generator = true;
  if (copy->frame_object != nullptr) static_cast<FrameObject*>(copy->frame_object)->live = copy;
  gc::track(gen);
  return Value::from_object(gen);
}

namespace {

// Generator frames nested on the C++ stack (with native re-entries) before RecursionError,
// as vm.cpp's limit on native re-entries.
constexpr int kMaxNestedResumes = VM::kMaxNativeDepth;

// Makes `context` the __context__ of `exc` as raising inside an except block does
// (CPython's _PyErr_SetObject): cycles through the context chain are cut.
void chain_context(Value exc, Value context) {
  if (!is_exception(exc) || !is_exception(context) || exc.is(context)) return;
  Value o = context;
  while (true) {
    ExceptionObject* e = as_exception(o);
    if (e->context.is_null()) break;
    if (e->context.is(exc)) {
      exception_set_context(e, Value());
      break;
    }
    o = e->context;
  }
  exception_set_context(as_exception(exc), context);
}

}  // namespace

int VM::resume_generator_frame(GeneratorObject* gen, Value sent, bool throwing, Value* result) {
  Frame* frame = gen->frame();
  // sys.exc_info() inside the generator: its own exception being handled if it was
  // suspended in an except block, else the caller's (CPython links gi_exc_state in).
  Value caller_handled = handled_;
  bool own_state = !gen->exc_state.is_null();
  if (own_state) {
    handled_ = gen->exc_state;
    gen->exc_state = Value();
  } else {
    incref(caller_handled);
  }
  gen->state = GenState::kRunning;
  frame->previous = current_frame_;
  frame->entry = true;
  Value r;
  bool entered = true;
  // Each resumption re-enters the loop on the C++ stack: bounded like other re-entries
  // whatever sys.setrecursionlimit says (the wasm stack is small).
  if (python_depth_ + native_depth_ >= recursion_limit_ || generator_depth_ + native_depth_ >= kMaxNestedResumes) {
    // As CPython: the frame never starts and the generator is done.
    if (throwing) clear_error();
    raise(&exc_RecursionError, "maximum recursion depth exceeded");
    clear_frame(frame);
    entered = false;
  } else {
    ++python_depth_;
    if (!throwing) {
      incref(sent);
      *frame->sp++ = sent;
    } else {
      if (own_state) chain_context(exception_, handled_);
      add_traceback_entry(frame);
      // Traced as CPython 3.11 does: 'call' (tracer, profiler), then 'exception'.
      if (tracing_wanted_ && tracing_depth_ == 0 &&
          call_trace_hook_protected(trace_fn_, trace_obj_, frame, TraceEvent::kCall, none()) &&
          call_trace_hook_protected(profile_fn_, profile_obj_, frame, TraceEvent::kCall, none())) {
        trace_exception(frame);
      }
      if (!unwind_to_handler(*this, frame)) {
        // No handler around the yield: the exception leaves the generator.
        if (tracing_wanted_) trace_unwind_return(frame);
        while (frame->sp > frame->base()) decref(*--frame->sp);
        generator_finished_with_error(frame);
        pop_frame(frame);
        entered = false;
      }
    }
  }
  bool yielded = false;
  if (entered) {
    ++generator_depth_;
    r = run_frames(frame);
    --generator_depth_;
    yielded = generator_suspended_;
    generator_suspended_ = false;
  }
  Value now = handled_;
  handled_ = caller_handled;
  if (yielded) {
    gen->state = GenState::kSuspended;
    if (now.is(caller_handled)) {
      decref(now);
    } else {
      gen->exc_state = now;
    }
  } else {
    gen->state = GenState::kFinished;
    decref(now);
  }
  frame->previous = nullptr;
  *result = r;
  if (r.is_null()) return -1;
  return yielded ? 1 : 0;
}

bool VM::close_generator_quietly(GeneratorObject* gen) {
  Frame* frame = gen->frame();
  // Hooks see the throw ('call', 'exception'); a resumption that would hit a recursion
  // limit raises RecursionError instead.
  if (tracing_wanted_ || python_depth_ + native_depth_ >= recursion_limit_ ||
      generator_depth_ + native_depth_ >= kMaxNestedResumes)
    return false;
  int offset = frame->lasti();
  for (const auto& entry : frame->code->exception_table)
    if (offset >= entry.start && offset < entry.end) return false;
  // What the unhandled GeneratorExit would do: the frame dies with the generator's own
  // handled exception (if any) as sys.exc_info(), which is dropped after.
  gen->state = GenState::kFinished;
  Value own_state = gen->exc_state;
  gen->exc_state = Value();
  Value caller_handled = handled_;
  if (!own_state.is_null()) handled_ = own_state;
  while (frame->sp > frame->base()) decref(*--frame->sp);
  clear_frame(frame);
  handled_ = caller_handled;
  decref(own_state);
  return true;
}

void VM::generator_finished_with_error(Frame* frame) {
  GeneratorObject* gen = generator_of_frame(frame);
  gen->state = GenState::kFinished;
  Value state = gen->exc_state;
  gen->exc_state = Value();
  decref(state);
  // PEP 479: StopIteration (and StopAsyncIteration in async generators) must not leak out
  // of a generator's frame, where it would silently end the caller's loop.
  const char* message = nullptr;
  if (error_matches(&exc_StopIteration)) {
    message = gen->kind == GenKind::kCoroutine        ? "coroutine raised StopIteration"
              : gen->kind == GenKind::kAsyncGenerator ? "async generator raised StopIteration"
                                                      : "generator raised StopIteration";
  } else if (gen->kind == GenKind::kAsyncGenerator && error_matches(&exc_StopAsyncIteration)) {
    message = "async generator raised StopAsyncIteration";
  }
  if (message == nullptr) return;
  Value original = fetch_error();
  ExceptionObject* e = exception_with_message(&exc_RuntimeError, message);
  exception_set_cause(e, original);
  exception_set_context(e, original);
  decref(original);
  restore_error(Value::from_object(e));
}

bool VM::is_generator_like(Value v) { return is_generator(v) || is_coroutine(v); }

int VM::generator_send(Value receiver, Value v, Value* result) {
  *result = Value();
  if (is_generator(receiver) || is_coroutine(receiver))
    return static_cast<int>(gen_send_ex2(*this, as_generator(receiver), v, false, result));
  TypeObject* t = type_of(receiver);
  Value r;
  if (AwaitableSendFn send = native_awaitable_send(t)) {
    r = send(*this, receiver, v);
  } else if (is_none(v) && t->iternext != nullptr) {
    if (has_flag(t, kTypeHeap)) {
      // A class's __next__ may raise StopIteration(value): keep the value (the iternext
      // slot would swallow it).
      r = call_method(*this, receiver, intern("__next__"), nullptr, 0);
    } else {
      r = t->iternext(*this, receiver);
      if (r.is_null() && !has_error()) {
        *result = none();
        return 0;
      }
    }
  } else {
    r = call_method(*this, receiver, intern("send"), &v, 1);
  }
  if (!r.is_null()) {
    *result = r;
    return 1;
  }
  return fetch_stop_iteration_value(*this, result) ? 0 : -1;
}

}  // namespace glasspy::vm
