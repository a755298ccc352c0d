// Driving generators, coroutines and async generators (object model): send, throw and
// close with CPython 3.11's rules (delegation to the subiterator of a suspended
// `yield from` / `await`, PEP 479, "generator ignored GeneratorExit"), StopIteration's
// value, and finalization of a generator dropped while suspended. The frame itself runs
// in the VM (vm/generator.cpp).
#include <string>

#include "bytecode/opcode.h"
#include "objects/builtin_types.h"
#include "objects/exception_object.h"
#include "objects/generator_object.h"
#include "objects/ops.h"
#include "objects/traceback_object.h"
#include "objects/tuple_object.h"
#include "vm/frame.h"
#include "vm/traceback_print.h"
#include "vm/vm.h"

namespace glasspy::objects {

namespace {

const char* kind_text(const GeneratorObject* gen) {
  switch (gen->kind) {
    case GenKind::kCoroutine: return "coroutine";
    case GenKind::kAsyncGenerator: return "async generator";
    default: return "generator";
  }
}

// Raises a new instance of `type` without arguments (PyErr_SetNone: __context__ is the
// exception being handled).
void raise_new(VM& vm, TypeObject* type) {
  ExceptionObject* e = exception_new(type, tuple_alloc(0));
  vm.raise_value(Value::from_object(e));
  decref(e);
}

// gen_send_ex's conversion of a return into StopIteration / StopAsyncIteration.
Value finish_send(VM& vm, GeneratorObject* gen, SendResult s, Value r) {
  if (s == SendResult::kNext) return r;
  if (s == SendResult::kReturn) {
    if (gen->kind == GenKind::kAsyncGenerator) {
      raise_new(vm, &exc_StopAsyncIteration);
    } else if (is_none(r)) {
      raise_new(vm, &exc_StopIteration);
    } else {
      set_stop_iteration_value(vm, r);
    }
    decref(r);
  }
  return Value();
}

bool given_exception_matches(Value v, TypeObject* type) {
  if (!v.is_object()) return false;
  TypeObject* t = type_of(v);
  if (has_flag(t, kTypeTypeSubclass)) return is_subtype(static_cast<TypeObject*>(v.as_object()), type);
  return is_subtype(t, type);
}

// Closes the subiterator of a `yield from` (gen_close_iter): 0, or -1 with an error.
int close_subiterator(VM& vm, Value yf) {
  if (is_generator(yf) || is_coroutine(yf)) {
    Value r = gen_close(vm, as_generator(yf));
    if (r.is_null()) return -1;
    decref(r);
    return 0;
  }
  Value meth = get_attribute_optional(vm, yf, vm.intern("close"));
  if (meth.is_null()) {
    if (vm.has_error()) write_unraisable(vm, yf);
    return 0;
  }
  Value r = call0(vm, meth);
  decref(meth);
  if (r.is_null()) return -1;
  decref(r);
  return 0;
}

// The exception throw(typ, val, tb) raises, as PyErr_NormalizeException makes it. New
// reference or null.
Value make_thrown_exception(VM& vm, Value typ, Value val, Value tb) {
  if (!tb.is_null() && is_none(tb)) tb = Value();
  if (!tb.is_null() && !is_traceback(tb))
    return vm.raise(&exc_TypeError, "throw() third argument must be a traceback object");
  Value exc;
  if (typ.is_object() && has_flag(type_of(typ), kTypeTypeSubclass) &&
      is_exception_type(static_cast<TypeObject*>(typ.as_object()))) {
    auto* type = static_cast<TypeObject*>(typ.as_object());
    if (!val.is_null() && is_subtype(type_of(val), type)) {
      incref(val);
      exc = val;
    } else if (val.is_null() || is_none(val)) {
      exc = call0(vm, typ);
    } else if (is_exact_tuple(val)) {
      TupleObject* t = as_tuple(val);
      exc = call(vm, typ, CallArgs{t->items(), static_cast<size_t>(t->size), nullptr});
    } else {
      exc = call1(vm, typ, val);
    }
    if (!exc.is_null() && !is_exception(exc)) {
      std::string message = std::string("calling ") + repr_text(vm, typ) +
                            " should have returned an instance of BaseException, not " + type_name(exc);
      decref(exc);
      vm.raise(&exc_TypeError, message);
      exc = Value();
    }
    // As PyErr_NormalizeException: an error while making the exception is what is thrown.
    if (exc.is_null()) exc = vm.fetch_error();
  } else if (is_exception(typ)) {
    if (!val.is_null() && !is_none(val))
      return vm.raise(&exc_TypeError, "instance exception may not have a separate value");
    incref(typ);
    exc = typ;
  } else {
    return vm.raise(&exc_TypeError, std::string("exceptions must be classes or instances deriving from "
                                                 "BaseException, not ") +
                                        type_name(typ));
  }
  if (!tb.is_null()) exception_set_traceback(as_exception(exc), tb);
  return exc;
}

}  // namespace

std::string repr_text(VM& vm, Value v) {
  std::string out;
  if (!repr_utf8(vm, v, &out)) {
    vm.clear_error();
    out = "<object repr() failed>";
  }
  return out;
}

void write_unraisable(VM& vm, Value obj) {
  Value exc = vm.fetch_error();
  std::string text = "Exception ignored in: " + repr_text(vm, obj) + "\n";
  if (is_exception(exc)) {
    ExceptionObject* e = as_exception(exc);
    // Without a traceback, CPython shows where the program was when it happened.
    vm::Frame* frame = vm.current_frame();
    if (e->traceback.is_null() && frame != nullptr)
      traceback_here(exc, frame);
    if (is_traceback(e->traceback)) {
      text += "Traceback (most recent call last):\n";
      vm::format_traceback_entries(vm, as_traceback(e->traceback), vm.sources(), "", &text);
    }
    // Only this exception's line: no chained exceptions, no notes (write_unraisable_exc_file).
    TypeObject* type = type_of(exc);
    Value module = getattr(vm, Value::from_object(type), "__module__");
    std::string module_text;
    if (module.is_null()) {
      vm.clear_error();
      module_text = "<unknown>";
    } else if (is_str(module)) {
      module_text = std::string(str_utf8(as_str(module)));
    }
    decref(module);
    if (!module_text.empty() && module_text != "builtins" && module_text != "__main__") text += module_text + ".";
    text += std::string(str_utf8(as_str(type->qualname_object)));
    std::string message;
    if (str_utf8(vm, exc, &message)) {
      text += ": " + message;
    } else {
      vm.clear_error();
      text += ": <exception str() failed>";
    }
    text += "\n";
  }
  vm.host().write_stderr(text);
  decref(exc);
}

SendResult gen_send_ex2(VM& vm, GeneratorObject* gen, Value arg, bool closing, Value* result) {
  *result = Value();
  switch (gen->state) {
    case GenState::kSuspended:
      break;
    case GenState::kCreated:
      if (!arg.is_null() && !is_none(arg)) {
        vm.raise(&exc_TypeError, std::string("can't send non-None value to a just-started ") + kind_text(gen));
        return SendResult::kError;
      }
      break;
    case GenState::kRunning:
      vm.raise(&exc_ValueError, std::string(kind_text(gen)) + " already executing");
      return SendResult::kError;
    case GenState::kFinished:
      if (gen->kind == GenKind::kCoroutine && !closing) {
        vm.raise(&exc_RuntimeError, "cannot reuse already awaited coroutine");
        return SendResult::kError;
      }
      *result = none();
      return SendResult::kReturn;
  }
  return static_cast<SendResult>(vm.resume_generator_frame(gen, arg.is_null() ? none() : arg, false, result));
}

SendResult gen_throw_pending(VM& vm, GeneratorObject* gen, bool closing, Value* result) {
  *result = Value();
  if (gen->state == GenState::kRunning) {
    vm.raise(&exc_ValueError, std::string(kind_text(gen)) + " already executing");
    return SendResult::kError;
  }
  if (gen->state == GenState::kFinished) {
    if (gen->kind == GenKind::kCoroutine && !closing) vm.raise(&exc_RuntimeError, "cannot reuse already awaited coroutine");
    return SendResult::kError;
  }
  return static_cast<SendResult>(vm.resume_generator_frame(gen, none(), true, result));
}

Value gen_send(VM& vm, GeneratorObject* gen, Value arg) {
  Value r;
  SendResult s = gen_send_ex2(vm, gen, arg, false, &r);
  return finish_send(vm, gen, s, r);
}

Value gen_yield_from(GeneratorObject* gen) {
  if (gen->state != GenState::kSuspended) return Value();
  // Suspended in a `yield from` / `await` loop: the RESUME after its YIELD_VALUE has
  // oparg 2 or 3, and the subiterator is on top of the stack.
  uint16_t next = gen->frame()->ip[0];
  if ((next & 0xFF) != int(bytecode::Opcode::RESUME) || (next >> 8) < 2) return Value();
  return gen->frame()->sp[-1];
}

Value gen_close(VM& vm, GeneratorObject* gen) {
  if (gen->state == GenState::kCreated) {
    // Nothing ran: GeneratorExit would leave the frame at once.
    gen->state = GenState::kFinished;
    vm::clear_frame(gen->frame());
    return none();
  }
  if (gen->state == GenState::kFinished) return none();
  int err = 0;
  Value yf = gen_yield_from(gen);
  if (!yf.is_null()) {
    incref(yf);
    GenState state = gen->state;
    gen->state = GenState::kRunning;
    err = close_subiterator(vm, yf);
    gen->state = state;
    decref(yf);
  }
  if (err == 0) {
    if (gen->kind != GenKind::kAsyncGenerator && gen->state == GenState::kSuspended &&
        vm.close_generator_quietly(gen))
      return none();
    raise_new(vm, &exc_GeneratorExit);
  }
  Value r;
  SendResult s = gen_throw_pending(vm, gen, true, &r);
  if (s == SendResult::kNext) {
    decref(r);
    return vm.raise(&exc_RuntimeError, std::string(kind_text(gen)) + " ignored GeneratorExit");
  }
  if (s == SendResult::kReturn) {
    decref(r);
    if (gen->kind != GenKind::kAsyncGenerator) return none();
    raise_new(vm, &exc_StopAsyncIteration);
    return Value();
  }
  if (vm.error_matches(&exc_StopIteration) || vm.error_matches(&exc_GeneratorExit)) {
    vm.clear_error();
    return none();
  }
  return Value();
}

Value gen_throw(VM& vm, GeneratorObject* gen, bool close_on_genexit, Value typ, Value val, Value tb) {
  Value yf = gen_yield_from(gen);
  if (!yf.is_null()) {
    incref(yf);
    Value ret;
    if (close_on_genexit && given_exception_matches(typ, &exc_GeneratorExit)) {
      // Close the subiterator, then raise GeneratorExit (or close()'s error) here.
      gen->state = GenState::kRunning;
      int err = close_subiterator(vm, yf);
      gen->state = GenState::kSuspended;
      decref(yf);
      if (err < 0) {
        SendResult s = gen_throw_pending(vm, gen, false, &ret);
        return finish_send(vm, gen, s, ret);
      }
    } else {
      if (is_generator(yf) || is_coroutine(yf)) {
        gen->state = GenState::kRunning;
        ret = gen_throw(vm, as_generator(yf), close_on_genexit, typ, val, tb);
        gen->state = GenState::kSuspended;
      } else {
        Value meth = get_attribute_optional(vm, yf, vm.intern("throw"));
        if (meth.is_null()) {
          decref(yf);
          if (vm.has_error()) return Value();
          goto throw_here;
        }
        gen->state = GenState::kRunning;
        // As PyObject_CallFunctionObjArgs: the arguments stop at the first missing one.
        Value args[3] = {typ, val, tb};
        size_t n = 1;
        if (!val.is_null()) n = tb.is_null() ? 2 : 3;
        ret = call(vm, meth, CallArgs{args, n, nullptr});
        gen->state = GenState::kSuspended;
        decref(meth);
      }
      decref(yf);
      if (ret.is_null()) {
        // The subiterator finished: leave the SEND loop as SEND does when it returns.
        vm::Frame* f = gen->frame();
        decref(*--f->sp);
        const uint16_t* send = f->current - 1;  // SEND, just before the YIELD_VALUE
        int oparg = send[0] >> 8;
        f->ip = send + 1 + oparg;
        f->current = send + oparg;
        Value value;
        if (fetch_stop_iteration_value(vm, &value)) {
          ret = gen_send(vm, gen, value);
          decref(value);
        } else {
          SendResult s = gen_throw_pending(vm, gen, false, &ret);
          ret = finish_send(vm, gen, s, ret);
        }
      }
      return ret;
    }
  }
throw_here:
  Value exc = make_thrown_exception(vm, typ, val, tb);
  if (exc.is_null()) return exc;
  vm.restore_error(exc);  // no implicit __context__: the generator's own is chained on entry
  Value r;
  SendResult s = gen_throw_pending(vm, gen, false, &r);
  return finish_send(vm, gen, s, r);
}

Value generator_next_raising(VM& vm, Value v) {
  GeneratorObject* gen = as_generator(v);
  Value r;
  SendResult s = gen_send_ex2(vm, gen, Value(), false, &r);
  if (s == SendResult::kNext) return r;
  if (s == SendResult::kReturn) {
    if (is_none(r)) {
      raise_new(vm, &exc_StopIteration);
    } else {
      set_stop_iteration_value(vm, r);
    }
    decref(r);
  }
  return Value();
}

Value generator_iternext(VM& vm, Value v) {
  Value r;
  SendResult s = gen_send_ex2(vm, as_generator(v), Value(), false, &r);
  if (s == SendResult::kNext) return r;
  decref(r);  // a return value is dropped: exhaustion is a marker, not StopIteration
  return Value();
}

void set_stop_iteration_value(VM& vm, Value value) {
  ExceptionObject* e = exception_with_arg(&exc_StopIteration, value);
  vm.raise_value(Value::from_object(e));
  decref(e);
}

bool fetch_stop_iteration_value(VM& vm, Value* value) {
  if (!vm.error_matches(&exc_StopIteration)) return false;
  Value e = vm.fetch_error();
  Value v = as_exception(e)->fields[kStopIterationValue];
  if (v.is_null()) v = none();
  incref(v);
  decref(e);
  *value = v;
  return true;
}

void generator_finalize(GeneratorObject* gen) {
  if (gen->state != GenState::kSuspended) return;
  VM& vm = *gen->vm;
  Value saved = vm.fetch_error();
  Value r = gen_close(vm, gen);
  if (r.is_null()) {
    if (vm.has_error()) write_unraisable(vm, Value::from_object(gen));
  } else {
    decref(r);
  }
  vm.restore_error(saved);
}

}  // namespace glasspy::objects
