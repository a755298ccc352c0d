// The interpreter state (VM stage): construction, exceptions as VM state, interning,
// recursion guards. The loop itself is in eval.cpp.
#include "objects/memory_limit.h"
#include "vm/vm.h"

#include "gc/collector.h"
#include "gc/shutdown.h"

#include <algorithm>
#include <string>

#include "bytecode/opcode.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/exception_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_cache.h"
#include "builtins/builtins_module.h"
#include "modules/module_registry.h"
#include "vm/frame.h"
#include "vm/traceback_print.h"

namespace glasspy::vm {

using namespace objects;

VM::VM(host::Host& host)
    : host_(host), frames_(std::make_unique<FrameStack>()), sources_(std::make_unique<ProgramSources>(&host)) {
  init_builtin_types();
  collector_ = std::make_unique<gc::Collector>(this);
  collector_->set_wake_flag(&interrupt_requested_);
  make_current();
  interned_ = dict_new();
  builtins_ = dict_new();
  modules_ = dict_new();
  // Built-in names and the core modules (sys, builtins); a failure here is a bug in the
  // engine, reported rather than hidden.
  if (!builtins::init_builtins(*this, builtins_) || !modules::init_core_modules(*this)) {
    Value e = fetch_error();
    host_.write_stderr("glasspy: interpreter start-up failed\n");
    if (!e.is_null()) print_exception(e);
    decref(e);
  }
}

VM::~VM() {
  make_current();
  abandon_run();
  set_trace_hook(nullptr, Value());
  set_profile_hook(nullptr, Value());
  Value uncaught = uncaught_;
  uncaught_ = Value();
  decref(uncaught);
  // What the program left in its modules dies first, running its __del__ methods.
  gc::finalize_modules(*this);
  clear_error();
  Value handled = handled_;
  handled_ = Value();
  decref(handled);
  // Namespaces may hold cycles through functions' globals: clearing them breaks the
  // cycles the collector would otherwise have to find.
  dict_clear(modules_);
  dict_clear(builtins_);
  decref(modules_);
  decref(builtins_);
  // What is left is cycles the clearing did not reach: the sys module and the functions in
  // its dict that name it as their self, sys.modules... A last collection frees them (an
  // embedder creating and deleting interpreters would otherwise lose them each time).
  collector_->collect_with_callbacks(gc::kGenerations - 1);
  clear_error();
  decref(interned_);
  objects::type_cache_invalidate();  // cached names were this VM's interned strings
}

Value VM::raise(TypeObject* type, std::string_view message) {
  ExceptionObject* e = exception_with_message(type, message);
  raise_value(Value::from_object(e));
  decref(e);
  return Value();
}

Value VM::raise_value(Value exception) {
  Value instance = exception;
  if (exception.is_object() && has_flag(type_of(exception), kTypeTypeSubclass)) {
    instance = call0(*this, exception);
    if (instance.is_null()) return Value();
  } else {
    incref(instance);
  }
  // Implicit chaining: the exception being handled becomes __context__ (replacing any
  // earlier one). A chain that already leads back to `instance` is cut there first, so
  // that contexts never form a cycle (as CPython's _PyErr_SetObject).
  if (!handled_.is_null() && is_exception(instance) && is_exception(handled_) && !handled_.is(instance)) {
    ExceptionObject* o = as_exception(handled_);
    for (int steps = 0; !o->context.is_null(); ++steps) {
      if (o->context.is(instance)) {
        exception_set_context(o, Value());
        break;
      }
      o = as_exception(o->context);
      if (steps > 100000) break;  // a cycle elsewhere in the chain: stop walking
    }
    exception_set_context(as_exception(instance), handled_);
  }
  restore_error(instance);
  return Value();
}

Value VM::fetch_error() {
  Value e = exception_;
  exception_ = Value();
  return e;
}

void VM::restore_error(Value exception) {
  Value old = exception_;
  exception_ = exception;
  decref(old);
}

bool VM::error_matches(TypeObject* type) const {
  return !exception_.is_null() && is_subtype(type_of(exception_), type);
}

void VM::clear_error() {
  Value old = exception_;
  exception_ = Value();
  decref(old);
}

StrObject* VM::intern(std::string_view text) {
  if (StrObject* s = find_static_interned(text)) return s;
  StrObject* probe = str_from_utf8(text);
  Value found = dict_get_str(interned_, probe);
  if (!found.is_null()) {
    decref(probe);
    return as_str(found);
  }
  probe->interned = true;
  dict_set_str(interned_, probe, Value::from_object(probe));
  decref(probe);  // the table holds it
  return probe;
}

bool VM::enter_native(const char* where) {
  if (native_depth_ >= kMaxNativeDepth || python_depth_ + native_depth_ >= recursion_limit_) {
    raise(&exc_RecursionError, std::string("maximum recursion depth exceeded") + where);
    return false;
  }
  ++native_depth_;
  return true;
}

Value VM::raise_attribute_error(Value obj, StrObject* name, const std::string& message) {
  ExceptionObject* e = exception_with_message(&exc_AttributeError, message);
  // Fields 0 and 1 of AttributeError are .name and .obj (exception_object.cpp).
  incref(name);
  e->fields[0] = Value::from_object(name);
  incref(obj);
  e->fields[1] = obj;
  raise_value(Value::from_object(e));
  decref(e);
  return Value();
}

void VM::raise_name_error(Value name, const std::string& message) {
  ExceptionObject* e = exception_with_message(&exc_NameError, message);
  incref(name);
  e->fields[0] = name;  // NameError.name
  raise_value(Value::from_object(e));
  decref(e);
}

bool VM::enter_repr(Value v) {
  Object* o = v.as_object();
  if (std::find(repr_stack_.begin(), repr_stack_.end(), o) != repr_stack_.end()) return false;
  repr_stack_.push_back(o);
  return true;
}

void VM::leave_repr(Value v) {
  Object* o = v.as_object();
  auto it = std::find(repr_stack_.rbegin(), repr_stack_.rend(), o);
  if (it != repr_stack_.rend()) repr_stack_.erase(std::next(it).base());
}

// The budget may stop the loop only where nothing on the C++ stack waits for it: in the
// outermost run_frames, not inside a call from C++ (a key function, a generator).
bool VM::frame_is_outermost(Frame*) const { return native_depth_ == 0 && loop_depth_ == 1; }

bool VM::is_direct_outer_call(NativeFn fn) const {
  if (loop_depth_ != 1 || native_depth_ != 1 || current_frame_ == nullptr) return false;
  // The executing instruction must be a CALL whose callable (still on the value stack: the
  // loop saves sp before calling) is `fn` itself, not something that calls it from C++
  // (map, sorted's key, FOR_ITER over iter(input, '')...).
  const Frame* frame = current_frame_;
  unsigned word = *frame->current;
  if ((word & 0xFF) != static_cast<unsigned>(bytecode::Opcode::CALL)) return false;
  int oparg = static_cast<int>(word >> 8);
  const Value* sp = frame->sp;
  if (sp - (oparg + 2) < frame->localsplus + frame->code->nlocalsplus) return false;
  Value method_slot = sp[-(oparg + 2)];
  Value callable = method_slot.is_null() ? sp[-(oparg + 1)] : method_slot;
  if (!callable.is_object()) return false;
  // A method of a built-in type called as obj.method() (sys.stdin.readline()) is its
  // unbound descriptor here.
  if (callable.as_object()->type == &method_descriptor_type)
    return static_cast<MethodDescriptorObject*>(callable.as_object())->def->fn == fn;
  if (callable.as_object()->type != &builtin_function_type) return false;
  return static_cast<NativeFunctionObject*>(callable.as_object())->def->fn == fn;
}

bool VM::is_direct_outer_iteration(Value iterator) const {
  if (loop_depth_ != 1 || native_depth_ != 0 || current_frame_ == nullptr) return false;
  const Frame* frame = current_frame_;
  unsigned word = *frame->current;
  if ((word & 0xFF) != static_cast<unsigned>(bytecode::Opcode::FOR_ITER)) return false;
  const Value* sp = frame->sp;
  if (sp - 1 < frame->localsplus + frame->code->nlocalsplus) return false;
  return sp[-1].is(iterator);
}

bool VM::poll_native_work_slow() {
  native_poll_countdown_ = kNativePollUnits;
  if (host_.stop_requested()) interrupt();
  // Only the interrupt bits: a collection request and a tracing switch wait for the
  // loop's next safe point.
  constexpr int32_t kLoopBits = gc::kCollectRequestBit | kLoopSwitchBit;
  int32_t pending = interrupt_requested_.load(std::memory_order_relaxed) & ~kLoopBits;
  if (pending == 0) return true;
  interrupt_requested_.fetch_and(kLoopBits, std::memory_order_relaxed);
  if (pending == objects::kMemoryErrorRequestBit) {
    objects::raise_memory_error(*this);
    return false;
  }
  raise_value(Value::from_object(&exc_KeyboardInterrupt));
  return false;
}

void VM::make_current() { gc::make_current(collector_.get()); }

VM* VM::current() { return gc::current()->vm(); }

bool VM::check_interrupt() {
  int32_t requests = interrupt_requested_.exchange(0, std::memory_order_relaxed);
  // The collector asks for a collection through the same flag: a safe point is here.
  if (requests & gc::kCollectRequestBit) {
    requests &= ~gc::kCollectRequestBit;
    collector_->collect_if_due();
  }
  requests &= ~kLoopSwitchBit;  // tracing changed: the loop's poll switches, nothing raises
  // A growth that ran out of memory asked for MemoryError (objects/memory_limit.h).
  if (requests == objects::kMemoryErrorRequestBit) {
    objects::raise_memory_error(*this);
    return false;
  }
  requests &= ~objects::kMemoryErrorRequestBit;
  if (requests != 0) {
    raise_value(Value::from_object(&exc_KeyboardInterrupt));
    return false;
  }
  return true;
}

}  // namespace glasspy::vm
