// The loop's exception instructions (VM stage): `raise` / `raise ... from`, matching an
// except clause, except* splitting and re-raising, unbound cell errors, and the
// `with` statement's __enter__/__exit__ calls. CPython 3.11's messages throughout.
#include <string>

#include "objects/exception_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/tuple_object.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace glasspy::vm {

using namespace objects;

namespace {

bool is_exception_class(Value v) {
  return v.is_object() && has_flag(type_of(v), kTypeTypeSubclass) &&
         is_exception_type(static_cast<TypeObject*>(v.as_object()));
}

TypeObject* as_type(Value v) { return static_cast<TypeObject*>(v.as_object()); }

// An exception class or instance turned into an instance (calling the class); `what`
// names the role for the TypeError ("exceptions" / "exception causes").
Value instantiate(VM& vm, Value v, const char* what) {
  if (is_exception_class(v)) {
    Value instance = call0(vm, v);
    if (instance.is_null()) return Value();
    if (!is_exception(instance)) {
      std::string message = std::string("calling ") + as_type(v)->name +
                            " should have returned an instance of BaseException, not " + type_name(instance);
      decref(instance);
      return vm.raise(&exc_TypeError, message);
    }
    return instance;
  }
  if (is_exception(v)) {
    incref(v);
    return v;
  }
  return vm.raise(&exc_TypeError, std::string(what) + " must derive from BaseException");
}

}  // namespace

// RAISE_VARARGS: `raise` (exc null: re-raise the exception being handled), `raise exc`,
// `raise exc from cause`.
void VM::do_raise(Value exc, Value cause) {
  if (exc.is_null()) {
    if (handled_.is_null() || is_none(handled_)) {
      raise(&exc_RuntimeError, "No active exception to reraise");
      // The loop treats a bare raise as a re-raise (no traceback entry); this error is
      // new, so it gets the entry of the frame here, as CPython's goto error.
      if (current_frame_ != nullptr) add_traceback_entry(current_frame_);
      return;
    }
    incref(handled_);
    restore_error(handled_);
    return;
  }
  Ref instance = Ref::steal(instantiate(*this, exc, "exceptions"));
  if (instance.is_null()) return;
  if (!cause.is_null()) {
    Ref cause_value;
    if (is_none(cause)) {
      cause_value = Ref::borrow(cause);
    } else if (is_exception_class(cause) || is_exception(cause)) {
      cause_value = Ref::steal(instantiate(*this, cause, "exception causes"));
      if (cause_value.is_null()) return;
    } else {
      raise(&exc_TypeError, "exception causes must derive from BaseException");
      return;
    }
    exception_set_cause(as_exception(instance.get()), cause_value.get());
  }
  raise_value(instance.get());
}

// CHECK_EXC_MATCH: does `exc` match the except clause's `type` (a class or a tuple)?
int VM::exception_matches(Value exc, Value type) {
  auto valid = [&](Value t) {
    if (is_exception_class(t)) return true;
    raise(&exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return false;
  };
  TypeObject* exc_type = type_of(exc);
  if (is_tuple(type)) {
    TupleObject* t = as_tuple(type);
    for (int64_t i = 0; i < t->size; ++i) {
      if (!valid(t->items()[i])) return -1;
    }
    for (int64_t i = 0; i < t->size; ++i) {
      if (is_subtype(exc_type, as_type(t->items()[i]))) return 1;
    }
    return 0;
  }
  if (!valid(type)) return -1;
  return is_subtype(exc_type, as_type(type)) ? 1 : 0;
}

// CHECK_EG_MATCH: splits the exception (group) caught by an except* clause into the part
// that matches `type` (*match) and the rest (*rest); None for an empty part.
bool VM::exception_group_match(Value eg, Value type, Value* match, Value* rest) {
  auto valid = [&](Value t) {
    if (!is_exception_class(t)) {
      raise(&exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
      return false;
    }
    if (is_subtype(as_type(t), &exc_BaseExceptionGroup)) {
      raise(&exc_TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
      return false;
    }
    return true;
  };
  if (is_tuple(type)) {
    TupleObject* t = as_tuple(type);
    for (int64_t i = 0; i < t->size; ++i) {
      if (!valid(t->items()[i])) return false;
    }
  } else if (!valid(type)) {
    return false;
  }
  if (is_none(eg)) {
    *match = none();
    *rest = none();
    return true;
  }
  int full = exception_matches(eg, type);
  if (full < 0) return false;
  if (full) {
    // The whole exception matches: a naked exception is wrapped in a group.
    if (is_exception_group(eg)) {
      incref(eg);
      *match = eg;
    } else {
      Value item = eg;
      // CPython wraps it as ExceptionGroup('', (exc,)): a tuple, visible in the repr.
      Ref items = Ref::steal(Value::from_object(tuple_from(&item, 1)));
      Value wrapped = exception_group_from_list(*this, items.get());
      if (wrapped.is_null()) return false;
      ExceptionObject* e = as_exception(eg);
      if (!e->traceback.is_null()) exception_set_traceback(as_exception(wrapped), e->traceback);
      *match = wrapped;
    }
    *rest = none();
  } else if (is_exception_group(eg)) {
    Value m, r;
    if (!exception_group_split(*this, eg, type, &m, &r)) return false;
    *match = m.is_null() ? none() : m;
    *rest = r.is_null() ? none() : r;
  } else {
    *match = none();
    incref(eg);
    *rest = eg;
  }
  if (!is_none(*match)) {
    // The matched part is what the clause handles (sys.exc_info()).
    Value old = handled_;
    incref(*match);
    handled_ = *match;
    decref(old);
  }
  return true;
}

// PREP_RERAISE_STAR: what is left to raise at the end of a try-except* statement.
Value VM::prep_reraise_star(Value orig, Value excs) { return exception_prep_reraise_star(*this, orig, excs); }

// LOAD_DEREF / DELETE_DEREF / LOAD_CLASSDEREF of an empty cell.
void VM::raise_unbound_deref(Frame* frame, int slot) {
  CodeObject* code = frame->code;
  std::string name(str_utf8(as_str(code->localsplusnames->items()[slot])));
  if (slot >= code->nlocalsplus - code->nfrees) {
    raise_name_error(code->localsplusnames->items()[slot],
                     "cannot access free variable '" + name +
                         "' where it is not associated with a value in enclosing scope");
    return;
  }
  raise(&exc_UnboundLocalError, "cannot access local variable '" + name + "' where it is not associated with a value");
}

// BEFORE_WITH: looks up __enter__ and __exit__ on the type (special method lookup), calls
// __enter__; *exit_fn gets the bound __exit__.
bool VM::before_with(Value mgr, Value* exit_fn, Value* enter_result) {
  TypeObject* type = type_of(mgr);
  Value enter = type_lookup(type, intern("__enter__"));
  if (enter.is_null()) {
    raise(&exc_TypeError, std::string("'") + type->name + "' object does not support the context manager protocol");
    return false;
  }
  Value exit = type_lookup(type, intern("__exit__"));
  if (exit.is_null()) {
    raise(&exc_TypeError, std::string("'") + type->name +
                              "' object does not support the context manager protocol (missed __exit__ method)");
    return false;
  }
  Ref bound_exit;
  if (type_of(exit)->descr_get != nullptr) {
    bound_exit = Ref::steal(type_of(exit)->descr_get(*this, exit, mgr, Value::from_object(type)));
    if (bound_exit.is_null()) return false;
  } else {
    bound_exit = Ref::borrow(exit);
  }
  Value result;
  if (type_of(enter)->descr_get != nullptr) {
    Ref bound_enter = Ref::steal(type_of(enter)->descr_get(*this, enter, mgr, Value::from_object(type)));
    if (bound_enter.is_null()) return false;
    result = call0(*this, bound_enter.get());
  } else {
    result = call0(*this, enter);
  }
  if (result.is_null()) return false;
  *exit_fn = bound_exit.release();
  *enter_result = result;
  return true;
}

// WITH_EXCEPT_START: __exit__(type, value, traceback) for the exception `exc`.
Value VM::call_exit_with_exception(Value exit_fn, Value exc) {
  Value args[3] = {Value::from_object(type_of(exc)), exc, none()};
  if (is_exception(exc) && !as_exception(exc)->traceback.is_null()) args[2] = as_exception(exc)->traceback;
  return call(*this, exit_fn, CallArgs{args, 3, nullptr});
}

}  // namespace glasspy::vm
