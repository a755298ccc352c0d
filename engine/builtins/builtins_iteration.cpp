// Iteration built-ins (builtins stage): all, any, iter, next, aiter, anext, len, sorted,
// sum. sum follows CPython 3.11's loop exactly (an int64 accumulator, then a double one,
// then generic `+`), so results and overflow points match.
#include <string>

#include "builtins/builtins_internal.h"
#include "objects/builtin_types.h"
#include "objects/bytes_object.h"
#include "objects/exception_object.h"
#include "objects/generator_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/iterators.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

namespace {

// all() / any(): stops at the first item whose truth is `stop_at`.
Value all_or_any(VM& vm, Value iterable, bool stop_at) {
  Value items_source = iterable;
  if (is_exact_list(items_source) || is_exact_tuple(items_source)) {
    // Index each time: a __bool__ may change the list.
    for (int64_t i = 0;; ++i) {
      Value item;
      if (is_exact_tuple(items_source)) {
        TupleObject* t = as_tuple(items_source);
        if (i >= t->size) break;
        item = t->items()[i];
      } else {
        ListObject* l = as_list(items_source);
        if (i >= l->size) break;
        item = l->items[i];
      }
      Ref hold = Ref::borrow(item);
      int truth = truthy(vm, item);
      if (truth < 0) return Value();
      if ((truth != 0) == stop_at) return boolean(stop_at);
    }
    return boolean(!stop_at);
  }
  Ref it = Ref::steal(iter(vm, iterable));
  if (it.is_null()) return Value();
  for (;;) {
    if (!vm.poll_native_work()) return Value();
    Ref item = Ref::steal(next(vm, it.get()));
    if (item.is_null()) {
      if (vm.has_error()) return Value();
      return boolean(!stop_at);
    }
    int truth = truthy(vm, item.get());
    if (truth < 0) return Value();
    if ((truth != 0) == stop_at) return boolean(stop_at);
  }
}

// The value of an exact int or a bool as int64, if it fits.
bool small_int_value(Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (!v.is_object() || (v.as_object()->type != &int_type && v.as_object()->type != &bool_type)) return false;
  return int_to_int64(v, out);
}

}  // namespace

Value builtin_all(VM& vm, Value, CallArgs args) { return all_or_any(vm, args.args[0], false); }
Value builtin_any(VM& vm, Value, CallArgs args) { return all_or_any(vm, args.args[0], true); }

Value builtin_iter(VM& vm, Value, CallArgs args) {
  if (args.nargs == 1) return iter(vm, args.args[0]);
  if (!is_callable(args.args[0])) return vm.raise(&exc_TypeError, "iter(v, w): v must be callable");
  return callable_iterator_new(args.args[0], args.args[1]);
}

Value builtin_next(VM& vm, Value, CallArgs args) {
  Value it = args.args[0];
  TypeObject* t = type_of(it);
  if (t->iternext == nullptr)
    return vm.raise(&exc_TypeError, std::string("'") + t->name + "' object is not an iterator");
  // A class's own __next__ is called directly: the iternext slot reports the end without
  // an exception, which would lose the StopIteration's arguments next() must pass on.
  // A generator's return value travels in the StopIteration that next() raises.
  if (args.nargs == 1 && is_generator(it)) return generator_next_raising(vm, it);
  bool found = false;
  Value item = has_flag(t, kTypeHeap) ? call_special(vm, it, "__next__", nullptr, 0, &found) : t->iternext(vm, it);
  if (!item.is_null()) return item;
  if (args.nargs == 1) {
    if (!vm.has_error()) vm.raise_value(Value::from_object(&exc_StopIteration));
    return Value();
  }
  if (vm.has_error()) {
    if (!vm.error_matches(&exc_StopIteration)) return Value();
    vm.clear_error();
  }
  incref(args.args[1]);
  return args.args[1];
}

Value builtin_aiter(VM& vm, Value, CallArgs args) {
  Value v = args.args[0];
  bool found = false;
  Value it = call_special(vm, v, "__aiter__", nullptr, 0, &found);
  if (!found) return vm.raise(&exc_TypeError, std::string("'") + type_name(v) + "' object is not an async iterable");
  if (it.is_null()) return it;
  if (type_lookup(vm, type_of(it), "__anext__").is_null()) {
    vm.raise(&exc_TypeError, std::string("aiter() returned not an async iterator of type '") + type_name(it) + "'");
    decref(it);
    return Value();
  }
  return it;
}

Value builtin_anext(VM& vm, Value, CallArgs args) {
  Value it = args.args[0];
  bool found = false;
  Value awaitable = call_special(vm, it, "__anext__", nullptr, 0, &found);
  if (!found) return vm.raise(&exc_TypeError, std::string("'") + type_name(it) + "' object is not an async iterator");
  if (awaitable.is_null() || args.nargs == 1) return awaitable;
  // anext(it, default) needs an awaitable that turns StopAsyncIteration into the default.
  decref(awaitable);
  return vm.raise(&exc_NotImplementedError, "anext() with a default is not supported yet");
}

Value builtin_len(VM& vm, Value, CallArgs args) {
  int64_t n = length(vm, args.args[0]);
  if (n < 0) return Value();
  return make_int(n);
}

Value builtin_sorted(VM& vm, Value, CallArgs args) {
  if (args.nargs != 1)
    return vm.raise(&exc_TypeError, "sorted expected 1 argument, got " + std::to_string(args.nargs));
  Value kw[2];
  if (!bind_keywords(vm, args, "sort", {"key", "reverse"}, kw)) return Value();
  bool reverse = false;
  if (!kw[1].is_null()) {
    if (is_float(kw[1])) return vm.raise(&exc_TypeError, "'float' object cannot be interpreted as an integer");
    int64_t r;
    if (!index_int64(vm, kw[1], &r)) return Value();
    reverse = r != 0;
  }
  Value list = list_from_iterable(vm, args.args[0]);
  if (list.is_null()) return list;
  if (!list_sort(vm, as_list(list), kw[0], reverse)) {
    decref(list);
    return Value();
  }
  return list;
}

Value builtin_sum(VM& vm, Value, CallArgs args) {
  if (!check_positional_range(vm, args, "sum", 1, 2)) return Value();
  Value kw[1];
  if (!bind_keywords(vm, args, "sum", {"start"}, kw)) return Value();
  if (args.nargs == 2 && !kw[0].is_null())
    return vm.raise(&exc_TypeError, "argument for sum() given by name ('start') and position (2)");
  Value start = args.nargs == 2 ? args.args[1] : kw[0];
  if (start.is_null()) start = Value::from_small_int(0);
  if (is_str(start)) return vm.raise(&exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (is_bytes(start)) return vm.raise(&exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (is_bytearray(start)) return vm.raise(&exc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  Ref it = Ref::steal(iter(vm, args.args[0]));
  if (it.is_null()) return Value();
  Ref result = Ref::borrow(start);

  int64_t i_result;
  if (is_exact_int(result.get()) && int_to_int64(result.get(), &i_result)) {
    result.reset();
    while (result.is_null()) {
      if (!vm.poll_native_work()) return Value();
      Ref item = Ref::steal(next(vm, it.get()));
      if (item.is_null()) return vm.has_error() ? Value() : make_int(i_result);
      int64_t b;
      if (small_int_value(item.get(), &b) && !__builtin_add_overflow(i_result, b, &b)) {
        i_result = b;
        continue;
      }
      Ref partial = Ref::steal(make_int(i_result));
      result = Ref::steal(binary_op(vm, partial.get(), item.get(), BinaryOp::kAdd));
      if (result.is_null()) return Value();
    }
  }

  if (result.get().is_double()) {
    double f_result = result.get().as_double();
    result.reset();
    while (result.is_null()) {
      if (!vm.poll_native_work()) return Value();
      Ref item = Ref::steal(next(vm, it.get()));
      if (item.is_null()) return vm.has_error() ? Value() : Value::from_double(f_result);
      Value v = item.get();
      if (v.is_double()) {
        f_result += v.as_double();
        continue;
      }
      int64_t n;
      if (is_int(v) && int_to_int64(v, &n)) {
        f_result += static_cast<double>(n);
        continue;
      }
      Ref partial = Ref::steal(Value::from_double(f_result));
      result = Ref::steal(binary_op(vm, partial.get(), v, BinaryOp::kAdd));
      if (result.is_null()) return Value();
    }
  }

  for (;;) {
    if (!vm.poll_native_work()) return Value();
    Ref item = Ref::steal(next(vm, it.get()));
    if (item.is_null()) return vm.has_error() ? Value() : result.release();
    result = Ref::steal(binary_op(vm, result.get(), item.get(), BinaryOp::kAdd));
    if (result.is_null()) return Value();
  }
}

}  // namespace glasspy::builtins
