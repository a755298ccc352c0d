// Generators, coroutines and async generators (object model): the object that owns a
// suspended frame, and the awaitables around it (coroutine_wrapper, async_generator_asend,
// async_generator_athrow, async_generator_wrapped_value). The frame runs in the VM's loop
// (vm/generator.cpp); the types' methods are in generator_object.cpp (generator, coroutine)
// and generator_async.cpp (async generator and its awaitables).
#pragma once
#include <cstddef>
#include <string>

#include "objects/callable_objects.h"
#include "objects/object.h"
#include "objects/type_object.h"
#include "vm/frame.h"

namespace glasspy::objects {

extern TypeObject generator_type;
extern TypeObject coroutine_type;
extern TypeObject async_generator_type;
extern TypeObject coroutine_wrapper_type;           // coro.__await__()
extern TypeObject async_generator_asend_type;       // agen.__anext__() / agen.asend(v)
extern TypeObject async_generator_athrow_type;      // agen.athrow(...) / agen.aclose()
extern TypeObject async_generator_wrapped_value_type;  // what ASYNC_GEN_WRAP yields

enum class GenKind : uint8_t { kGenerator, kCoroutine, kAsyncGenerator };

// CPython's gi_frame_state, reduced to what is observable.
enum class GenState : uint8_t {
  kCreated,    // not started: the frame waits after RETURN_GENERATOR
  kSuspended,  // stopped at a yield
  kRunning,    // its frame is executing
  kFinished,   // returned or raised: the frame is cleared
};

struct GeneratorObject : Object {
  vm::VM* vm = nullptr;       // the interpreter it belongs to (finalization needs it)
  CodeObject* code = nullptr;  // gi_code (owned)
  Value name;                  // __name__ (owned str)
  Value qualname;              // __qualname__ (owned str)
  Value exc_state;             // exception being handled inside it while suspended (owned)
  GenKind kind = GenKind::kGenerator;
  GenState state = GenState::kCreated;
  bool ag_running_async = false;  // async generators: an asend/athrow is in progress
  bool ag_closed = false;         // async generators: closed (aclose or exhausted)
  // The frame lives right after the object (its locals and value stack after it).
  vm::Frame* frame() { return reinterpret_cast<vm::Frame*>(this + 1); }
};
static_assert(sizeof(GeneratorObject) % alignof(vm::Frame) == 0);

// coro.__await__(): iterates the coroutine.
struct CoroutineWrapperObject : Object {
  Value coroutine;  // owned
};

// The generator that owns a frame with in_generator set.
inline GeneratorObject* generator_of_frame(vm::Frame* frame) {
  return reinterpret_cast<GeneratorObject*>(frame) - 1;
}

inline bool is_generator(Value v) { return v.is_object() && v.as_object()->type == &generator_type; }
inline bool is_coroutine(Value v) { return v.is_object() && v.as_object()->type == &coroutine_type; }
inline bool is_async_generator(Value v) { return v.is_object() && v.as_object()->type == &async_generator_type; }
// A generator, coroutine or async generator.
inline bool is_any_generator(Value v) {
  return is_generator(v) || is_coroutine(v) || is_async_generator(v);
}
inline GeneratorObject* as_generator(Value v) { return static_cast<GeneratorObject*>(v.as_object()); }

// How a resumption ended (CPython's PySendResult).
enum class SendResult : int8_t { kError = -1, kReturn = 0, kNext = 1 };

// Resumes `gen` with `arg` (null: as __next__, same as None) and gives what it yielded
// (kNext) or returned (kReturn) in *result; kError with the exception pending. `closing`:
// from close(), where an exhausted coroutine is not an error. CPython's gen_send_ex2.
SendResult gen_send_ex2(VM& vm, GeneratorObject* gen, Value arg, bool closing, Value* result);
// Raises the pending exception inside `gen` at its yield point (throw() after the
// exception was set): the frame's handlers run. Same results as gen_send_ex2.
SendResult gen_throw_pending(VM& vm, GeneratorObject* gen, bool closing, Value* result);

// gen.send(v) / next(gen): the yielded value, or null with StopIteration(return value)
// raised (StopAsyncIteration for async generators) or another error pending.
[[nodiscard]] Value gen_send(VM& vm, GeneratorObject* gen, Value arg);
// gen.throw(typ[, val[, tb]]): close_on_genexit is false for async generators' athrow.
[[nodiscard]] Value gen_throw(VM& vm, GeneratorObject* gen, bool close_on_genexit, Value typ, Value val, Value tb);
// gen.close(): None, or null with an error pending.
[[nodiscard]] Value gen_close(VM& vm, GeneratorObject* gen);
// The iterator a suspended `yield from` / `await` delegates to (borrowed), or null.
Value gen_yield_from(GeneratorObject* gen);

// The generator type's iternext slot: a return value is dropped (exhaustion is a marker).
[[nodiscard]] Value generator_iternext(VM& vm, Value gen);
// Closes a generator dropped while suspended (CPython's _PyGen_Finalize): errors are
// reported as unraisable; the pending exception is kept.
void generator_finalize(GeneratorObject* gen);

// next(gen) for the builtins module: like the iternext slot, but a generator that returns
// a value other than None raises StopIteration(value) as CPython's gen_iternext does.
[[nodiscard]] Value generator_next_raising(VM& vm, Value gen);

// Sets StopIteration(value) as the pending exception (value borrowed; a tuple or an
// exception becomes .value as is). CPython's _PyGen_SetStopIterationValue.
void set_stop_iteration_value(VM& vm, Value value);
// If StopIteration is pending, takes it and gives its .value (None if none) in *value and
// returns true; otherwise false (another error stays pending). _PyGen_FetchStopIterationValue.
bool fetch_stop_iteration_value(VM& vm, Value* value);

// Receivers that SEND drives through a C++ send whose StopIteration carries the value
// (coroutine_wrapper, async_generator_asend, async_generator_athrow): the yielded value,
// or null with StopIteration(value) or another error pending.
using AwaitableSendFn = Value (*)(VM& vm, Value self, Value arg);
// The send function for instances of `type`, or null for other types.
AwaitableSendFn native_awaitable_send(TypeObject* type);
// coroutine_wrapper's send (generator_object.cpp).
[[nodiscard]] Value coroutine_wrapper_send(VM& vm, Value self, Value arg);

// Reports the pending exception as CPython's PyErr_WriteUnraisable does ("Exception ignored
// in: <repr of obj>" and the traceback, to stderr) and clears it.
void write_unraisable(VM& vm, Value obj);
// repr(v) as text ("<object repr() failed>" if it raises; the error is cleared).
std::string repr_text(VM& vm, Value v);

// A new async_generator_wrapped_value around `value` (borrowed), for ASYNC_GEN_WRAP.
[[nodiscard]] Value async_gen_wrap_value(Value value);
// agen.__anext__(): a new async_generator_asend object.
[[nodiscard]] Value async_gen_anext(VM& vm, Value agen);

// The awaitable iterator for `await o` (CPython's _PyCoro_GetAwaitableIter): `o` itself for
// coroutines (and generators decorated with types.coroutine), else o.__await__() checked.
// Null with TypeError "object X can't be used in 'await' expression" when o has no
// __await__ (*no_await set then, for BEFORE_ASYNC_WITH's messages).
[[nodiscard]] Value get_awaitable_iter(VM& vm, Value o, bool* no_await = nullptr);

// Fills and readies the types above (called by init_builtin_types).
void init_generator_types();

}  // namespace glasspy::objects
