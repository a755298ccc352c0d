// The abstract object protocol (object model): Python's operators and core built-ins on
// any value, through type slots, with CPython's dispatch rules and messages.
#include "objects/ops.h"

#include <algorithm>
#include <string>
#include <vector>

#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/callable_objects.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/generic_alias.h"
#include "objects/int_object.h"
#include "objects/iterators.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_cache.h"
#include "text/py_repr.h"
#include "vm/vm.h"

namespace glasspy::objects {

const char* type_name(Value v) { return type_of(v)->name; }

// ---------------------------------------------------------------------------------------
// Text

Value repr(VM& vm, Value v) {
  TypeObject* t = type_of(v);
  if (t->repr == nullptr) return object_type.repr(vm, v);
  if (!vm.enter_native(" while getting the repr of an object")) return Value();
  Value r = t->repr(vm, v);
  vm.leave_native();
  return r;
}

Value str(VM& vm, Value v) {
  if (is_exact_str(v)) {
    incref(v);
    return v;
  }
  TypeObject* t = type_of(v);
  if (t->str == nullptr) return repr(vm, v);
  if (!vm.enter_native(" while getting the str of an object")) return Value();
  Value r = t->str(vm, v);
  vm.leave_native();
  return r;
}

Value ascii(VM& vm, Value v) {
  Value r = repr(vm, v);
  if (r.is_null()) return r;
  StrObject* s = as_str(r);
  if (s->ascii) return r;
  std::string out;
  for (int64_t i = 0; i < s->length; ++i) {
    char32_t c = s->at(i);
    char buffer[16];
    if (c < 0x80) out += static_cast<char>(c);
    else if (c < 0x100) { std::snprintf(buffer, sizeof buffer, "\\x%02x", unsigned(c)); out += buffer; }
    else if (c < 0x10000) { std::snprintf(buffer, sizeof buffer, "\\u%04x", unsigned(c)); out += buffer; }
    else { std::snprintf(buffer, sizeof buffer, "\\U%08x", unsigned(c)); out += buffer; }
  }
  decref(r);
  return Value::from_object(str_from_ascii(out));
}

bool repr_utf8(VM& vm, Value v, std::string* out) {
  Value r = repr(vm, v);
  if (r.is_null()) return false;
  *out = std::string(str_utf8(as_str(r)));
  decref(r);
  return true;
}

bool str_utf8(VM& vm, Value v, std::string* out) {
  Value r = str(vm, v);
  if (r.is_null()) return false;
  *out = std::string(str_utf8(as_str(r)));
  decref(r);
  return true;
}

bool hash(VM& vm, Value v, int64_t* out) {
  if (v.is_small_int()) {
    int64_t x = v.as_small_int();
    // Small ints are far below 2^61 - 1: their hash is themselves (-1 becomes -2).
    *out = x == -1 ? -2 : x;
    return true;
  }
  if (is_exact_str(v)) {
    *out = str_hash(as_str(v));
    return true;
  }
  TypeObject* t = type_of(v);
  if (t->hash == nullptr) {
    vm.raise(&exc_TypeError, std::string("unhashable type: '") + t->name + "'");
    return false;
  }
  return t->hash(vm, v, out);
}

// ---------------------------------------------------------------------------------------
// Comparison

namespace {

const char* const kCompareSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
const CompareOp kSwapped[] = {CompareOp::kGt, CompareOp::kGe, CompareOp::kEq, CompareOp::kNe, CompareOp::kLt,
                              CompareOp::kLe};

}  // namespace

Value rich_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int(), y = b.as_small_int();
    switch (op) {
      case CompareOp::kLt: return boolean(x < y);
      case CompareOp::kLe: return boolean(x <= y);
      case CompareOp::kEq: return boolean(x == y);
      case CompareOp::kNe: return boolean(x != y);
      case CompareOp::kGt: return boolean(x > y);
      case CompareOp::kGe: return boolean(x >= y);
    }
  }
  if (!vm.enter_native(" in comparison")) return Value();
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  bool checked_reverse = false;
  Value r;
  if (ta != tb && is_subtype(tb, ta) && tb->richcompare != nullptr) {
    checked_reverse = true;
    r = tb->richcompare(vm, b, a, kSwapped[int(op)]);
    if (r.is_null() || !is_not_implemented(r)) {
      vm.leave_native();
      return r;
    }
    decref(r);
  }
  if (ta->richcompare != nullptr) {
    r = ta->richcompare(vm, a, b, op);
    if (r.is_null() || !is_not_implemented(r)) {
      vm.leave_native();
      return r;
    }
    decref(r);
  }
  if (!checked_reverse && tb->richcompare != nullptr) {
    r = tb->richcompare(vm, b, a, kSwapped[int(op)]);
    if (r.is_null() || !is_not_implemented(r)) {
      vm.leave_native();
      return r;
    }
    decref(r);
  }
  vm.leave_native();
  if (op == CompareOp::kEq) return boolean(a.is(b));
  if (op == CompareOp::kNe) return boolean(!a.is(b));
  return vm.raise(&exc_TypeError, std::string("'") + kCompareSymbols[int(op)] + "' not supported between instances of '" +
                                      ta->name + "' and '" + tb->name + "'");
}

int rich_compare_bool(VM& vm, Value a, Value b, CompareOp op) {
  if (a.is(b)) {
    if (op == CompareOp::kEq) return 1;
    if (op == CompareOp::kNe) return 0;
  }
  Value r = rich_compare(vm, a, b, op);
  if (r.is_null()) return -1;
  int t = truthy(vm, r);
  decref(r);
  return t;
}

int truthy(VM& vm, Value v) {
  if (v.is(true_value())) return 1;
  if (v.is(false_value()) || is_none(v)) return 0;
  if (v.is_small_int()) return v.as_small_int() != 0;
  if (v.is_double()) return v.as_double() != 0.0;
  TypeObject* t = type_of(v);
  if (t->truthy != nullptr) return t->truthy(vm, v);
  if (t->length != nullptr) {
    int64_t n = t->length(vm, v);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

// ---------------------------------------------------------------------------------------
// Numbers

const char* binary_op_symbol(BinaryOp op, bool inplace) {
  static const char* const kSymbols[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
  static const char* const kInplace[] = {"+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
  return inplace ? kInplace[int(op)] : kSymbols[int(op)];
}

namespace {

// CPython's binary_op1: the right operand's slot first if its type is a subclass.
Value binary_op1(VM& vm, Value a, Value b, int op) {
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  BinaryFn slot_a = ta->binary[op];
  BinaryFn slot_b = ta != tb ? tb->binary[op] : nullptr;
  if (slot_b == slot_a) slot_b = nullptr;
  if (slot_a != nullptr) {
    if (slot_b != nullptr && is_subtype(tb, ta)) {
      Value r = slot_b(vm, a, b);
      if (r.is_null() || !is_not_implemented(r)) return r;
      decref(r);
      slot_b = nullptr;
    }
    Value r = slot_a(vm, a, b);
    if (r.is_null() || !is_not_implemented(r)) return r;
    decref(r);
  }
  if (slot_b != nullptr) {
    Value r = slot_b(vm, a, b);
    if (r.is_null() || !is_not_implemented(r)) return r;
    decref(r);
  }
  return not_implemented();
}

Value binary_type_error(VM& vm, Value a, Value b, BinaryOp op, bool inplace) {
  std::string symbol = binary_op_symbol(op, inplace);
  if (op == BinaryOp::kPower && !inplace) symbol = "** or pow()";
  if (op == BinaryOp::kPower && inplace) symbol = "**=";
  std::string message = "unsupported operand type(s) for " + symbol + ": '" + type_name(a) + "' and '" + type_name(b) + "'";
  // CPython's hint for print >> f.
  if (op == BinaryOp::kRshift && !inplace && a.is_object() && a.as_object()->type == &builtin_function_type &&
      std::string(static_cast<NativeFunctionObject*>(a.as_object())->def->name) == "print")
    message += ". Did you mean \"print(<message>, file=<output_stream>)\"?";
  return vm.raise(&exc_TypeError, message);
}

}  // namespace

// Binary operators do not count towards the recursion limit (as CPython 3.11's
// binary_op1); a dunder written in Python does, through its frame (VM::call_function).
Value binary_op(VM& vm, Value a, Value b, BinaryOp op) {
  Value r = binary_op1(vm, a, b, int(op));
  if (r.is_null() || !is_not_implemented(r)) return r;
  // Sequence repetition and concatenation are slots of the sequences themselves
  // (binary[kAdd]/[kMultiply] of str, list, tuple) and have been tried above.
  return binary_type_error(vm, a, b, op, false);
}

Value inplace_op(VM& vm, Value a, Value b, BinaryOp op) {
  TypeObject* ta = type_of(a);
  BinaryFn slot = ta->inplace[int(op)];
  if (slot != nullptr) {
    Value r = slot(vm, a, b);
    if (r.is_null() || !is_not_implemented(r)) return r;
    decref(r);
  }
  Value r = binary_op1(vm, a, b, int(op));
  if (r.is_null() || !is_not_implemented(r)) return r;
  return binary_type_error(vm, a, b, op, true);
}

Value ternary_pow(VM& vm, Value a, Value b, Value mod) {
  TypeObject* ta = type_of(a);
  if (ta->power != nullptr) {
    Value r = ta->power(vm, a, b, mod);
    if (r.is_null() || !is_not_implemented(r)) return r;
    decref(r);
  }
  return vm.raise(&exc_TypeError, std::string("unsupported operand type(s) for ** or pow(): '") + type_name(a) + "', '" +
                                      type_name(b) + "', '" + type_name(mod) + "'");
}

namespace {

Value unary(VM& vm, Value v, UnaryFn TypeObject::*slot, const char* symbol) {
  UnaryFn fn = type_of(v)->*slot;
  if (fn == nullptr)
    return vm.raise(&exc_TypeError, std::string("bad operand type for ") + symbol + ": '" + type_name(v) + "'");
  return fn(vm, v);
}

}  // namespace

Value negative(VM& vm, Value v) { return unary(vm, v, &TypeObject::negative, "unary -"); }
Value positive(VM& vm, Value v) { return unary(vm, v, &TypeObject::positive, "unary +"); }
Value invert(VM& vm, Value v) { return unary(vm, v, &TypeObject::invert, "unary ~"); }
Value absolute(VM& vm, Value v) { return unary(vm, v, &TypeObject::absolute, "abs()"); }

Value index(VM& vm, Value v) {
  if (is_exact_int(v)) {
    incref(v);
    return v;
  }
  if (is_int(v)) return make_int(int_to_bigint(v));
  TypeObject* t = type_of(v);
  if (t->index == nullptr)
    return vm.raise(&exc_TypeError, std::string("'") + t->name + "' object cannot be interpreted as an integer");
  Value r = t->index(vm, v);
  if (r.is_null()) return r;
  if (!is_int(r)) {
    std::string message = std::string("__index__ returned non-int (type ") + type_name(r) + ")";
    decref(r);
    return vm.raise(&exc_TypeError, message);
  }
  return r;
}

bool index_int64(VM& vm, Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  Value i = index(vm, v);
  if (i.is_null()) return false;
  bool fits = int_to_int64(i, out);
  decref(i);
  if (!fits) {
    vm.raise(&exc_IndexError, std::string("cannot fit '") + type_name(v) + "' into an index-sized integer");
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// Attributes

Value generic_getattr(VM& vm, Value v, StrObject* name) {
  TypeObject* t = type_of(v);
  Value descr = cached_type_lookup(t, name);
  TypeObject* dt = nullptr;
  if (!descr.is_null()) {
    dt = type_of(descr);
    if (dt->descr_get != nullptr && dt->descr_set != nullptr) return dt->descr_get(vm, descr, v, Value::from_object(t));
  }
  if (v.is_object()) {
    Value* slot = dict_slot(v.as_object());
    DictObject* d = nullptr;
    if (slot != nullptr && !slot->is_null()) d = as_dict(*slot);
    else if (is_exception(v)) d = as_exception(v)->dict;
    if (d != nullptr) {
      Value found = dict_get_str(d, name);
      if (!found.is_null()) {
        incref(found);
        return found;
      }
    }
  }
  if (dt != nullptr) {
    if (dt->descr_get != nullptr) return dt->descr_get(vm, descr, v, Value::from_object(t));
    incref(descr);
    return descr;
  }
  return vm.raise_attribute_error(v, name, std::string("'") + t->name + "' object has no attribute '" +
                                               std::string(str_utf8(name)) + "'");
}

// CPython 3.11 raises these AttributeErrors without name and obj (no suggestions).
bool generic_setattr(VM& vm, Value v, StrObject* name, Value value) {
  TypeObject* t = type_of(v);
  Value descr = cached_type_lookup(t, name);
  if (!descr.is_null()) {
    TypeObject* dt = type_of(descr);
    if (dt->descr_set != nullptr) return dt->descr_set(vm, descr, v, value);
  }
  DictObject* d = nullptr;
  if (v.is_object()) {
    Value* slot = dict_slot(v.as_object());
    if (slot != nullptr) {
      if (slot->is_null()) {
        if (value.is_null()) goto missing;
        *slot = Value::from_object(dict_new());
      }
      d = as_dict(*slot);
    } else if (is_exception(v)) {
      ExceptionObject* e = as_exception(v);
      if (e->dict == nullptr) e->dict = dict_new();
      d = e->dict;
    }
  }
  if (d == nullptr) {
    if (descr.is_null()) {
      vm.raise(&exc_AttributeError, std::string("'") + t->name + "' object has no attribute '" +
                            std::string(str_utf8(name)) + "'");
    } else {
      vm.raise(&exc_AttributeError, std::string("'") + t->name + "' object attribute '" +
                            std::string(str_utf8(name)) + "' is read-only");
    }
    return false;
  }
  if (value.is_null()) {
    int r = dict_delete(vm, d, Value::from_object(name));
    if (r < 0) return false;
    if (r == 0) goto missing;
    return true;
  }
  dict_set_str(d, name, value);
  return true;
missing:
  vm.raise(&exc_AttributeError, std::string("'") + t->name + "' object has no attribute '" +
                std::string(str_utf8(name)) + "'");
  return false;
}

Value getattr(VM& vm, Value v, StrObject* name) {
  TypeObject* t = type_of(v);
  if (t->getattro == nullptr) return generic_getattr(vm, v, name);
  return t->getattro(vm, v, name);
}

Value getattr(VM& vm, Value v, std::string_view name) { return getattr(vm, v, vm.intern(name)); }

Value get_attribute_optional(VM& vm, Value v, StrObject* name) {
  Value r = getattr(vm, v, name);
  if (r.is_null() && vm.error_matches(&exc_AttributeError)) vm.clear_error();
  return r;
}

bool setattr(VM& vm, Value v, StrObject* name, Value value) {
  TypeObject* t = type_of(v);
  if (t->setattro == nullptr) {
    vm.raise(&exc_AttributeError, std::string("'") + t->name + "' object has no attribute '" +
                                      std::string(str_utf8(name)) + "'");
    return false;
  }
  return t->setattro(vm, v, name, value);
}

bool delattr(VM& vm, Value v, StrObject* name) { return setattr(vm, v, name, Value()); }

Value get_method(VM& vm, Value v, StrObject* name, Value* self_out) {
  *self_out = Value();
  TypeObject* t = type_of(v);
  if (t->getattro == generic_getattr || t->getattro == nullptr) {
    Value descr = cached_type_lookup(t, name);
    if (!descr.is_null() && has_flag(type_of(descr), kTypeMethodDescriptor)) {
      // Unless the instance dict shadows it.
      if (v.is_object()) {
        Value* slot = dict_slot(v.as_object());
        if (slot != nullptr && !slot->is_null()) {
          Value found = dict_get_str(as_dict(*slot), name);
          if (!found.is_null()) {
            incref(found);
            return found;
          }
        }
      }
      incref(descr);
      *self_out = v;
      return descr;
    }
  }
  return getattr(vm, v, name);
}

// ---------------------------------------------------------------------------------------
// Calls

Value call(VM& vm, Value callable, CallArgs args) {
  TypeObject* t = type_of(callable);
  if (t->call == nullptr)
    return vm.raise(&exc_TypeError, std::string("'") + t->name + "' object is not callable");
  // What CPython 3.11 calls without a recursion check (vectorcall): functions and bound
  // methods (their frame counts, in VM::call_function, which also bounds the C++ stack)
  // and the built-in types.
  if (t == &function_type || t == &method_type ||
      (has_flag(t, kTypeTypeSubclass) && !has_flag(static_cast<TypeObject*>(callable.as_object()), kTypeHeap)))
    return t->call(vm, callable, args);
  if (!vm.enter_native(" while calling a Python object")) return Value();
  Value r = t->call(vm, callable, args);
  vm.leave_native();
  return r;
}

Value call0(VM& vm, Value callable) { return call(vm, callable, CallArgs{nullptr, 0, nullptr}); }
Value call1(VM& vm, Value callable, Value a) { return call(vm, callable, CallArgs{&a, 1, nullptr}); }
Value call2(VM& vm, Value callable, Value a, Value b) {
  Value args[2] = {a, b};
  return call(vm, callable, CallArgs{args, 2, nullptr});
}

Value call_method(VM& vm, Value self, StrObject* name, const Value* args, size_t nargs) {
  Value bound_self;
  Value func = get_method(vm, self, name, &bound_self);
  if (func.is_null()) return func;
  Value r;
  if (!bound_self.is_null()) {
    std::vector<Value> full(nargs + 1);
    full[0] = bound_self;
    for (size_t i = 0; i < nargs; ++i) full[i + 1] = args[i];
    r = call(vm, func, CallArgs{full.data(), nargs + 1, nullptr});
  } else {
    r = call(vm, func, CallArgs{args, nargs, nullptr});
  }
  decref(func);
  return r;
}

bool is_callable(Value v) { return type_of(v)->call != nullptr; }

// ---------------------------------------------------------------------------------------
// Containers

Value getitem(VM& vm, Value container, Value key) {
  TypeObject* t = type_of(container);
  if (t->getitem != nullptr) return t->getitem(vm, container, key);
  if (has_flag(t, kTypeTypeSubclass)) {
    // type[int] is built in (PyObject_GetItem); list[int] calls __class_getitem__.
    if (container.as_object() == &type_type) return generic_alias_new(container, key);
    Value hook = get_attribute_optional(vm, container, vm.intern("__class_getitem__"));
    if (!hook.is_null()) {
      Value r = call1(vm, hook, key);
      decref(hook);
      return r;
    }
    if (vm.has_error()) return Value();
    return vm.raise(&exc_TypeError, std::string("type '") + static_cast<TypeObject*>(container.as_object())->name +
                                        "' is not subscriptable");
  }
  return vm.raise(&exc_TypeError, std::string("'") + t->name + "' object is not subscriptable");
}

bool setitem(VM& vm, Value container, Value key, Value value) {
  TypeObject* t = type_of(container);
  if (t->setitem == nullptr) {
    vm.raise(&exc_TypeError, std::string("'") + t->name + "' object does not support item assignment");
    return false;
  }
  return t->setitem(vm, container, key, value);
}

bool delitem(VM& vm, Value container, Value key) {
  TypeObject* t = type_of(container);
  if (t->setitem == nullptr) {
    vm.raise(&exc_TypeError, std::string("'") + t->name + "' object doesn't support item deletion");
    return false;
  }
  return t->setitem(vm, container, key, Value());
}

int contains(VM& vm, Value container, Value item) {
  TypeObject* t = type_of(container);
  if (t->contains != nullptr) return t->contains(vm, container, item);
  if (t->iter == nullptr && t->getitem == nullptr) {
    vm.raise(&exc_TypeError, std::string("argument of type '") + t->name + "' is not iterable");
    return -1;
  }
  Value it = iter(vm, container);
  if (it.is_null()) return -1;
  for (;;) {
    Value x = next(vm, it);
    if (x.is_null()) {
      decref(it);
      return vm.has_error() ? -1 : 0;
    }
    int same = eq(vm, x, item);
    decref(x);
    if (same != 0) {
      decref(it);
      return same;
    }
  }
}

int64_t length(VM& vm, Value v) {
  TypeObject* t = type_of(v);
  if (t->length == nullptr) {
    vm.raise(&exc_TypeError, std::string("object of type '") + t->name + "' has no len()");
    return -1;
  }
  return t->length(vm, v);
}

Value iter(VM& vm, Value v) {
  TypeObject* t = type_of(v);
  if (t->iter != nullptr) {
    Value it = t->iter(vm, v);
    if (it.is_null()) return it;
    if (type_of(it)->iternext == nullptr) {
      std::string message = std::string("iter() returned non-iterator of type '") + type_name(it) + "'";
      decref(it);
      return vm.raise(&exc_TypeError, message);
    }
    return it;
  }
  if (t->getitem != nullptr && !is_dict(v)) return Value::from_object(sequence_iterator_new(v));
  return vm.raise(&exc_TypeError, std::string("'") + t->name + "' object is not iterable");
}

Value next(VM& vm, Value iterator) {
  TypeObject* t = type_of(iterator);
  if (t->iternext == nullptr)
    return vm.raise(&exc_TypeError, std::string("'") + t->name + "' object is not an iterator");
  return t->iternext(vm, iterator);
}

// ---------------------------------------------------------------------------------------
// isinstance / issubclass

namespace {

bool is_type_value(Value v) { return v.is_object() && has_flag(type_of(v), kTypeTypeSubclass); }

}  // namespace

namespace {

// Calls `hook`, found on type(cls), bound to cls (CPython's _PyObject_LookupSpecial): a
// class's own __instancecheck__ must not shadow its metaclass's.
Value call_type_hook(VM& vm, Value hook, Value cls, Value arg) {
  Ref keep = Ref::borrow(hook);
  TypeObject* ht = type_of(hook);
  if (ht->descr_get == nullptr) return call1(vm, hook, arg);
  Ref bound = Ref::steal(ht->descr_get(vm, hook, cls, Value::from_object(type_of(cls))));
  if (bound.is_null()) return Value();
  return call1(vm, bound.get(), arg);
}

}  // namespace

int isinstance(VM& vm, Value v, Value cls) {
  if (is_type_value(cls) && is_subtype(type_of(v), static_cast<TypeObject*>(cls.as_object()))) return 1;
  if (is_exact_tuple(cls)) {
    TupleObject* t = as_tuple(cls);
    for (int64_t i = 0; i < t->size; ++i) {
      int r = isinstance(vm, v, t->items()[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  Value hook = type_lookup(type_of(cls), vm.intern("__instancecheck__"));
  if (!hook.is_null()) {
    Value r = call_type_hook(vm, hook, cls, v);
    if (r.is_null()) return -1;
    int truth = truthy(vm, r);
    decref(r);
    return truth;
  }
  if (!is_type_value(cls)) {
    vm.raise(&exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
  }
  return 0;
}

int issubclass(VM& vm, Value derived, Value cls) {
  if (is_exact_tuple(cls)) {
    TupleObject* t = as_tuple(cls);
    for (int64_t i = 0; i < t->size; ++i) {
      int r = issubclass(vm, derived, t->items()[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  Value hook = type_lookup(type_of(cls), vm.intern("__subclasscheck__"));
  if (!hook.is_null() && !(is_type_value(cls) && type_of(cls) == &type_type)) {
    Value r = call_type_hook(vm, hook, cls, derived);
    if (r.is_null()) return -1;
    int truth = truthy(vm, r);
    decref(r);
    return truth;
  }
  if (!is_type_value(derived)) {
    vm.raise(&exc_TypeError, "issubclass() arg 1 must be a class");
    return -1;
  }
  if (!is_type_value(cls)) {
    vm.raise(&exc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
  }
  return is_subtype(static_cast<TypeObject*>(derived.as_object()), static_cast<TypeObject*>(cls.as_object()));
}

Value object_dir(VM& vm, Value v) {
  DictObject* names = dict_new();
  if (v.is_object()) {
    Value* slot = dict_slot(v.as_object());
    if (slot != nullptr && !slot->is_null() && !dict_merge(vm, names, as_dict(*slot))) {
      decref(names);
      return Value();
    }
  }
  TupleObject* mro = type_of(v)->mro;
  for (int64_t i = 0; mro != nullptr && i < mro->size; ++i) {
    TypeObject* t = static_cast<TypeObject*>(mro->items()[i].as_object());
    if (t->dict != nullptr && !dict_merge(vm, names, t->dict)) {
      decref(names);
      return Value();
    }
  }
  ListObject* list = list_new(names->used);
  int64_t pos = 0;
  Value key;
  while (dict_next(names, &pos, &key, nullptr)) list_append(list, key);
  decref(names);
  std::sort(list->items, list->items + list->size, [](Value a, Value b) {
    return str_compare(as_str(a), as_str(b)) < 0;
  });
  return Value::from_object(list);
}

}  // namespace glasspy::objects
