// Helpers of the interpreter loop (VM stage) for instructions that build or take apart
// values: f-strings, unpacking, star-calls, dict/list displays, slices, small-int
// arithmetic, annotations and PRINT_EXPR. Each keeps CPython 3.11's error messages.
#include "vm/eval_support.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "objects/alloc.h"
#include "objects/exception_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/slice_object.h"
#include "objects/str_methods.h"
#include "objects/tuple_object.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace glasspy::vm {

using namespace objects;

namespace {

// Floor division and modulo with Python's signs (the divisor is not zero).
int64_t floor_div(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

constexpr int64_t kSmallMax = Value::kSmallIntMax;
constexpr int64_t kSmallMin = Value::kSmallIntMin;

bool fits(int64_t v) { return v >= kSmallMin && v <= kSmallMax; }

// What CPython's _PyObject_FunctionStr gives for messages about a call: "mod.qualname()"
// (without the module for builtins), else str(callable).
std::string function_str(VM& vm, Value callable) {
  Value qualname = get_attribute_optional(vm, callable, vm.intern("__qualname__"));
  if (qualname.is_null() || !is_str(qualname)) {
    vm.clear_error();
    decref(qualname);
    std::string text;
    if (!str_utf8(vm, callable, &text)) vm.clear_error();
    return text;
  }
  std::string out;
  Value module = get_attribute_optional(vm, callable, vm.intern("__module__"));
  if (module.is_null()) vm.clear_error();
  if (!module.is_null() && is_str(module) && !str_equals_utf8(as_str(module), "builtins")) {
    out.append(str_utf8(as_str(module)));
    out.push_back('.');
  }
  decref(module);
  out.append(str_utf8(as_str(qualname)));
  decref(qualname);
  out.append("()");
  return out;
}

}  // namespace

bool small_int_binary(int64_t a, int64_t b, int op, Value* out) {
  int64_t r;
  switch (static_cast<BinaryOp>(op % 13)) {
    case BinaryOp::kAdd: r = a + b; break;  // 48-bit operands: no 64-bit overflow
    case BinaryOp::kSubtract: r = a - b; break;
    case BinaryOp::kMultiply:
      if (__builtin_mul_overflow(a, b, &r)) return false;
      break;
    case BinaryOp::kFloorDivide:
      if (b == 0) return false;
      r = floor_div(a, b);
      break;
    case BinaryOp::kRemainder:
      if (b == 0) return false;
      r = a - floor_div(a, b) * b;
      break;
    case BinaryOp::kAnd: r = a & b; break;
    case BinaryOp::kOr: r = a | b; break;
    case BinaryOp::kXor: r = a ^ b; break;
    case BinaryOp::kLshift:
      if (b < 0 || b >= 48) return false;
      if (a != 0 && (a > (kSmallMax >> b) || a < (kSmallMin >> b))) return false;
      r = a * (int64_t{1} << b);
      break;
    case BinaryOp::kRshift:
      if (b < 0) return false;
      r = b >= 63 ? (a < 0 ? -1 : 0) : (a >> b);
      break;
    default:
      return false;
  }
  if (!fits(r)) return false;
  *out = Value::from_small_int(r);
  return true;
}

Value make_slice(Value start, Value stop, Value step) {
  return Value::from_object(slice_new(start, stop, step));
}

// LOAD_NAME / LOAD_CLASSDEREF in a namespace that may be any mapping: the value, or null
// (with no error) when the name is not there.
Value VM::load_from_mapping(Value mapping, Value name) {
  if (is_exact_dict(mapping)) {
    Value v = dict_get_str(as_dict(mapping), as_str(name));
    if (!v.is_null()) incref(v);
    return v;
  }
  Value v = getitem(*this, mapping, name);
  if (v.is_null() && error_matches(&exc_KeyError)) clear_error();
  return v;
}

// BUILD_STRING: the f-string's parts (all str) joined.
Value VM::join_strings(const Value* items, int n) {
  int64_t length = 0;
  char32_t max_char = 0;
  for (int i = 0; i < n; ++i) {
    StrObject* s = as_str(items[i]);
    length += s->length;
    if (!s->ascii) {
      for (int64_t k = 0; k < s->length; ++k) max_char = std::max(max_char, s->at(k));
    }
  }
  StrObject* out = str_alloc(length, max_char);
  int64_t at = 0;
  for (int i = 0; i < n; ++i) {
    StrObject* s = as_str(items[i]);
    if (s->kind == out->kind) {
      std::memcpy(out->data() + at * out->kind, s->data(), static_cast<size_t>(s->length) * s->kind);
    } else {
      for (int64_t k = 0; k < s->length; ++k) str_set_char(out, at + k, s->at(k));
    }
    at += s->length;
  }
  return Value::from_object(out);
}

// LIST_EXTEND ([*a, *b], f(*a) building the arguments).
bool VM::list_extend_from(ListObject* list, Value iterable) {
  if (list_extend(*this, list, iterable)) return true;
  if (error_matches(&exc_TypeError) && type_of(iterable)->iter == nullptr && type_of(iterable)->getitem == nullptr) {
    clear_error();
    raise(&exc_TypeError, std::string("Value after * must be an iterable, not ") + type_name(iterable));
  }
  return false;
}

// DICT_UPDATE ({**a}) and DICT_MERGE (f(**a): duplicate keywords are errors, naming the
// callable).
bool VM::dict_update_from(DictObject* d, Value update, bool merge, Value callable) {
  if (is_dict(update) && (!merge || is_exact_dict(update))) {
    if (!merge) return dict_merge(*this, d, as_dict(update));
    int64_t pos = 0;
    Value key, value;
    while (dict_next(as_dict(update), &pos, &key, &value)) {
      bool error = false;
      if (!dict_get(*this, d, key, &error).is_null() || error) {
        if (error) return false;
        // CPython formats the duplicate key with str(), whatever its type.
        std::string key_text;
        if (!str_utf8(*this, key, &key_text)) return false;
        raise(&exc_TypeError, function_str(*this, callable) + " got multiple values for keyword argument '" +
                                  key_text + "'");
        return false;
      }
      if (!dict_set(*this, d, key, value)) return false;
    }
    return true;
  }
  // Any mapping: keys() then [key].
  Value keys_method = get_attribute_optional(*this, update, intern("keys"));
  if (keys_method.is_null()) {
    if (has_error()) return false;
    if (merge) {
      raise(&exc_TypeError, function_str(*this, callable) + " argument after ** must be a mapping, not " +
                                type_name(update));
    } else {
      raise(&exc_TypeError, std::string("'") + type_name(update) + "' object is not a mapping");
    }
    return false;
  }
  Ref keys = Ref::steal(call0(*this, keys_method));
  decref(keys_method);
  if (keys.is_null()) return false;
  Ref it = Ref::steal(iter(*this, keys.get()));
  if (it.is_null()) return false;
  for (;;) {
    Ref key = Ref::steal(next(*this, it.get()));
    if (key.is_null()) return !has_error();
    if (merge) {
      bool error = false;
      if (!dict_get(*this, d, key.get(), &error).is_null() || error) {
        if (error) return false;
        raise(&exc_TypeError, function_str(*this, callable) + " got multiple values for keyword argument '" +
                                  (is_str(key.get()) ? std::string(str_utf8(as_str(key.get()))) : std::string("?")) + "'");
        return false;
      }
    }
    Ref value = Ref::steal(getitem(*this, update, key.get()));
    if (value.is_null()) return false;
    if (!dict_set(*this, d, key.get(), value.get())) return false;
  }
}

// FORMAT_VALUE: conversion 0 none, 1 str(), 2 repr(), 3 ascii(); then format(v, spec).
Value VM::format_value(Value v, int conversion, Value spec) {
  Ref converted;
  switch (conversion) {
    case 1: converted = Ref::steal(str(*this, v)); break;
    case 2: converted = Ref::steal(repr(*this, v)); break;
    case 3: converted = Ref::steal(ascii(*this, v)); break;
    default: converted = Ref::borrow(v); break;
  }
  if (converted.is_null()) return Value();
  Value c = converted.get();
  if (spec.is_null() && is_exact_str(c)) return converted.release();
  if (spec.is_null() && c.is_small_int()) return str(*this, c);
  return objects::format_value(*this, c, spec.is_null() ? str_empty() : as_str(spec));
}

// UNPACK_SEQUENCE (star_index < 0) and UNPACK_EX: `count` values go to out[] in stack
// order (the first item on top, i.e. at out[count - 1]); with a star target, the items
// between the `star_index` leading and the trailing ones become a list.
bool VM::unpack_sequence(Value seq, int count, int star_index, Value* out) {
  const Value* items = nullptr;
  int64_t n = 0;
  if (is_tuple(seq) && type_of(seq) == &tuple_type) {
    items = as_tuple(seq)->items();
    n = as_tuple(seq)->size;
  } else if (is_exact_list(seq)) {
    items = as_list(seq)->items;
    n = as_list(seq)->size;
  }
  if (items != nullptr) {
    if (star_index < 0) {
      if (n != count) {
        if (n > count) raise(&exc_ValueError, "too many values to unpack (expected " + std::to_string(count) + ")");
        else raise(&exc_ValueError, "not enough values to unpack (expected " + std::to_string(count) + ", got " + std::to_string(n) + ")");
        return false;
      }
      for (int i = 0; i < count; ++i) {
        incref(items[i]);
        out[count - 1 - i] = items[i];
      }
      return true;
    }
    int after = count - star_index - 1;
    if (n < star_index + after) {
      raise(&exc_ValueError, "not enough values to unpack (expected at least " + std::to_string(star_index + after) +
                                 ", got " + std::to_string(n) + ")");
      return false;
    }
    for (int i = 0; i < star_index; ++i) {
      incref(items[i]);
      out[count - 1 - i] = items[i];
    }
    out[count - 1 - star_index] = Value::from_object(list_from(items + star_index, n - star_index - after));
    for (int i = 0; i < after; ++i) {
      Value v = items[n - after + i];
      incref(v);
      out[after - 1 - i] = v;
    }
    return true;
  }

  Ref it = Ref::steal(iter(*this, seq));
  if (it.is_null()) {
    if (error_matches(&exc_TypeError) && type_of(seq)->iter == nullptr && type_of(seq)->getitem == nullptr) {
      clear_error();
      raise(&exc_TypeError, std::string("cannot unpack non-iterable ") + type_name(seq) + " object");
    }
    return false;
  }
  int leading = star_index < 0 ? count : star_index;
  int got = 0;
  auto drop_written = [&]() {
    for (int i = 0; i < got; ++i) decref(out[count - 1 - i]);
  };
  for (; got < leading; ++got) {
    Value v = next(*this, it.get());
    if (v.is_null()) {
      if (!has_error()) {
        if (star_index < 0) {
          raise(&exc_ValueError, "not enough values to unpack (expected " + std::to_string(count) + ", got " + std::to_string(got) + ")");
        } else {
          raise(&exc_ValueError, "not enough values to unpack (expected at least " + std::to_string(count - 1) +
                                     ", got " + std::to_string(got) + ")");
        }
      }
      drop_written();
      return false;
    }
    out[count - 1 - got] = v;
  }
  if (star_index < 0) {
    Value extra = next(*this, it.get());
    if (extra.is_null() && !has_error()) return true;
    decref(extra);
    if (!has_error()) raise(&exc_ValueError, "too many values to unpack (expected " + std::to_string(count) + ")");
    drop_written();
    return false;
  }
  Value rest = list_from_iterable(*this, it.get());
  if (rest.is_null()) {
    drop_written();
    return false;
  }
  ListObject* list = as_list(rest);
  int after = count - star_index - 1;
  if (list->size < after) {
    raise(&exc_ValueError, "not enough values to unpack (expected at least " + std::to_string(count - 1) + ", got " +
                               std::to_string(star_index + list->size) + ")");
    decref(rest);
    drop_written();
    return false;
  }
  for (int i = 0; i < after; ++i) {
    // The trailing targets take the list's last items (ownership moves out of the list).
    out[after - 1 - i] = list->items[list->size - after + i];
  }
  list->size -= after;
  out[count - 1 - star_index] = rest;
  return true;
}

// CALL_FUNCTION_EX: callable(*args, **kwargs).
Value VM::call_with_star(Value callable, Value args, Value kwargs) {
  Ref tuple;
  if (is_tuple(args) && type_of(args) == &tuple_type) {
    tuple = Ref::borrow(args);
  } else {
    Value list = list_from_iterable(*this, args);
    if (list.is_null()) {
      if (error_matches(&exc_TypeError) && type_of(args)->iter == nullptr && type_of(args)->getitem == nullptr) {
        clear_error();
        raise(&exc_TypeError, function_str(*this, callable) + " argument after * must be an iterable, not " +
                                  type_name(args));
      }
      return Value();
    }
    tuple = Ref::steal(Value::from_object(tuple_from(as_list(list)->items, as_list(list)->size)));
    decref(list);
  }
  Ref kw;
  if (!kwargs.is_null() && !is_exact_dict(kwargs)) {
    DictObject* d = dict_new();
    kw = Ref::steal(Value::from_object(d));
    if (!dict_update_from(d, kwargs, true, callable)) return Value();
  } else if (!kwargs.is_null()) {
    kw = Ref::borrow(kwargs);
  }
  TupleObject* t = as_tuple(tuple.get());
  if (kw.is_null() || as_dict(kw.get())->used == 0) {
    return call(*this, callable, CallArgs{t->items(), static_cast<size_t>(t->size), nullptr});
  }
  DictObject* d = as_dict(kw.get());
  std::vector<Value> stack(static_cast<size_t>(t->size + d->used));
  for (int64_t i = 0; i < t->size; ++i) stack[i] = t->items()[i];
  TupleObject* names = tuple_alloc(d->used);
  Ref names_ref = Ref::steal(Value::from_object(names));
  int64_t pos = 0, k = 0;
  Value key, value;
  while (dict_next(d, &pos, &key, &value)) {
    if (!is_str(key)) {
      for (int64_t j = 0; j < k; ++j) names->items()[j] = Value();
      return raise(&exc_TypeError, "keywords must be strings");
    }
    incref(key);
    names->items()[k] = key;
    stack[t->size + k] = value;
    ++k;
  }
  return call(*this, callable, CallArgs{stack.data(), static_cast<size_t>(t->size), names});
}

// SETUP_ANNOTATIONS: a module or class body gets an __annotations__ dict.
bool VM::setup_annotations(Frame* frame) {
  if (frame->locals.is_null()) {
    raise(&exc_SystemError, "no locals found when setting up annotations");
    return false;
  }
  StrObject* name = intern("__annotations__");
  if (is_exact_dict(frame->locals)) {
    if (!dict_get_str(as_dict(frame->locals), name).is_null()) return true;
    DictObject* d = dict_new();
    dict_set_str(as_dict(frame->locals), name, Value::from_object(d));
    decref(d);
    return true;
  }
  Value v = getitem(*this, frame->locals, Value::from_object(name));
  if (!v.is_null()) {
    decref(v);
    return true;
  }
  if (!error_matches(&exc_KeyError)) return false;
  clear_error();
  DictObject* d = dict_new();
  bool ok = setitem(*this, frame->locals, Value::from_object(name), Value::from_object(d));
  decref(d);
  return ok;
}

// PRINT_EXPR (interactive mode): sys.displayhook(v).
bool VM::print_expr(Value v) {
  Value sys = dict_get_str(modules_, intern("sys"));
  Value hook = sys.is_null() ? Value() : get_attribute_optional(*this, sys, intern("displayhook"));
  if (hook.is_null()) {
    if (!has_error()) raise(&exc_RuntimeError, "lost sys.displayhook");
    return false;
  }
  Value r = call1(*this, hook, v);
  decref(hook);
  decref(r);
  return !r.is_null();
}

}  // namespace glasspy::vm
