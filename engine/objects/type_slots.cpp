// Dunder methods <-> type slots (object model): the slot definition table, the wrapper
// descriptors that show a static type's slots as attributes, and the trampolines that
// make a class's dunders fill its slots. CPython's typeobject.c slotdefs, reduced to one
// table that both directions read.
#include "objects/type_slots.h"

#include "gc/finalizer.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/callable_objects.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject wrapper_descriptor_type;
TypeObject method_wrapper_type;

enum class SlotKind : uint8_t {
  kRepr, kStr, kHash, kCompare, kGetattribute, kGetattr, kSetattr, kDelattr, kGet, kSet, kDelete,
  kCall, kIter, kNext, kLen, kGetitem, kSetitem, kDelitem, kContains, kBool, kIndex, kInt, kFloat,
  kNeg, kPos, kInvert, kAbs, kBinary, kBinaryReflected, kInplace, kInit, kNew, kDel
};

struct SlotDef {
  const char* name;
  SlotKind kind;
  int8_t op = 0;  // CompareOp or BinaryOp
};

namespace {

const SlotDef kSlotDefs[] = {
    {"__repr__", SlotKind::kRepr},
    {"__str__", SlotKind::kStr},
    {"__hash__", SlotKind::kHash},
    {"__lt__", SlotKind::kCompare, int8_t(CompareOp::kLt)},
    {"__le__", SlotKind::kCompare, int8_t(CompareOp::kLe)},
    {"__eq__", SlotKind::kCompare, int8_t(CompareOp::kEq)},
    {"__ne__", SlotKind::kCompare, int8_t(CompareOp::kNe)},
    {"__gt__", SlotKind::kCompare, int8_t(CompareOp::kGt)},
    {"__ge__", SlotKind::kCompare, int8_t(CompareOp::kGe)},
    {"__getattribute__", SlotKind::kGetattribute},
    {"__getattr__", SlotKind::kGetattr},
    {"__setattr__", SlotKind::kSetattr},
    {"__delattr__", SlotKind::kDelattr},
    {"__get__", SlotKind::kGet},
    {"__set__", SlotKind::kSet},
    {"__delete__", SlotKind::kDelete},
    {"__call__", SlotKind::kCall},
    {"__iter__", SlotKind::kIter},
    {"__next__", SlotKind::kNext},
    {"__len__", SlotKind::kLen},
    {"__getitem__", SlotKind::kGetitem},
    {"__setitem__", SlotKind::kSetitem},
    {"__delitem__", SlotKind::kDelitem},
    {"__contains__", SlotKind::kContains},
    {"__bool__", SlotKind::kBool},
    {"__index__", SlotKind::kIndex},
    {"__int__", SlotKind::kInt},
    {"__float__", SlotKind::kFloat},
    {"__neg__", SlotKind::kNeg},
    {"__pos__", SlotKind::kPos},
    {"__invert__", SlotKind::kInvert},
    {"__abs__", SlotKind::kAbs},
#define GP_BINARY(NAME, OP)                                           \
  {"__" NAME "__", SlotKind::kBinary, int8_t(BinaryOp::OP)},          \
      {"__r" NAME "__", SlotKind::kBinaryReflected, int8_t(BinaryOp::OP)}, \
      {"__i" NAME "__", SlotKind::kInplace, int8_t(BinaryOp::OP)},
    GP_BINARY("add", kAdd) GP_BINARY("and", kAnd) GP_BINARY("floordiv", kFloorDivide)
    GP_BINARY("lshift", kLshift) GP_BINARY("matmul", kMatmul) GP_BINARY("mul", kMultiply)
    GP_BINARY("mod", kRemainder) GP_BINARY("or", kOr) GP_BINARY("pow", kPower)
    GP_BINARY("rshift", kRshift) GP_BINARY("sub", kSubtract) GP_BINARY("truediv", kTrueDivide)
    GP_BINARY("xor", kXor)
#undef GP_BINARY
    {"__init__", SlotKind::kInit},
    {"__new__", SlotKind::kNew},
    {"__del__", SlotKind::kDel},
};

const char* const kCompareDunders[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
const char* const kReflectedCompare[] = {"__gt__", "__ge__", "__eq__", "__ne__", "__lt__", "__le__"};

// The names of the binary dunders by BinaryOp: forward, reflected, in-place.
const char* binary_dunder(int op, int which) {
  static const char* const kNames[kBinaryOpCount][3] = {
      {"__add__", "__radd__", "__iadd__"}, {"__and__", "__rand__", "__iand__"},
      {"__floordiv__", "__rfloordiv__", "__ifloordiv__"}, {"__lshift__", "__rlshift__", "__ilshift__"},
      {"__matmul__", "__rmatmul__", "__imatmul__"}, {"__mul__", "__rmul__", "__imul__"},
      {"__mod__", "__rmod__", "__imod__"}, {"__or__", "__ror__", "__ior__"},
      {"__pow__", "__rpow__", "__ipow__"}, {"__rshift__", "__rrshift__", "__irshift__"},
      {"__sub__", "__rsub__", "__isub__"}, {"__truediv__", "__rtruediv__", "__itruediv__"},
      {"__xor__", "__rxor__", "__ixor__"}};
  return kNames[op][which];
}

// ---------------------------------------------------------------------------------------
// Wrappers: calling a static type's slot as a method.

Value wrong_args(VM& vm, size_t expected, size_t given) {
  return vm.raise(&exc_TypeError, std::string("expected ") + std::to_string(expected) + " argument" +
                                       (expected == 1 ? "" : "s") + ", got " + std::to_string(given));
}

bool check_count(VM& vm, const SlotDef* slot, CallArgs args, size_t expected) {
  if (args.nkw() != 0) {
    vm.raise(&exc_TypeError, std::string(slot->name) + "() takes no keyword arguments");
    return false;
  }
  if (args.nargs != expected) {
    wrong_args(vm, expected, args.nargs);
    return false;
  }
  return true;
}

}  // namespace

Value call_slot_wrapper(VM& vm, const SlotDef* slot, TypeObject* t, Value self, CallArgs args) {
  switch (slot->kind) {
    case SlotKind::kRepr:
      if (!check_count(vm, slot, args, 0)) return Value();
      return t->repr(vm, self);
    case SlotKind::kStr:
      if (!check_count(vm, slot, args, 0)) return Value();
      return t->str(vm, self);
    case SlotKind::kHash: {
      if (!check_count(vm, slot, args, 0)) return Value();
      int64_t h;
      if (!t->hash(vm, self, &h)) return Value();
      return make_int(h);
    }
    case SlotKind::kCompare:
      if (!check_count(vm, slot, args, 1)) return Value();
      return t->richcompare(vm, self, args.args[0], static_cast<CompareOp>(slot->op));
    case SlotKind::kGetattribute:
    case SlotKind::kGetattr:
      if (!check_count(vm, slot, args, 1)) return Value();
      if (!is_str(args.args[0]))
        return vm.raise(&exc_TypeError, std::string("attribute name must be string, not '") + type_name(args.args[0]) + "'");
      return t->getattro(vm, self, as_str(args.args[0]));
    case SlotKind::kSetattr:
      if (!check_count(vm, slot, args, 2)) return Value();
      if (!is_str(args.args[0]))
        return vm.raise(&exc_TypeError, std::string("attribute name must be string, not '") + type_name(args.args[0]) + "'");
      if (!t->setattro(vm, self, as_str(args.args[0]), args.args[1])) return Value();
      return none();
    case SlotKind::kDelattr:
      if (!check_count(vm, slot, args, 1)) return Value();
      if (!is_str(args.args[0]))
        return vm.raise(&exc_TypeError, std::string("attribute name must be string, not '") + type_name(args.args[0]) + "'");
      if (!t->setattro(vm, self, as_str(args.args[0]), Value())) return Value();
      return none();
    case SlotKind::kGet: {
      if (args.nargs < 1 || args.nargs > 2) return wrong_args(vm, 2, args.nargs);
      Value instance = args.args[0];
      Value owner = args.nargs > 1 ? args.args[1] : Value();
      if (is_none(instance) && (owner.is_null() || is_none(owner)))
        return vm.raise(&exc_TypeError, "__get__(None, None) is invalid");
      return t->descr_get(vm, self, is_none(instance) ? Value() : instance, owner.is_null() ? none() : owner);
    }
    case SlotKind::kSet:
      if (!check_count(vm, slot, args, 2)) return Value();
      if (!t->descr_set(vm, self, args.args[0], args.args[1])) return Value();
      return none();
    case SlotKind::kDelete:
      if (!check_count(vm, slot, args, 1)) return Value();
      if (!t->descr_set(vm, self, args.args[0], Value())) return Value();
      return none();
    case SlotKind::kCall:
      return t->call(vm, self, args);
    case SlotKind::kIter:
      if (!check_count(vm, slot, args, 0)) return Value();
      return t->iter(vm, self);
    case SlotKind::kNext: {
      if (!check_count(vm, slot, args, 0)) return Value();
      Value v = t->iternext(vm, self);
      if (v.is_null() && !vm.has_error()) return vm.raise_value(Value::from_object(&exc_StopIteration));
      return v;
    }
    case SlotKind::kLen: {
      if (!check_count(vm, slot, args, 0)) return Value();
      int64_t n = t->length(vm, self);
      if (n < 0) return Value();
      return make_int(n);
    }
    case SlotKind::kGetitem:
      if (!check_count(vm, slot, args, 1)) return Value();
      return t->getitem(vm, self, args.args[0]);
    case SlotKind::kSetitem:
      if (!check_count(vm, slot, args, 2)) return Value();
      if (!t->setitem(vm, self, args.args[0], args.args[1])) return Value();
      return none();
    case SlotKind::kDelitem:
      if (!check_count(vm, slot, args, 1)) return Value();
      if (!t->setitem(vm, self, args.args[0], Value())) return Value();
      return none();
    case SlotKind::kContains: {
      if (!check_count(vm, slot, args, 1)) return Value();
      int r = t->contains(vm, self, args.args[0]);
      if (r < 0) return Value();
      return boolean(r);
    }
    case SlotKind::kBool: {
      if (!check_count(vm, slot, args, 0)) return Value();
      int r = t->truthy(vm, self);
      if (r < 0) return Value();
      return boolean(r);
    }
    case SlotKind::kIndex:
      if (!check_count(vm, slot, args, 0)) return Value();
      return t->index(vm, self);
    case SlotKind::kInt:
      if (!check_count(vm, slot, args, 0)) return Value();
      return t->to_int(vm, self);
    case SlotKind::kFloat:
      if (!check_count(vm, slot, args, 0)) return Value();
      return t->to_float(vm, self);
    case SlotKind::kNeg:
      if (!check_count(vm, slot, args, 0)) return Value();
      return t->negative(vm, self);
    case SlotKind::kPos:
      if (!check_count(vm, slot, args, 0)) return Value();
      return t->positive(vm, self);
    case SlotKind::kInvert:
      if (!check_count(vm, slot, args, 0)) return Value();
      return t->invert(vm, self);
    case SlotKind::kAbs:
      if (!check_count(vm, slot, args, 0)) return Value();
      return t->absolute(vm, self);
    case SlotKind::kBinary:
      if (slot->op == int8_t(BinaryOp::kPower) && args.nargs == 2 && args.nkw() == 0) {
        if (is_none(args.args[1])) return t->binary[slot->op](vm, self, args.args[0]);
        if (t->power == nullptr) return not_implemented();
        return t->power(vm, self, args.args[0], args.args[1]);
      }
      if (!check_count(vm, slot, args, 1)) return Value();
      return t->binary[slot->op](vm, self, args.args[0]);
    case SlotKind::kBinaryReflected:
      if (!check_count(vm, slot, args, 1)) return Value();
      return t->binary[slot->op](vm, args.args[0], self);
    case SlotKind::kInplace:
      if (!check_count(vm, slot, args, 1)) return Value();
      return t->inplace[slot->op](vm, self, args.args[0]);
    case SlotKind::kInit:
      if (!t->init(vm, self, args)) return Value();
      return none();
    case SlotKind::kNew:
    case SlotKind::kDel:
      break;
  }
  return vm.raise(&exc_SystemError, std::string("slot wrapper ") + slot->name + " cannot be called");
}

namespace {

// Which slot a SlotDef stands for, as a pointer-sized identity to compare with a base's.
const void* slot_function(const TypeObject* t, const SlotDef& s) {
  switch (s.kind) {
    case SlotKind::kRepr: return reinterpret_cast<const void*>(t->repr);
    case SlotKind::kStr: return reinterpret_cast<const void*>(t->str);
    case SlotKind::kHash: return reinterpret_cast<const void*>(t->hash);
    case SlotKind::kCompare: return reinterpret_cast<const void*>(t->richcompare);
    case SlotKind::kGetattribute: return reinterpret_cast<const void*>(t->getattro);
    case SlotKind::kGetattr: return nullptr;
    case SlotKind::kSetattr:
    case SlotKind::kDelattr: return reinterpret_cast<const void*>(t->setattro);
    case SlotKind::kGet: return reinterpret_cast<const void*>(t->descr_get);
    case SlotKind::kSet:
    case SlotKind::kDelete: return reinterpret_cast<const void*>(t->descr_set);
    case SlotKind::kCall: return reinterpret_cast<const void*>(t->call);
    case SlotKind::kIter: return reinterpret_cast<const void*>(t->iter);
    case SlotKind::kNext: return reinterpret_cast<const void*>(t->iternext);
    case SlotKind::kLen: return reinterpret_cast<const void*>(t->length);
    case SlotKind::kGetitem: return reinterpret_cast<const void*>(t->getitem);
    case SlotKind::kSetitem:
    case SlotKind::kDelitem: return reinterpret_cast<const void*>(t->setitem);
    case SlotKind::kContains: return reinterpret_cast<const void*>(t->contains);
    case SlotKind::kBool: return reinterpret_cast<const void*>(t->truthy);
    case SlotKind::kIndex: return reinterpret_cast<const void*>(t->index);
    case SlotKind::kInt: return reinterpret_cast<const void*>(t->to_int);
    case SlotKind::kFloat: return reinterpret_cast<const void*>(t->to_float);
    case SlotKind::kNeg: return reinterpret_cast<const void*>(t->negative);
    case SlotKind::kPos: return reinterpret_cast<const void*>(t->positive);
    case SlotKind::kInvert: return reinterpret_cast<const void*>(t->invert);
    case SlotKind::kAbs: return reinterpret_cast<const void*>(t->absolute);
    case SlotKind::kBinary:
    case SlotKind::kBinaryReflected: return reinterpret_cast<const void*>(t->binary[s.op]);
    case SlotKind::kInplace: return reinterpret_cast<const void*>(t->inplace[s.op]);
    case SlotKind::kInit: return reinterpret_cast<const void*>(t->init);
    case SlotKind::kNew:
    case SlotKind::kDel: return nullptr;
  }
  return nullptr;
}

}  // namespace

void add_slot_wrappers(TypeObject* t) {
  for (const SlotDef& s : kSlotDefs) {
    const void* fn = slot_function(t, s);
    if (fn == nullptr) continue;
    // Only where this type brings its own slot: inherited ones are found on the base.
    if (t->base != nullptr && slot_function(t->base, s) == fn) continue;
    if (s.kind == SlotKind::kHash && t->hash == nullptr) continue;
    StrObject* name = intern_static(s.name);
    if (!dict_get_str(t->dict, name).is_null()) continue;  // an explicit method wins
    auto* w = alloc<SlotWrapperObject>(&wrapper_descriptor_type);
    w->slot = &s;
    w->owner = t;
    w->refcount = kImmortalRefcount;
    dict_set_str(t->dict, name, Value::from_object(w));
    decref(w);
  }
}

const char* slot_name(const SlotDef* slot) { return slot->name; }

bool is_slot_dunder(StrObject* name) {
  std::string_view text = str_utf8(name);
  if (text.size() < 5 || text.substr(0, 2) != "__") return false;
  for (const SlotDef& s : kSlotDefs)
    if (text == s.name) return true;
  return false;
}

// ---------------------------------------------------------------------------------------
// Trampolines: a class's dunders called through its slots.

namespace {

// Calls `func`, a dunder found on type(self), bound to self: as CPython's lookup_method,
// never through the instance's own attributes or its __getattribute__.
Value call_special(VM& vm, Value self, Value func, CallArgs args) {
  Ref keep = Ref::borrow(func);  // the call may replace it in the class dict
  TypeObject* ft = type_of(func);
  if (has_flag(ft, kTypeMethodDescriptor)) {
    size_t total = args.nargs + args.nkw();
    Value small[5];
    std::vector<Value> large;
    Value* full = small;
    if (total + 1 > 5) {
      large.resize(total + 1);
      full = large.data();
    }
    full[0] = self;
    for (size_t i = 0; i < total; ++i) full[i + 1] = args.args[i];
    return call(vm, func, CallArgs{full, args.nargs + 1, args.kwnames});
  }
  if (ft->descr_get == nullptr) return call(vm, func, args);
  Ref bound = Ref::steal(ft->descr_get(vm, func, self, Value::from_object(type_of(self))));
  if (bound.is_null()) return Value();
  return call(vm, bound.get(), args);
}

Value call_special(VM& vm, Value self, Value func, const Value* args, size_t nargs) {
  return call_special(vm, self, func, CallArgs{args, nargs, nullptr});
}

// Looks `name` up on type(self) and calls it bound to self; *found is false (and nothing
// raised) if the type has no such attribute.
Value call_dunder(VM& vm, Value self, const char* name, const Value* args, size_t nargs, bool* found = nullptr) {
  StrObject* key = vm.intern(name);
  Value func = type_lookup(type_of(self), key);
  if (func.is_null()) {
    if (found) {
      *found = false;
      return Value();
    }
    return vm.raise(&exc_AttributeError, name);  // CPython's lookup_method: just the name
  }
  if (found) *found = true;
  return call_special(vm, self, func, args, nargs);
}

Value slot_repr(VM& vm, Value self) {
  Value r = call_dunder(vm, self, "__repr__", nullptr, 0);
  if (r.is_null()) return r;
  if (!is_str(r)) {
    std::string message = std::string("__repr__ returned non-string (type ") + type_name(r) + ")";
    decref(r);
    return vm.raise(&exc_TypeError, message);
  }
  return r;
}

Value slot_str(VM& vm, Value self) {
  Value r = call_dunder(vm, self, "__str__", nullptr, 0);
  if (r.is_null()) return r;
  if (!is_str(r)) {
    std::string message = std::string("__str__ returned non-string (type ") + type_name(r) + ")";
    decref(r);
    return vm.raise(&exc_TypeError, message);
  }
  return r;
}

bool slot_hash(VM& vm, Value self, int64_t* out) {
  StrObject* key = vm.intern("__hash__");
  Value func = type_lookup(type_of(self), key);
  if (func.is_null() || is_none(func)) {
    vm.raise(&exc_TypeError, std::string("unhashable type: '") + type_name(self) + "'");
    return false;
  }
  Value r = call_special(vm, self, func, nullptr, 0);
  if (r.is_null()) return false;
  if (!is_int(r)) {
    decref(r);
    vm.raise(&exc_TypeError, "__hash__ method should return an integer");
    return false;
  }
  int64_t h;
  if (int_to_int64(r, &h)) {
    *out = h == -1 ? -2 : h;
  } else {
    // Large ints hash to their value's hash, as hash(int) does.
    bool ok = hash(vm, r, out);
    decref(r);
    return ok;
  }
  decref(r);
  return true;
}

Value slot_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  bool found;
  Value r = call_dunder(vm, a, kCompareDunders[int(op)], &b, 1, &found);
  if (!found) return not_implemented();
  return r;
}

Value slot_getattr_hook(VM& vm, Value self, StrObject* name) {
  TypeObject* t = type_of(self);
  Value getattribute = type_lookup(t, vm.intern("__getattribute__"));
  Value result;
  Value name_value = Value::from_object(name);
  if (getattribute.is_null() || (getattribute.is_object() && getattribute.as_object()->type == &wrapper_descriptor_type &&
                                 static_cast<SlotWrapperObject*>(getattribute.as_object())->owner == &object_type)) {
    result = generic_getattr(vm, self, name);
  } else {
    result = call_special(vm, self, getattribute, &name_value, 1);
  }
  if (!result.is_null() || !vm.error_matches(&exc_AttributeError)) return result;
  Value getattr_func = type_lookup(t, vm.intern("__getattr__"));
  if (!getattr_func.is_null()) {
    vm.clear_error();
    result = call_special(vm, self, getattr_func, &name_value, 1);
    if (!result.is_null() || !vm.error_matches(&exc_AttributeError)) return result;
  }
  // As CPython's PyObject_GetAttr: an AttributeError raised by Python code gets the
  // name and object it was about (for suggestions), unless it already has them.
  Value error = vm.fetch_error();
  if (is_exception(error) && is_subtype(type_of(error), &exc_AttributeError)) {
    ExceptionObject* e = as_exception(error);
    if (e->fields[0].is_null() && e->fields[1].is_null()) {
      incref(name);
      e->fields[0] = name_value;
      incref(self);
      e->fields[1] = self;
    }
  }
  vm.restore_error(error);
  return Value();
}

bool slot_setattro(VM& vm, Value self, StrObject* name, Value value) {
  Value r;
  Value name_value = Value::from_object(name);
  if (value.is_null()) {
    r = call_dunder(vm, self, "__delattr__", &name_value, 1);
  } else {
    Value args[2] = {name_value, value};
    r = call_dunder(vm, self, "__setattr__", args, 2);
  }
  if (r.is_null()) return false;
  decref(r);
  return true;
}

Value slot_descr_get(VM& vm, Value self, Value instance, Value owner) {
  Value args[2] = {instance.is_null() ? none() : instance, owner.is_null() ? none() : owner};
  return call_dunder(vm, self, "__get__", args, 2);
}

bool slot_descr_set(VM& vm, Value self, Value instance, Value value) {
  Value r;
  if (value.is_null()) {
    r = call_dunder(vm, self, "__delete__", &instance, 1);
  } else {
    Value args[2] = {instance, value};
    r = call_dunder(vm, self, "__set__", args, 2);
  }
  if (r.is_null()) return false;
  decref(r);
  return true;
}

Value slot_call(VM& vm, Value self, CallArgs args) {
  StrObject* key = vm.intern("__call__");
  Value func = type_lookup(type_of(self), key);
  if (func.is_null())
    return vm.raise(&exc_TypeError, std::string("'") + type_name(self) + "' object is not callable");
  return call_special(vm, self, func, args);
}

Value slot_iter(VM& vm, Value self) {
  StrObject* key = vm.intern("__iter__");
  Value func = type_lookup(type_of(self), key);
  if (is_none(func)) return vm.raise(&exc_TypeError, std::string("'") + type_name(self) + "' object is not iterable");
  Value r = call_special(vm, self, func, nullptr, 0);
  if (r.is_null()) return r;
  if (type_of(r)->iternext == nullptr) {
    std::string message = std::string("iter() returned non-iterator of type '") + type_name(r) + "'";
    decref(r);
    return vm.raise(&exc_TypeError, message);
  }
  return r;
}

Value slot_iternext(VM& vm, Value self) {
  Value r = call_dunder(vm, self, "__next__", nullptr, 0);
  if (r.is_null() && vm.error_matches(&exc_StopIteration)) {
    vm.clear_error();  // exhaustion is a marker, not a pending exception
  }
  return r;
}

int64_t slot_length(VM& vm, Value self) {
  Value r = call_dunder(vm, self, "__len__", nullptr, 0);
  if (r.is_null()) return -1;
  if (!is_int(r)) {
    // __len__ may return any object with __index__ (PyNumber_AsSsize_t).
    Value as_int = index(vm, r);
    decref(r);
    if (as_int.is_null()) return -1;
    r = as_int;
  }
  int64_t n;
  bool fits = int_to_int64(r, &n);
  bool negative = fits ? n < 0 : int_to_bigint(r).is_negative();
  decref(r);
  if (negative) {
    vm.raise(&exc_ValueError, "__len__() should return >= 0");
    return -1;
  }
  if (!fits) {
    vm.raise(&exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  return n;
}

Value slot_getitem(VM& vm, Value self, Value key) { return call_dunder(vm, self, "__getitem__", &key, 1); }

bool slot_setitem(VM& vm, Value self, Value key, Value value) {
  Value r;
  if (value.is_null()) {
    r = call_dunder(vm, self, "__delitem__", &key, 1);
  } else {
    Value args[2] = {key, value};
    r = call_dunder(vm, self, "__setitem__", args, 2);
  }
  if (r.is_null()) return false;
  decref(r);
  return true;
}

int slot_contains(VM& vm, Value self, Value item) {
  StrObject* key = vm.intern("__contains__");
  Value func = type_lookup(type_of(self), key);
  if (func.is_null() || is_none(func)) {
    if (is_none(func)) {
      vm.raise(&exc_TypeError, std::string("'") + type_name(self) + "' object is not a container");
      return -1;
    }
    // No __contains__: iterate (CPython's _PySequence_IterSearch).
    Value it = iter(vm, self);
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
  Value r = call_special(vm, self, func, &item, 1);
  if (r.is_null()) return -1;
  int t = truthy(vm, r);
  decref(r);
  return t;
}

int slot_truthy(VM& vm, Value self) {
  bool found;
  Value r = call_dunder(vm, self, "__bool__", nullptr, 0, &found);
  if (!found) {
    if (vm.has_error()) return -1;
    Value len_func = type_lookup(type_of(self), vm.intern("__len__"));
    if (len_func.is_null()) return 1;
    int64_t n = slot_length(vm, self);
    return n < 0 ? -1 : n > 0;
  }
  if (r.is_null()) return -1;
  if (!is_bool(r)) {
    std::string message = std::string("__bool__ should return bool, returned ") + type_name(r);
    decref(r);
    vm.raise(&exc_TypeError, message);
    return -1;
  }
  int result = r.is(true_value()) ? 1 : 0;
  decref(r);
  return result;
}

Value slot_index(VM& vm, Value self) { return call_dunder(vm, self, "__index__", nullptr, 0); }
Value slot_int(VM& vm, Value self) { return call_dunder(vm, self, "__int__", nullptr, 0); }
Value slot_float(VM& vm, Value self) { return call_dunder(vm, self, "__float__", nullptr, 0); }
Value slot_negative(VM& vm, Value self) { return call_dunder(vm, self, "__neg__", nullptr, 0); }
Value slot_positive(VM& vm, Value self) { return call_dunder(vm, self, "__pos__", nullptr, 0); }
Value slot_invert(VM& vm, Value self) { return call_dunder(vm, self, "__invert__", nullptr, 0); }
Value slot_absolute(VM& vm, Value self) { return call_dunder(vm, self, "__abs__", nullptr, 0); }

// True if type b's `name` differs from type a's (CPython's method_is_overloaded).
bool method_is_overloaded(VM& vm, TypeObject* a, TypeObject* b, const char* name) {
  StrObject* key = vm.intern(name);
  Value in_b = type_lookup(b, key);
  if (in_b.is_null()) return false;
  Value in_a = type_lookup(a, key);
  return in_a.is_null() || !in_a.is(in_b);
}

// CPython's SLOT1BINFULL: a op b for classes that define __op__ / __rop__.
template <int kOp>
Value slot_binary(VM& vm, Value a, Value b) {
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  const char* forward = binary_dunder(kOp, 0);
  const char* reflected = binary_dunder(kOp, 1);
  bool do_other = ta != tb && tb->binary[kOp] == slot_binary<kOp> &&
                  !type_lookup(tb, vm.intern(reflected)).is_null();
  if (ta->binary[kOp] == slot_binary<kOp>) {
    if (do_other && is_subtype(tb, ta) && method_is_overloaded(vm, ta, tb, reflected)) {
      bool found;
      Value r = call_dunder(vm, b, reflected, &a, 1, &found);
      if (r.is_null() && vm.has_error()) return r;
      if (found && !is_not_implemented(r)) return r;
      decref(r);
      do_other = false;
    }
    bool found;
    Value r = call_dunder(vm, a, forward, &b, 1, &found);
    if (r.is_null() && vm.has_error()) return r;
    if (found && (!is_not_implemented(r) || ta == tb)) return r;
    decref(r);
  }
  if (do_other) {
    bool found;
    Value r = call_dunder(vm, b, reflected, &a, 1, &found);
    if (r.is_null() && vm.has_error()) return r;
    if (found) return r;
  }
  return not_implemented();
}

template <int kOp>
Value slot_inplace(VM& vm, Value a, Value b) {
  bool found;
  Value r = call_dunder(vm, a, binary_dunder(kOp, 2), &b, 1, &found);
  if (!found) return vm.has_error() ? Value() : not_implemented();
  return r;
}

Value slot_power(VM& vm, Value a, Value b, Value mod) {
  Value args[2] = {b, mod};
  bool found;
  Value r = call_dunder(vm, a, "__pow__", args, 2, &found);
  if (!found) return vm.has_error() ? Value() : not_implemented();
  return r;
}

bool slot_init(VM& vm, Value self, CallArgs args) {
  Value func = type_lookup(type_of(self), vm.intern("__init__"));
  if (func.is_null()) return true;
  Value r = call_special(vm, self, func, args);
  if (r.is_null()) return false;
  if (!is_none(r)) {
    std::string message = std::string("__init__() should return None, not '") + type_name(r) + "'";
    decref(r);
    vm.raise(&exc_TypeError, message);
    return false;
  }
  return true;
}

Value slot_new(VM& vm, TypeObject* type, CallArgs args) {
  // __new__ is a static method: call it with the class first.
  Value func = type_lookup(type, vm.intern("__new__"));
  if (func.is_null()) return vm.raise(&exc_TypeError, "cannot create instances");
  Value callable = func;
  Ref unwrapped;
  if (type_of(func)->descr_get != nullptr) {
    unwrapped = Ref::steal(type_of(func)->descr_get(vm, func, Value(), Value::from_object(type)));
    if (unwrapped.is_null()) return Value();
    callable = unwrapped.get();
  }
  size_t total = args.nargs + args.nkw();
  std::vector<Value> full(total + 1);
  full[0] = Value::from_object(type);
  for (size_t i = 0; i < total; ++i) full[i + 1] = args.args[i];
  return call(vm, callable, CallArgs{full.data(), args.nargs + 1, args.kwnames});
}

template <int... kOps>
void set_binary_slots(TypeObject* t, std::integer_sequence<int, kOps...>) {
  auto one = [&](auto op_constant) {
    constexpr int op = decltype(op_constant)::value;
    // Either operand's dunder written in Python needs the trampoline; both inherited from
    // a static type unchanged keep the static slot.
    auto in_python = [&](int which) {
      Value f = type_lookup(t, intern_static(binary_dunder(op, which)));
      return !f.is_null() && !(f.is_object() && f.as_object()->type == &wrapper_descriptor_type);
    };
    if (in_python(0) || in_python(1)) {
      t->binary[op] = slot_binary<op>;
    } else if (t->binary[op] == slot_binary<op>) {
      t->binary[op] = t->base != nullptr ? t->base->binary[op] : nullptr;  // deleted since
    }
    Value in = type_lookup(t, intern_static(binary_dunder(op, 2)));
    if (!in.is_null() && !(in.is_object() && in.as_object()->type == &wrapper_descriptor_type)) {
      t->inplace[op] = slot_inplace<op>;
    } else if (t->inplace[op] == slot_inplace<op>) {
      t->inplace[op] = t->base != nullptr ? t->base->inplace[op] : nullptr;
    }
  };
  (one(std::integral_constant<int, kOps>{}), ...);
}

}  // namespace

namespace {

// What a type's MRO holds for a dunder: nothing, a function written in Python (the slot
// needs the trampoline), or a static type's slot wrapper (`owner`: its slot applies,
// e.g. `__str__ = int.__str__` set on an enum class).
struct SlotSource {
  bool python = false;
  const TypeObject* owner = nullptr;
};

SlotSource slot_source(const TypeObject* t, const char* name) {
  SlotSource source;
  Value v = type_lookup(t, intern_static(name));
  if (v.is_null()) return source;
  if (v.is_object()) {
    TypeObject* vt = v.as_object()->type;
    if (vt == &wrapper_descriptor_type) {
      auto* w = static_cast<SlotWrapperObject*>(v.as_object());
      // Another dunder's wrapper (`__str__ = int.__repr__`) is called like a Python one.
      if (std::strcmp(w->slot->name, name) != 0) {
        source.python = true;
        return source;
      }
      source.owner = w->owner;
      return source;
    }
    if (vt == &method_descriptor_type || vt == &builtin_function_type) return source;
  }
  source.python = true;
  return source;
}

// Either of two dunders (__getattribute__ / __getattr__, __set__ / __delete__, ...).
SlotSource either(const SlotSource& a, const SlotSource& b) {
  if (a.python || b.python) return SlotSource{true, nullptr};
  return a.owner != nullptr ? a : b;
}

// The trampoline while the dunder is written in Python; a static owner's own slot when
// the MRO finds its wrapper; else what the slot holds, unless that is a trampoline left
// from a dunder deleted since (then the base's).
template <class Slot, class Trampoline, class Field>
void set_slot(const TypeObject* t, Slot& slot, const SlotSource& source, Trampoline trampoline, Field field) {
  if (source.python) {
    slot = trampoline;
  } else if (source.owner != nullptr) {
    slot = field(source.owner);
  } else if (slot == static_cast<Slot>(trampoline)) {
    slot = t->base != nullptr ? field(t->base) : nullptr;
  }
}

}  // namespace

#define GP_SET_SLOT(field, source, trampoline) \
  set_slot(t, t->field, source, trampoline, [](const TypeObject* o) { return o->field; })

void fixup_heap_type_slots(TypeObject* t) {
  // Slots come from the nearest definition along the MRO.
  auto src = [&](const char* name) { return slot_source(t, name); };
  GP_SET_SLOT(repr, src("__repr__"), slot_repr);
  GP_SET_SLOT(str, src("__str__"), slot_str);
  GP_SET_SLOT(hash, src("__hash__"), slot_hash);
  SlotSource compare;
  for (const char* name : kCompareDunders) compare = either(compare, src(name));
  GP_SET_SLOT(richcompare, compare, slot_richcompare);
  GP_SET_SLOT(getattro, either(src("__getattribute__"), src("__getattr__")), slot_getattr_hook);
  GP_SET_SLOT(setattro, either(src("__setattr__"), src("__delattr__")), slot_setattro);
  GP_SET_SLOT(descr_get, src("__get__"), slot_descr_get);
  GP_SET_SLOT(descr_set, either(src("__set__"), src("__delete__")), slot_descr_set);
  GP_SET_SLOT(call, src("__call__"), slot_call);
  GP_SET_SLOT(iter, src("__iter__"), slot_iter);
  GP_SET_SLOT(iternext, src("__next__"), slot_iternext);
  GP_SET_SLOT(length, src("__len__"), slot_length);
  GP_SET_SLOT(getitem, src("__getitem__"), slot_getitem);
  GP_SET_SLOT(setitem, either(src("__setitem__"), src("__delitem__")), slot_setitem);
  GP_SET_SLOT(contains, src("__contains__"), slot_contains);
  // bool() falls back on __len__ when no __bool__ says otherwise.
  SlotSource truth = src("__bool__");
  if (!truth.python && truth.owner == nullptr && src("__len__").python &&
      (t->truthy == nullptr || t->truthy == slot_truthy))
    truth.python = true;
  GP_SET_SLOT(truthy, truth, slot_truthy);
  GP_SET_SLOT(index, src("__index__"), slot_index);
  GP_SET_SLOT(to_int, src("__int__"), slot_int);
  GP_SET_SLOT(to_float, src("__float__"), slot_float);
  GP_SET_SLOT(negative, src("__neg__"), slot_negative);
  GP_SET_SLOT(positive, src("__pos__"), slot_positive);
  GP_SET_SLOT(invert, src("__invert__"), slot_invert);
  GP_SET_SLOT(absolute, src("__abs__"), slot_absolute);
  GP_SET_SLOT(power, src("__pow__"), slot_power);
  GP_SET_SLOT(init, src("__init__"), slot_init);
  GP_SET_SLOT(new_instance, src("__new__"), slot_new);
  GP_SET_SLOT(finalize, src("__del__"), gc::call_del);
  set_binary_slots(t, std::make_integer_sequence<int, kBinaryOpCount>{});
}

#undef GP_SET_SLOT

namespace {

void wrapper_dealloc(Object* self) { free_object(self); }

Value slot_wrapper_get(VM&, Value self, Value instance, Value) {
  if (instance.is_null()) {
    incref(self);
    return self;
  }
  auto* w = static_cast<SlotWrapperObject*>(self.as_object());
  auto* m = alloc<MethodWrapperObject>(&method_wrapper_type);
  m->slot = w->slot;
  m->owner = w->owner;
  incref(instance);
  m->self = instance;
  return Value::from_object(m);
}

Value slot_wrapper_call(VM& vm, Value self, CallArgs args) {
  auto* w = static_cast<SlotWrapperObject*>(self.as_object());
  if (args.nargs < 1)
    return vm.raise(&exc_TypeError, std::string("descriptor '") + w->slot->name + "' of '" + w->owner->name +
                                        "' object needs an argument");
  Value target = args.args[0];
  if (!is_subtype(type_of(target), w->owner))
    return vm.raise(&exc_TypeError, std::string("descriptor '") + w->slot->name + "' requires a '" + w->owner->name +
                                        "' object but received a '" + type_name(target) + "'");
  return call_slot_wrapper(vm, w->slot, w->owner, target, CallArgs{args.args + 1, args.nargs - 1, args.kwnames});
}

Value slot_wrapper_repr(VM&, Value self) {
  auto* w = static_cast<SlotWrapperObject*>(self.as_object());
  return Value::from_object(
      str_from_utf8(std::string("<slot wrapper '") + w->slot->name + "' of '" + w->owner->name + "' objects>"));
}

void method_wrapper_dealloc(Object* self) {
  decref(static_cast<MethodWrapperObject*>(self)->self);
  free_object(self);
}

Value method_wrapper_call(VM& vm, Value self, CallArgs args) {
  auto* m = static_cast<MethodWrapperObject*>(self.as_object());
  return call_slot_wrapper(vm, m->slot, m->owner, m->self, args);
}

Value method_wrapper_repr(VM& vm, Value self) {
  auto* m = static_cast<MethodWrapperObject*>(self.as_object());
  char address[32];
  std::snprintf(address, sizeof address, "%#llx", static_cast<unsigned long long>(m->self.identity_bits()));
  (void)vm;
  return Value::from_object(str_from_utf8(std::string("<method-wrapper '") + m->slot->name + "' of " +
                                          type_name(m->self) + " object at " + address + ">"));
}

}  // namespace

void init_slot_wrapper_types() {
  TypeObject& w = wrapper_descriptor_type;
  w.name = "wrapper_descriptor";
  w.type_flags = kTypeImmutable | kTypeMethodDescriptor;
  w.basic_size = sizeof(SlotWrapperObject);
  w.dealloc = wrapper_dealloc;
  w.descr_get = slot_wrapper_get;
  w.call = slot_wrapper_call;
  w.repr = slot_wrapper_repr;
  w.getsets = kSlotWrapperGetSets;
  TypeObject& m = method_wrapper_type;
  m.name = "method-wrapper";
  m.type_flags = kTypeImmutable;
  m.basic_size = sizeof(MethodWrapperObject);
  m.dealloc = method_wrapper_dealloc;
  m.call = method_wrapper_call;
  m.repr = method_wrapper_repr;
  m.getsets = kMethodWrapperGetSets;
  m.richcompare = method_wrapper_richcompare;
  m.hash = method_wrapper_hash;
}

}  // namespace glasspy::objects
