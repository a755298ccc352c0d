// The generator, coroutine and coroutine_wrapper types (object model): lifetime (a
// suspended generator is closed when dropped), reprs, attributes (gi_* / cr_*) and the
// send/throw/close methods. The async generator types are in generator_async.cpp; the
// logic of send/throw/close in generator_send.cpp.
#include "objects/generator_object.h"

#include <string>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/exception_object.h"
#include "objects/frame_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject generator_type;
TypeObject coroutine_type;
TypeObject coroutine_wrapper_type;

void init_async_generator_types();  // generator_async.cpp

namespace {

GeneratorObject* gen_of(Value v) { return as_generator(v); }

// ---- lifetime ----

void gen_dealloc(Object* self) {
  auto* gen = static_cast<GeneratorObject*>(self);
  if (gen->state == GenState::kSuspended) {
    // Closing runs Python code that may keep the generator alive: resurrect it meanwhile.
    gen->refcount = 1;
    generator_finalize(gen);
    if (--gen->refcount != 0) return;
  }
  if (gen->state != GenState::kFinished) {
    gen->state = GenState::kFinished;
    vm::clear_frame(gen->frame());
  }
  decref(gen->code);
  decref(gen->name);
  decref(gen->qualname);
  decref(gen->exc_state);
  free_object(self);
}

void gen_traverse(Object* self, VisitFn visit, void* context) {
  auto* gen = static_cast<GeneratorObject*>(self);
  visit(Value::from_object(gen->code), context);
  visit(gen->name, context);
  visit(gen->qualname, context);
  visit(gen->exc_state, context);
  if (gen->state == GenState::kFinished) return;
  vm::Frame* f = gen->frame();
  if (f->function) visit(Value::from_object(f->function), context);
  visit(Value::from_object(f->globals), context);
  visit(Value::from_object(f->builtins), context);
  visit(f->locals, context);
  if (f->frame_object) visit(Value::from_object(f->frame_object), context);
  for (int i = 0; i < f->code->nlocalsplus; ++i) visit(f->localsplus[i], context);
  for (Value* p = f->base(); p < f->sp; ++p) visit(*p, context);
}

// Breaks cycles through the frame (the collector finalizes suspended generators first).
void gen_clear(Object* self) {
  auto* gen = static_cast<GeneratorObject*>(self);
  if (gen->state == GenState::kFinished || gen->state == GenState::kRunning) return;
  gen->state = GenState::kFinished;
  vm::clear_frame(gen->frame());
  Value state = gen->exc_state;
  gen->exc_state = Value();
  decref(state);
}

Value self_iter(VM&, Value self) {
  incref(self);
  return self;
}

Value gen_repr_as(Value self, const char* kind) {
  std::string text = std::string("<") + kind + " object " + std::string(str_utf8(as_str(gen_of(self)->qualname))) +
                     " at " + address_text(self) + ">";
  return Value::from_object(str_from_utf8(text));
}

Value generator_repr(VM&, Value self) { return gen_repr_as(self, "generator"); }
Value coroutine_repr(VM&, Value self) { return gen_repr_as(self, "coroutine"); }

// ---- attributes ----

Value get_name(VM&, Value self) {
  incref(gen_of(self)->name);
  return gen_of(self)->name;
}

bool set_name(VM& vm, Value self, Value value) {
  if (value.is_null() || !is_str(value)) {
    vm.raise(&exc_TypeError, "__name__ must be set to a string object");
    return false;
  }
  incref(value);
  Value old = gen_of(self)->name;
  gen_of(self)->name = value;
  decref(old);
  return true;
}

Value get_qualname(VM&, Value self) {
  incref(gen_of(self)->qualname);
  return gen_of(self)->qualname;
}

bool set_qualname(VM& vm, Value self, Value value) {
  if (value.is_null() || !is_str(value)) {
    vm.raise(&exc_TypeError, "__qualname__ must be set to a string object");
    return false;
  }
  incref(value);
  Value old = gen_of(self)->qualname;
  gen_of(self)->qualname = value;
  decref(old);
  return true;
}

Value get_yield_from(VM&, Value self) {
  Value yf = gen_yield_from(gen_of(self));
  if (yf.is_null()) return none();
  incref(yf);
  return yf;
}

Value get_running(VM&, Value self) { return boolean(gen_of(self)->state == GenState::kRunning); }
Value get_suspended(VM&, Value self) { return boolean(gen_of(self)->state == GenState::kSuspended); }
// gi_frame / cr_frame: the frame object of the generator's frame, None once finished.
Value get_frame(VM&, Value self) {
  GeneratorObject* gen = gen_of(self);
  if (gen->state == GenState::kFinished) return none();
  FrameObject* f = frame_object_of(gen->frame());
  incref(f);
  return Value::from_object(f);
}
Value get_none(VM&, Value) { return none(); }

Value get_code(VM&, Value self) {
  incref(gen_of(self)->code);
  return Value::from_object(gen_of(self)->code);
}

const GetSetDef kGeneratorGetSets[] = {
    {"__name__", get_name, set_name, "name of the generator"},
    {"__qualname__", get_qualname, set_qualname, "qualified name of the generator"},
    {"gi_yieldfrom", get_yield_from, nullptr, "object being iterated by yield from, or None"},
    {"gi_running", get_running, nullptr},
    {"gi_frame", get_frame, nullptr},
    {"gi_suspended", get_suspended, nullptr},
    {"gi_code", get_code, nullptr},
    {nullptr, nullptr},
};

const GetSetDef kCoroutineGetSets[] = {
    {"__name__", get_name, set_name, "name of the coroutine"},
    {"__qualname__", get_qualname, set_qualname, "qualified name of the coroutine"},
    {"cr_await", get_yield_from, nullptr, "object being awaited on, or None"},
    {"cr_running", get_running, nullptr},
    {"cr_frame", get_frame, nullptr},
    {"cr_code", get_code, nullptr},
    {"cr_suspended", get_suspended, nullptr},
    {"cr_origin", get_none, nullptr},
    {nullptr, nullptr},
};

// ---- methods ----

Value method_send(VM& vm, Value self, CallArgs args) { return gen_send(vm, gen_of(self), args.args[0]); }

Value method_throw(VM& vm, Value self, CallArgs args) {
  Value val = args.nargs > 1 ? args.args[1] : Value();
  Value tb = args.nargs > 2 ? args.args[2] : Value();
  return gen_throw(vm, gen_of(self), true, args.args[0], val, tb);
}

Value method_close(VM& vm, Value self, CallArgs) { return gen_close(vm, gen_of(self)); }

Value method_next(VM& vm, Value self, CallArgs) { return generator_next_raising(vm, self); }

Value coroutine_await(VM&, Value self, CallArgs) {
  auto* w = alloc<CoroutineWrapperObject>(&coroutine_wrapper_type);
  incref(self);
  w->coroutine = self;
  gc::track(w);
  return Value::from_object(w);
}

const char kSendDoc[] = "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.";
const char kThrowDoc[] =
    "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or "
    "raise\nStopIteration.";
const char kCloseDoc[] = "close() -> raise GeneratorExit inside generator.";
const char kCoroSendDoc[] = "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.";
const char kCoroThrowDoc[] =
    "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or "
    "raise\nStopIteration.";
const char kCoroCloseDoc[] = "close() -> raise GeneratorExit inside coroutine.";

const MethodDef kGeneratorMethods[] = {
    {"__next__", method_next, ArgShape::kNoArgs, 0, 0, "Implement next(self)."},
    {"send", method_send, ArgShape::kOneArg, 1, 1, kSendDoc},
    {"throw", method_throw, ArgShape::kPositional, 1, 3, kThrowDoc},
    {"close", method_close, ArgShape::kNoArgs, 0, 0, kCloseDoc},
    {nullptr, nullptr},
};

const MethodDef kCoroutineMethods[] = {
    {"send", method_send, ArgShape::kOneArg, 1, 1, kCoroSendDoc},
    {"throw", method_throw, ArgShape::kPositional, 1, 3, kCoroThrowDoc},
    {"close", method_close, ArgShape::kNoArgs, 0, 0, kCoroCloseDoc},
    {"__await__", coroutine_await, ArgShape::kNoArgs, 0, 0, "Return an iterator to be used in await expression."},
    {nullptr, nullptr},
};

// ---- coroutine_wrapper: what coro.__await__() returns ----

GeneratorObject* wrapped(Value self) { return as_generator(static_cast<CoroutineWrapperObject*>(self.as_object())->coroutine); }

void wrapper_dealloc(Object* self) {
  decref(static_cast<CoroutineWrapperObject*>(self)->coroutine);
  free_object(self);
}

void wrapper_traverse(Object* self, VisitFn visit, void* context) {
  visit(static_cast<CoroutineWrapperObject*>(self)->coroutine, context);
}

Value wrapper_iternext(VM& vm, Value self) { return generator_iternext(vm, Value::from_object(wrapped(self))); }
Value wrapper_next(VM& vm, Value self, CallArgs) { return generator_next_raising(vm, Value::from_object(wrapped(self))); }
Value wrapper_send(VM& vm, Value self, CallArgs args) { return gen_send(vm, wrapped(self), args.args[0]); }
Value wrapper_close(VM& vm, Value self, CallArgs) { return gen_close(vm, wrapped(self)); }
Value wrapper_throw(VM& vm, Value self, CallArgs args) {
  Value val = args.nargs > 1 ? args.args[1] : Value();
  Value tb = args.nargs > 2 ? args.args[2] : Value();
  return gen_throw(vm, wrapped(self), true, args.args[0], val, tb);
}

const MethodDef kWrapperMethods[] = {
    {"__next__", wrapper_next, ArgShape::kNoArgs, 0, 0, "Implement next(self)."},
    {"send", wrapper_send, ArgShape::kOneArg, 1, 1, kCoroSendDoc},
    {"throw", wrapper_throw, ArgShape::kPositional, 1, 3, kCoroThrowDoc},
    {"close", wrapper_close, ArgShape::kNoArgs, 0, 0, kCoroCloseDoc},
    {nullptr, nullptr},
};

// These types cannot be instantiated from Python (CPython leaves tp_new empty; here the
// slot would otherwise be inherited from object).
Value refuse_new(VM& vm, TypeObject* type, CallArgs) {
  return vm.raise(&exc_TypeError, std::string("cannot create '") + type->name + "' instances");
}

void init_gen_type(TypeObject& t, const char* name, UnaryFn repr, const MethodDef* methods, const GetSetDef* getsets) {
  t.name = name;
  t.type_flags = kTypeGc | kTypeImmutable;
  t.basic_size = sizeof(GeneratorObject);
  t.dealloc = gen_dealloc;
  t.traverse = gen_traverse;
  t.clear = gen_clear;
  // The collector closes suspended generators in garbage cycles (once) before clearing them.
  t.finalize = [](VM&, Object* o) { generator_finalize(static_cast<GeneratorObject*>(o)); };
  t.repr = repr;
  t.methods = methods;
  t.getsets = getsets;
}

}  // namespace

Value coroutine_wrapper_send(VM& vm, Value self, Value arg) { return gen_send(vm, wrapped(self), arg); }

void init_generator_types() {
  init_gen_type(generator_type, "generator", generator_repr, kGeneratorMethods, kGeneratorGetSets);
  generator_type.iter = self_iter;
  generator_type.iternext = generator_iternext;
  init_gen_type(coroutine_type, "coroutine", coroutine_repr, kCoroutineMethods, kCoroutineGetSets);

  TypeObject& w = coroutine_wrapper_type;
  w.name = "coroutine_wrapper";
  w.type_flags = kTypeGc | kTypeImmutable;
  w.basic_size = sizeof(CoroutineWrapperObject);
  w.dealloc = wrapper_dealloc;
  w.traverse = wrapper_traverse;
  w.iter = self_iter;
  w.iternext = wrapper_iternext;
  w.methods = kWrapperMethods;
  w.doc = "A wrapper object implementing __await__ for coroutines.";

  init_async_generator_types();
  for (TypeObject* t : {&generator_type, &coroutine_type, &coroutine_wrapper_type, &async_generator_type,
                        &async_generator_asend_type, &async_generator_athrow_type,
                        &async_generator_wrapped_value_type})
    t->new_instance = refuse_new;
  for (TypeObject* t : {&generator_type, &coroutine_type, &coroutine_wrapper_type, &async_generator_type,
                        &async_generator_asend_type, &async_generator_athrow_type,
                        &async_generator_wrapped_value_type})
    ready_static_type(t);
}

}  // namespace glasspy::objects
