// max and min (builtins stage), CPython's min_max: one iterable or several arguments,
// key= and default=, the first of equal extremes kept; exact small ints compared inline.
#include <string>

#include "builtins/builtins_internal.h"
#include "objects/builtin_types.h"
#include "objects/exception_object.h"
#include "objects/ops.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

namespace {

// 1 if `a` beats `b` (a > b for max, a < b for min), 0, or -1 on error.
int beats(VM& vm, Value a, Value b, CompareOp op) {
  if (a.is_small_int() && b.is_small_int())
    return op == CompareOp::kGt ? a.as_small_int() > b.as_small_int() : a.as_small_int() < b.as_small_int();
  return rich_compare_bool(vm, a, b, op);
}

Value min_max(VM& vm, CallArgs args, const char* name, CompareOp op) {
  if (args.nargs == 0)
    return vm.raise(&exc_TypeError, std::string(name) + " expected at least 1 argument, got 0");
  Value kw[2];
  if (!bind_keywords(vm, args, name, {"key", "default"}, kw)) return Value();
  Value key = kw[0].is_null() || is_none(kw[0]) ? Value() : kw[0];
  Value default_value = kw[1];
  if (args.nargs > 1 && !default_value.is_null())
    return vm.raise(&exc_TypeError, std::string("Cannot specify a default for ") + name +
                                        "() with multiple positional arguments");
  Ref holder;
  Value iterable;
  if (args.nargs == 1) {
    iterable = args.args[0];
  } else {
    holder = Ref::steal(Value::from_object(tuple_from(args.args, static_cast<int64_t>(args.nargs))));
    iterable = holder.get();
  }
  Ref it = Ref::steal(iter(vm, iterable));
  if (it.is_null()) return Value();
  Ref best, best_key;
  for (;;) {
    if (!vm.poll_native_work()) return Value();
    Ref item = Ref::steal(next(vm, it.get()));
    if (item.is_null()) {
      if (vm.has_error()) return Value();
      break;
    }
    Ref item_key;
    if (!key.is_null()) {
      item_key = Ref::steal(call1(vm, key, item.get()));
      if (item_key.is_null()) return Value();
    } else {
      item_key = Ref::borrow(item.get());
    }
    if (best.is_null()) {
      best = std::move(item);
      best_key = std::move(item_key);
      continue;
    }
    int c = beats(vm, item_key.get(), best_key.get(), op);
    if (c < 0) return Value();
    if (c > 0) {
      best = std::move(item);
      best_key = std::move(item_key);
    }
  }
  if (!best.is_null()) return best.release();
  if (!default_value.is_null()) {
    incref(default_value);
    return default_value;
  }
  return vm.raise(&exc_ValueError, std::string(name) + "() arg is an empty sequence");
}

}  // namespace

Value builtin_max(VM& vm, Value, CallArgs args) { return min_max(vm, args, "max", CompareOp::kGt); }
Value builtin_min(VM& vm, Value, CallArgs args) { return min_max(vm, args, "min", CompareOp::kLt); }

}  // namespace glasspy::builtins
