// The async opcodes (VM stage): GET_AWAITABLE, GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH,
// END_ASYNC_FOR and ASYNC_GEN_WRAP with CPython 3.11's semantics and messages. The loop
// saved frame->sp/ip before the call and reloads them after; on failure the stack keeps
// its depth (its values are released by the unwinder).
#include <string>

#include "bytecode/opcode.h"
#include "objects/builtin_types.h"
#include "objects/exception_object.h"
#include "objects/generator_object.h"
#include "objects/ops.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace glasspy::vm {

using namespace objects;
using bytecode::Opcode;

namespace {

// type(v).name looked up on the type and bound to v (_PyObject_LookupSpecial); null
// without an error when the type has no such attribute.
Value lookup_special(VM& vm, Value v, const char* name) {
  TypeObject* t = type_of(v);
  Value f = type_lookup(t, vm.intern(name));
  if (f.is_null()) return f;
  TypeObject* ft = type_of(f);
  if (ft->descr_get != nullptr) return ft->descr_get(vm, f, v, Value::from_object(t));
  incref(f);
  return f;
}

bool has_special(VM& vm, Value v, const char* name) { return !type_lookup(type_of(v), vm.intern(name)).is_null(); }

// Replaces the pending exception by TypeError(message) caused by it (_PyErr_FormatFromCause).
void raise_type_error_from_cause(VM& vm, const std::string& message) {
  Value cause = vm.fetch_error();
  vm.raise(&exc_TypeError, message);
  Value e = vm.peek_error();
  if (is_exception(e) && is_exception(cause)) {
    exception_set_cause(as_exception(e), cause);
    exception_set_context(as_exception(e), cause);
  }
  decref(cause);
}

}  // namespace

bool VM::async_op(Frame* frame, int op, int oparg) {
  Value* sp = frame->sp;
  switch (static_cast<Opcode>(op)) {
    case Opcode::GET_AWAITABLE: {
      Value iterable = sp[-1];
      bool no_await = false;
      Value it = get_awaitable_iter(*this, iterable, &no_await);
      if (it.is_null()) {
        if (no_await && (oparg == 1 || oparg == 2)) {
          clear_error();
          raise(&exc_TypeError, std::string("'async with' received an object from ") +
                                    (oparg == 1 ? "__aenter__" : "__aexit__") +
                                    " that does not implement __await__: " + type_name(iterable));
        }
        return false;
      }
      if (is_coroutine(it) && !gen_yield_from(as_generator(it)).is_null()) {
        decref(it);
        raise(&exc_RuntimeError, "coroutine is being awaited already");
        return false;
      }
      decref(iterable);
      sp[-1] = it;
      return true;
    }
    case Opcode::GET_AITER: {
      Value obj = sp[-1];
      if (!has_special(*this, obj, "__aiter__")) {
        raise(&exc_TypeError,
              std::string("'async for' requires an object with __aiter__ method, got ") + type_name(obj));
        return false;
      }
      Value it = call_method(*this, obj, intern("__aiter__"), nullptr, 0);
      if (it.is_null()) return false;
      if (!has_special(*this, it, "__anext__")) {
        raise(&exc_TypeError, std::string("'async for' received an object from __aiter__ that does not implement "
                                          "__anext__: ") +
                                  type_name(it));
        decref(it);
        return false;
      }
      decref(obj);
      sp[-1] = it;
      return true;
    }
    case Opcode::GET_ANEXT: {
      Value aiter = sp[-1];
      Value awaitable;
      if (is_async_generator(aiter)) {
        awaitable = async_gen_anext(*this, aiter);
      } else {
        if (!has_special(*this, aiter, "__anext__")) {
          raise(&exc_TypeError,
                std::string("'async for' requires an iterator with __anext__ method, got ") + type_name(aiter));
          return false;
        }
        Value next_iter = call_method(*this, aiter, intern("__anext__"), nullptr, 0);
        if (next_iter.is_null()) return false;
        awaitable = get_awaitable_iter(*this, next_iter);
        if (awaitable.is_null()) {
          raise_type_error_from_cause(
              *this, std::string("'async for' received an invalid object from __anext__: ") + type_name(next_iter));
          decref(next_iter);
          return false;
        }
        decref(next_iter);
      }
      if (awaitable.is_null()) return false;
      *frame->sp++ = awaitable;
      return true;
    }
    case Opcode::BEFORE_ASYNC_WITH: {
      Value mgr = sp[-1];
      Value enter = lookup_special(*this, mgr, "__aenter__");
      if (enter.is_null()) {
        if (!has_error())
          raise(&exc_TypeError, std::string("'") + type_name(mgr) +
                                    "' object does not support the asynchronous context manager protocol");
        return false;
      }
      Value exit = lookup_special(*this, mgr, "__aexit__");
      if (exit.is_null()) {
        if (!has_error())
          raise(&exc_TypeError, std::string("'") + type_name(mgr) +
                                    "' object does not support the asynchronous context manager protocol "
                                    "(missed __aexit__ method)");
        decref(enter);
        return false;
      }
      sp[-1] = exit;
      decref(mgr);
      Value res = call0(*this, enter);
      decref(enter);
      if (res.is_null()) return false;
      *frame->sp++ = res;
      return true;
    }
    case Opcode::END_ASYNC_FOR: {
      // [aiter, exc]: StopAsyncIteration ends the loop; anything else goes on unwinding.
      Value exc = sp[-1];
      if (is_exception(exc) && is_subtype(type_of(exc), &exc_StopAsyncIteration)) {
        frame->sp -= 2;
        decref(exc);
        decref(sp[-2]);
        return true;
      }
      incref(exc);
      restore_error(exc);
      return false;
    }
    case Opcode::ASYNC_GEN_WRAP: {
      Value v = sp[-1];
      sp[-1] = async_gen_wrap_value(v);
      decref(v);
      return true;
    }
    default:
      raise(&exc_SystemError, "unknown async opcode " + std::to_string(op));
      return false;
  }
}

}  // namespace glasspy::vm
