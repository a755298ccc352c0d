// Async generators (object model): the async_generator type and the awaitables its
// methods return — async_generator_asend (__anext__, asend), async_generator_athrow
// (athrow, aclose) — plus the wrapper that marks a value yielded by the async generator
// (as opposed to one its awaits pass up to the event loop), and `await`'s awaitable lookup.
#include <string>

#include "bytecode/code_unit.h"
#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/exception_object.h"
#include "objects/frame_object.h"
#include "objects/generator_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject async_generator_type;
TypeObject async_generator_asend_type;
TypeObject async_generator_athrow_type;
TypeObject async_generator_wrapped_value_type;

namespace {

// CPython's AwaitableState.
enum class AwaitState : uint8_t { kInit, kIter, kClosed };

struct WrappedValueObject : Object {
  Value value;  // owned
};

struct ASendObject : Object {
  GeneratorObject* gen = nullptr;  // owned
  Value sendval;                   // owned; null in __anext__ mode
  AwaitState state = AwaitState::kInit;
};

struct AThrowObject : Object {
  GeneratorObject* gen = nullptr;  // owned
  Value args;                      // owned tuple; null in aclose() mode
  AwaitState state = AwaitState::kInit;
};

bool is_wrapped_value(Value v) { return v.is_object() && v.as_object()->type == &async_generator_wrapped_value_type; }

void raise_new(VM& vm, TypeObject* type) {
  ExceptionObject* e = exception_new(type, tuple_alloc(0));
  vm.raise_value(Value::from_object(e));
  decref(e);
}

Value self_iter(VM&, Value self) {
  incref(self);
  return self;
}

Value self_method(VM&, Value self, CallArgs) {
  incref(self);
  return self;
}

// What one step of the async generator means to the awaiting code (async_gen_unwrap_value):
// a wrapped value is the result of the __anext__/asend await (StopIteration(value)); any
// other value is passed up by an await inside the generator.
Value unwrap_value(VM& vm, GeneratorObject* gen, Value result) {
  if (result.is_null()) {
    if (!vm.has_error()) raise_new(vm, &exc_StopAsyncIteration);
    if (vm.error_matches(&exc_StopAsyncIteration) || vm.error_matches(&exc_GeneratorExit)) gen->ag_closed = true;
    gen->ag_running_async = false;
    return Value();
  }
  if (is_wrapped_value(result)) {
    set_stop_iteration_value(vm, static_cast<WrappedValueObject*>(result.as_object())->value);
    decref(result);
    gen->ag_running_async = false;
    return Value();
  }
  return result;
}

// gen.throw(*args) for the awaitables' throw methods (close_on_genexit as the generator
// method: true).
Value throw_args(VM& vm, GeneratorObject* gen, bool close_on_genexit, const Value* args, size_t n) {
  return gen_throw(vm, gen, close_on_genexit, args[0], n > 1 ? args[1] : Value(), n > 2 ? args[2] : Value());
}

// ---- async_generator ----

Value agen_repr(VM&, Value self) {
  std::string text = "<async_generator object " + std::string(str_utf8(as_str(as_generator(self)->qualname))) +
                     " at " + address_text(self) + ">";
  return Value::from_object(str_from_utf8(text));
}

Value asend_new(GeneratorObject* gen, Value sendval) {
  auto* o = alloc<ASendObject>(&async_generator_asend_type);
  incref(gen);
  o->gen = gen;
  incref(sendval);
  o->sendval = sendval;
  gc::track(o);
  return Value::from_object(o);
}

Value athrow_new(GeneratorObject* gen, Value args) {
  auto* o = alloc<AThrowObject>(&async_generator_athrow_type);
  incref(gen);
  o->gen = gen;
  incref(args);
  o->args = args;
  gc::track(o);
  return Value::from_object(o);
}

Value agen_anext_method(VM&, Value self, CallArgs) { return asend_new(as_generator(self), Value()); }
Value agen_asend(VM&, Value self, CallArgs args) { return asend_new(as_generator(self), args.args[0]); }
Value agen_aclose(VM&, Value self, CallArgs) { return athrow_new(as_generator(self), Value()); }
Value agen_athrow(VM&, Value self, CallArgs args) {
  TupleObject* t = tuple_from(args.args, static_cast<int64_t>(args.nargs));
  Value r = athrow_new(as_generator(self), Value::from_object(t));
  decref(t);
  return r;
}

Value agen_get_name(VM&, Value self) {
  incref(as_generator(self)->name);
  return as_generator(self)->name;
}
bool agen_set_name(VM& vm, Value self, Value value) {
  if (value.is_null() || !is_str(value)) {
    vm.raise(&exc_TypeError, "__name__ must be set to a string object");
    return false;
  }
  incref(value);
  Value old = as_generator(self)->name;
  as_generator(self)->name = value;
  decref(old);
  return true;
}
Value agen_get_qualname(VM&, Value self) {
  incref(as_generator(self)->qualname);
  return as_generator(self)->qualname;
}
bool agen_set_qualname(VM& vm, Value self, Value value) {
  if (value.is_null() || !is_str(value)) {
    vm.raise(&exc_TypeError, "__qualname__ must be set to a string object");
    return false;
  }
  incref(value);
  Value old = as_generator(self)->qualname;
  as_generator(self)->qualname = value;
  decref(old);
  return true;
}
Value agen_get_await(VM&, Value self) {
  Value yf = gen_yield_from(as_generator(self));
  if (yf.is_null()) return none();
  incref(yf);
  return yf;
}
Value agen_get_frame(VM&, Value self) {
  GeneratorObject* gen = as_generator(self);
  if (gen->state == GenState::kFinished) return none();
  FrameObject* f = frame_object_of(gen->frame());
  incref(f);
  return Value::from_object(f);
}
Value agen_get_running(VM&, Value self) { return boolean(as_generator(self)->ag_running_async); }
Value agen_get_code(VM&, Value self) {
  incref(as_generator(self)->code);
  return Value::from_object(as_generator(self)->code);
}

const GetSetDef kAsyncGenGetSets[] = {
    {"__name__", agen_get_name, agen_set_name, "name of the async generator"},
    {"__qualname__", agen_get_qualname, agen_set_qualname, "qualified name of the async generator"},
    {"ag_await", agen_get_await, nullptr, "object being awaited on, or None"},
    {"ag_frame", agen_get_frame, nullptr},
    {"ag_running", agen_get_running, nullptr},
    {"ag_code", agen_get_code, nullptr},
    {nullptr, nullptr},
};

const MethodDef kAsyncGenMethods[] = {
    {"__aiter__", self_method, ArgShape::kNoArgs, 0, 0, "Return an awaitable, that resolves in asynchronous iterator."},
    {"__anext__", agen_anext_method, ArgShape::kNoArgs, 0, 0, "Return a value or raise StopAsyncIteration."},
    {"asend", agen_asend, ArgShape::kOneArg, 1, 1, "asend(v) -> send 'v' in generator."},
    {"athrow", agen_athrow, ArgShape::kPositional, 0, -1, "athrow(typ[,val[,tb]]) -> raise exception in generator."},
    {"aclose", agen_aclose, ArgShape::kNoArgs, 0, 0, "aclose() -> raise GeneratorExit inside generator."},
    {nullptr, nullptr},
};

// ---- async_generator_asend ----

void asend_dealloc(Object* self) {
  auto* o = static_cast<ASendObject*>(self);
  decref(o->gen);
  decref(o->sendval);
  free_object(self);
}

void asend_traverse(Object* self, VisitFn visit, void* context) {
  auto* o = static_cast<ASendObject*>(self);
  visit(Value::from_object(o->gen), context);
  visit(o->sendval, context);
}

Value asend_send(VM& vm, Value self, Value arg) {
  auto* o = static_cast<ASendObject*>(self.as_object());
  if (o->state == AwaitState::kClosed)
    return vm.raise(&exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  if (o->state == AwaitState::kInit) {
    if (o->gen->ag_running_async)
      return vm.raise(&exc_RuntimeError, "anext(): asynchronous generator is already running");
    if (arg.is_null() || is_none(arg)) arg = o->sendval;
    o->state = AwaitState::kIter;
  }
  o->gen->ag_running_async = true;
  Value r = gen_send(vm, o->gen, arg);
  r = unwrap_value(vm, o->gen, r);
  if (r.is_null()) o->state = AwaitState::kClosed;
  return r;
}

Value asend_iternext(VM& vm, Value self) {
  Value r = asend_send(vm, self, Value());
  if (r.is_null() && vm.error_matches(&exc_StopIteration)) vm.clear_error();
  return r;
}

Value asend_next_method(VM& vm, Value self, CallArgs) { return asend_send(vm, self, Value()); }
Value asend_send_method(VM& vm, Value self, CallArgs args) { return asend_send(vm, self, args.args[0]); }

Value asend_throw(VM& vm, Value self, CallArgs args) {
  auto* o = static_cast<ASendObject*>(self.as_object());
  if (o->state == AwaitState::kClosed)
    return vm.raise(&exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  Value r = throw_args(vm, o->gen, true, args.args, args.nargs);
  r = unwrap_value(vm, o->gen, r);
  if (r.is_null()) o->state = AwaitState::kClosed;
  return r;
}

Value asend_close(VM&, Value self, CallArgs) {
  static_cast<ASendObject*>(self.as_object())->state = AwaitState::kClosed;
  return none();
}

const char kSendDoc[] = "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.";
const char kThrowDoc[] =
    "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or "
    "raise\nStopIteration.";
const char kCloseDoc[] = "close() -> raise GeneratorExit inside generator.";

const MethodDef kASendMethods[] = {
    {"__await__", self_method, ArgShape::kNoArgs, 0, 0, "Return an iterator to be used in await expression."},
    {"__next__", asend_next_method, ArgShape::kNoArgs, 0, 0, "Implement next(self)."},
    {"send", asend_send_method, ArgShape::kOneArg, 1, 1, kSendDoc},
    {"throw", asend_throw, ArgShape::kPositional, 1, 3, kThrowDoc},
    {"close", asend_close, ArgShape::kNoArgs, 0, 0, kCloseDoc},
    {nullptr, nullptr},
};

// ---- async_generator_athrow ----

void athrow_dealloc(Object* self) {
  auto* o = static_cast<AThrowObject*>(self);
  decref(o->gen);
  decref(o->args);
  free_object(self);
}

void athrow_traverse(Object* self, VisitFn visit, void* context) {
  auto* o = static_cast<AThrowObject*>(self);
  visit(Value::from_object(o->gen), context);
  visit(o->args, context);
}

// aclose()'s end: RuntimeError if the generator yielded a value instead of exiting.
Value athrow_yield_close(VM& vm, AThrowObject* o) {
  o->gen->ag_running_async = false;
  o->state = AwaitState::kClosed;
  return vm.raise(&exc_RuntimeError, "async generator ignored GeneratorExit");
}

Value athrow_check_error(VM& vm, AThrowObject* o) {
  o->gen->ag_running_async = false;
  o->state = AwaitState::kClosed;
  if ((vm.error_matches(&exc_StopAsyncIteration) || vm.error_matches(&exc_GeneratorExit)) && o->args.is_null()) {
    // aclose() is done: its await ends with StopIteration, not the generator's exit.
    vm.clear_error();
    raise_new(vm, &exc_StopIteration);
  }
  return Value();
}

Value athrow_send(VM& vm, Value self, Value arg) {
  auto* o = static_cast<AThrowObject*>(self.as_object());
  GeneratorObject* gen = o->gen;
  if (o->state == AwaitState::kClosed)
    return vm.raise(&exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  if (gen->state == GenState::kFinished) {
    o->state = AwaitState::kClosed;
    raise_new(vm, &exc_StopIteration);
    return Value();
  }
  if (o->state == AwaitState::kInit) {
    if (gen->ag_running_async) {
      o->state = AwaitState::kClosed;
      return vm.raise(&exc_RuntimeError, o->args.is_null() ? "aclose(): asynchronous generator is already running"
                                                           : "athrow(): asynchronous generator is already running");
    }
    if (gen->ag_closed) {
      o->state = AwaitState::kClosed;
      raise_new(vm, &exc_StopAsyncIteration);
      return Value();
    }
    if (!arg.is_null() && !is_none(arg))
      return vm.raise(&exc_RuntimeError, "can't send non-None value to a just-started coroutine");
    o->state = AwaitState::kIter;
    gen->ag_running_async = true;
    Value r;
    if (o->args.is_null()) {
      gen->ag_closed = true;
      r = gen_throw(vm, gen, false, Value::from_object(&exc_GeneratorExit), Value(), Value());
      if (!r.is_null() && is_wrapped_value(r)) {
        decref(r);
        return athrow_yield_close(vm, o);
      }
    } else {
      TupleObject* t = as_tuple(o->args);
      if (!vm::check_positional(vm, "athrow", static_cast<size_t>(t->size), 1, 3)) return Value();
      r = throw_args(vm, gen, false, t->items(), static_cast<size_t>(t->size));
      r = unwrap_value(vm, gen, r);
    }
    if (r.is_null()) return athrow_check_error(vm, o);
    return r;
  }
  Value r = gen_send(vm, gen, arg.is_null() ? none() : arg);
  if (!o->args.is_null()) return unwrap_value(vm, gen, r);
  if (r.is_null()) return athrow_check_error(vm, o);
  if (is_wrapped_value(r)) {
    decref(r);
    return athrow_yield_close(vm, o);
  }
  return r;
}

Value athrow_iternext(VM& vm, Value self) {
  Value r = athrow_send(vm, self, none());
  if (r.is_null() && vm.error_matches(&exc_StopIteration)) vm.clear_error();
  return r;
}

Value athrow_next_method(VM& vm, Value self, CallArgs) { return athrow_send(vm, self, none()); }
Value athrow_send_method(VM& vm, Value self, CallArgs args) { return athrow_send(vm, self, args.args[0]); }

Value athrow_throw(VM& vm, Value self, CallArgs args) {
  auto* o = static_cast<AThrowObject*>(self.as_object());
  if (o->state == AwaitState::kClosed)
    return vm.raise(&exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  Value r = throw_args(vm, o->gen, true, args.args, args.nargs);
  if (!o->args.is_null()) return unwrap_value(vm, o->gen, r);
  if (!r.is_null() && is_wrapped_value(r)) {
    decref(r);
    return athrow_yield_close(vm, o);
  }
  if (vm.error_matches(&exc_StopAsyncIteration) || vm.error_matches(&exc_GeneratorExit)) {
    vm.clear_error();
    raise_new(vm, &exc_StopIteration);
  }
  return r;
}

Value athrow_close(VM&, Value self, CallArgs) {
  static_cast<AThrowObject*>(self.as_object())->state = AwaitState::kClosed;
  return none();
}

const MethodDef kAThrowMethods[] = {
    {"__await__", self_method, ArgShape::kNoArgs, 0, 0, "Return an iterator to be used in await expression."},
    {"__next__", athrow_next_method, ArgShape::kNoArgs, 0, 0, "Implement next(self)."},
    {"send", athrow_send_method, ArgShape::kOneArg, 1, 1, kSendDoc},
    {"throw", athrow_throw, ArgShape::kPositional, 1, 3, kThrowDoc},
    {"close", athrow_close, ArgShape::kNoArgs, 0, 0, kCloseDoc},
    {nullptr, nullptr},
};

// ---- async_generator_wrapped_value ----

void wrapped_dealloc(Object* self) {
  decref(static_cast<WrappedValueObject*>(self)->value);
  free_object(self);
}

void wrapped_traverse(Object* self, VisitFn visit, void* context) {
  visit(static_cast<WrappedValueObject*>(self)->value, context);
}

void init_awaitable_type(TypeObject& t, const char* name, uint32_t size, void (*dealloc)(Object*),
                         void (*traverse)(Object*, VisitFn, void*)) {
  t.name = name;
  t.type_flags = kTypeGc | kTypeImmutable;
  t.basic_size = size;
  t.dealloc = dealloc;
  t.traverse = traverse;
}

}  // namespace

Value async_gen_wrap_value(Value value) {
  auto* o = alloc<WrappedValueObject>(&async_generator_wrapped_value_type);
  incref(value);
  o->value = value;
  return Value::from_object(o);
}

Value async_gen_anext(VM&, Value agen) { return asend_new(as_generator(agen), Value()); }

AwaitableSendFn native_awaitable_send(TypeObject* type) {
  if (type == &async_generator_asend_type) return asend_send;
  if (type == &async_generator_athrow_type) return athrow_send;
  if (type == &coroutine_wrapper_type) return coroutine_wrapper_send;
  return nullptr;
}

Value get_awaitable_iter(VM& vm, Value o, bool* no_await) {
  if (no_await != nullptr) *no_await = false;
  if (is_coroutine(o) || (is_generator(o) && (as_generator(o)->code->flags & bytecode::kCoIterableCoroutine))) {
    incref(o);
    return o;
  }
  StrObject* name = vm.intern("__await__");
  TypeObject* t = type_of(o);
  if (type_lookup(t, name).is_null()) {
    if (no_await != nullptr) *no_await = true;
    return vm.raise(&exc_TypeError, std::string("object ") + t->name + " can't be used in 'await' expression");
  }
  Value r = call_method(vm, o, name, nullptr, 0);
  if (r.is_null()) return r;
  if (is_coroutine(r) || (is_generator(r) && (as_generator(r)->code->flags & bytecode::kCoIterableCoroutine))) {
    decref(r);
    return vm.raise(&exc_TypeError, "__await__() returned a coroutine");
  }
  if (type_of(r)->iternext == nullptr) {
    std::string message = std::string("__await__() returned non-iterator of type '") + type_name(r) + "'";
    decref(r);
    return vm.raise(&exc_TypeError, message);
  }
  return r;
}

void init_async_generator_types() {
  TypeObject& a = async_generator_type;
  a.name = "async_generator";
  a.type_flags = kTypeGc | kTypeImmutable;
  a.basic_size = sizeof(GeneratorObject);
  a.dealloc = generator_type.dealloc;  // shared lifetime: generator_object.cpp
  a.traverse = generator_type.traverse;
  a.clear = generator_type.clear;
  a.finalize = generator_type.finalize;
  a.repr = agen_repr;
  a.methods = kAsyncGenMethods;
  a.getsets = kAsyncGenGetSets;

  init_awaitable_type(async_generator_asend_type, "async_generator_asend", sizeof(ASendObject), asend_dealloc,
                      asend_traverse);
  async_generator_asend_type.iter = self_iter;
  async_generator_asend_type.iternext = asend_iternext;
  async_generator_asend_type.methods = kASendMethods;

  init_awaitable_type(async_generator_athrow_type, "async_generator_athrow", sizeof(AThrowObject), athrow_dealloc,
                      athrow_traverse);
  async_generator_athrow_type.iter = self_iter;
  async_generator_athrow_type.iternext = athrow_iternext;
  async_generator_athrow_type.methods = kAThrowMethods;

  init_awaitable_type(async_generator_wrapped_value_type, "async_generator_wrapped_value",
                      sizeof(WrappedValueObject), wrapped_dealloc, wrapped_traverse);
}

}  // namespace glasspy::objects
