// Attributes of wrapper_descriptor (`int.__add__`) and method-wrapper (`(1).__add__`)
// objects (object model): __name__, __qualname__, __objclass__, __self__, __doc__,
// __text_signature__, and the method-wrapper's equality and hash.
#include <cstring>
#include <string>

#include "objects/builtin_types.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/type_slots.h"
#include "vm/vm.h"

namespace glasspy::objects {

namespace {

// CPython's signature and docstring of each slot wrapper, by dunder name.
struct SlotDoc {
  const char* name;
  const char* signature;
  const char* doc;
};

const SlotDoc kSlotDocs[] = {
    {"__repr__", "($self, /)", "Return repr(self)."},
    {"__str__", "($self, /)", "Return str(self)."},
    {"__hash__", "($self, /)", "Return hash(self)."},
    {"__lt__", "($self, value, /)", "Return self<value."},
    {"__le__", "($self, value, /)", "Return self<=value."},
    {"__eq__", "($self, value, /)", "Return self==value."},
    {"__ne__", "($self, value, /)", "Return self!=value."},
    {"__gt__", "($self, value, /)", "Return self>value."},
    {"__ge__", "($self, value, /)", "Return self>=value."},
    {"__getattribute__", "($self, name, /)", "Return getattr(self, name)."},
    {"__setattr__", "($self, name, value, /)", "Implement setattr(self, name, value)."},
    {"__delattr__", "($self, name, /)", "Implement delattr(self, name)."},
    {"__get__", "($self, instance, owner=None, /)", "Return an attribute of instance, which is of type owner."},
    {"__set__", "($self, instance, value, /)", "Set an attribute of instance to value."},
    {"__delete__", "($self, instance, /)", "Delete an attribute of instance."},
    {"__call__", "($self, /, *args, **kwargs)", "Call self as a function."},
    {"__iter__", "($self, /)", "Implement iter(self)."},
    {"__next__", "($self, /)", "Implement next(self)."},
    {"__len__", "($self, /)", "Return len(self)."},
    {"__getitem__", "($self, key, /)", "Return self[key]."},
    {"__setitem__", "($self, key, value, /)", "Set self[key] to value."},
    {"__delitem__", "($self, key, /)", "Delete self[key]."},
    {"__contains__", "($self, key, /)", "Return key in self."},
    {"__bool__", "($self, /)", "True if self else False"},
    {"__index__", "($self, /)",
     "Return self converted to an integer, if self is suitable for use as an index into a list."},
    {"__int__", "($self, /)", "int(self)"},
    {"__float__", "($self, /)", "float(self)"},
    {"__neg__", "($self, /)", "-self"},
    {"__pos__", "($self, /)", "+self"},
    {"__invert__", "($self, /)", "~self"},
    {"__abs__", "($self, /)", "abs(self)"},
    {"__init__", "($self, /, *args, **kwargs)", "Initialize self.  See help(type(self)) for accurate signature."},
    {"__pow__", "($self, value, mod=None, /)", "Return pow(self, value, mod)."},
    {"__rpow__", "($self, value, mod=None, /)", "Return pow(value, self, mod)."},
    {"__iadd__", "($self, value, /)", "Implement self+=value."},
    {"__imul__", "($self, value, /)", "Implement self*=value."},
};

// The binary operators' symbols by dunder stem, for "Return self+value." and friends.
struct BinarySymbol {
  const char* stem;
  const char* symbol;
};
const BinarySymbol kBinarySymbols[] = {
    {"add", "+"}, {"and", "&"},  {"floordiv", "//"}, {"lshift", "<<"}, {"matmul", "@"},  {"mul", "*"}, {"mod", "%"},
    {"or", "|"},  {"rshift", ">>"}, {"sub", "-"},     {"truediv", "/"}, {"xor", "^"},
};

// The doc (or, with `signature`, the text signature) of the slot named `name`; empty if
// CPython has none.
std::string slot_doc(std::string_view name, bool signature) {
  for (const SlotDoc& d : kSlotDocs)
    if (name == d.name) return signature ? d.signature : d.doc;
  if (name.size() < 5) return "";
  std::string_view inner = name.substr(2, name.size() - 4);
  for (const BinarySymbol& b : kBinarySymbols) {
    std::string_view stem = b.stem;
    if (signature && (inner == stem || inner.substr(1) == stem)) return "($self, value, /)";
    if (inner == stem) return std::string("Return self") + b.symbol + "value.";
    if (inner.substr(1) != stem) continue;
    if (inner[0] == 'r') return std::string("Return value") + b.symbol + "self.";
    if (inner[0] == 'i') return std::string("Return self") + b.symbol + "=value.";
  }
  return "";
}

Value str_or_none(const std::string& text) {
  if (text.empty()) return none();
  return Value::from_object(str_from_utf8(text));
}

Value wrapper_name(VM&, Value self) {
  return Value::from_object(str_from_utf8(slot_name(static_cast<SlotWrapperObject*>(self.as_object())->slot)));
}
Value wrapper_qualname(VM&, Value self) {
  auto* w = static_cast<SlotWrapperObject*>(self.as_object());
  return Value::from_object(str_from_utf8(std::string(w->owner->name) + "." + slot_name(w->slot)));
}
Value wrapper_objclass(VM&, Value self) {
  TypeObject* owner = static_cast<SlotWrapperObject*>(self.as_object())->owner;
  incref(owner);
  return Value::from_object(owner);
}
Value wrapper_doc(VM&, Value self) {
  return str_or_none(slot_doc(slot_name(static_cast<SlotWrapperObject*>(self.as_object())->slot), false));
}
Value wrapper_signature(VM&, Value self) {
  return str_or_none(slot_doc(slot_name(static_cast<SlotWrapperObject*>(self.as_object())->slot), true));
}

Value bound_name(VM&, Value self) {
  return Value::from_object(str_from_utf8(slot_name(static_cast<MethodWrapperObject*>(self.as_object())->slot)));
}
Value bound_qualname(VM&, Value self) {
  auto* m = static_cast<MethodWrapperObject*>(self.as_object());
  return Value::from_object(str_from_utf8(std::string(m->owner->name) + "." + slot_name(m->slot)));
}
Value bound_objclass(VM&, Value self) {
  TypeObject* owner = static_cast<MethodWrapperObject*>(self.as_object())->owner;
  incref(owner);
  return Value::from_object(owner);
}
Value bound_self(VM&, Value self) {
  Value s = static_cast<MethodWrapperObject*>(self.as_object())->self;
  incref(s);
  return s;
}
Value bound_doc(VM&, Value self) {
  return str_or_none(slot_doc(slot_name(static_cast<MethodWrapperObject*>(self.as_object())->slot), false));
}
Value bound_signature(VM&, Value self) {
  return str_or_none(slot_doc(slot_name(static_cast<MethodWrapperObject*>(self.as_object())->slot), true));
}

}  // namespace

const GetSetDef kSlotWrapperGetSets[] = {
    {"__name__", wrapper_name},       {"__qualname__", wrapper_qualname},
    {"__objclass__", wrapper_objclass}, {"__doc__", wrapper_doc},
    {"__text_signature__", wrapper_signature}, {nullptr, nullptr},
};

const GetSetDef kMethodWrapperGetSets[] = {
    {"__name__", bound_name},     {"__qualname__", bound_qualname}, {"__objclass__", bound_objclass},
    {"__self__", bound_self},     {"__doc__", bound_doc},           {"__text_signature__", bound_signature},
    {nullptr, nullptr},
};

// Two method-wrappers are equal when they wrap the same slot of the same object (CPython
// compares the descriptor and self by identity).
Value method_wrapper_richcompare(VM&, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::kEq && op != CompareOp::kNe) || type_of(a) != &method_wrapper_type ||
      type_of(b) != &method_wrapper_type)
    return not_implemented();
  auto* x = static_cast<MethodWrapperObject*>(a.as_object());
  auto* y = static_cast<MethodWrapperObject*>(b.as_object());
  bool same = x->slot == y->slot && x->owner == y->owner && x->self.is(y->self);
  return boolean(op == CompareOp::kEq ? same : !same);
}

bool method_wrapper_hash(VM&, Value self, int64_t* out) {
  auto* m = static_cast<MethodWrapperObject*>(self.as_object());
  uint64_t bits = m->self.identity_bits() ^ reinterpret_cast<uintptr_t>(m->slot) ^ reinterpret_cast<uintptr_t>(m->owner);
  int64_t h = static_cast<int64_t>(bits >> 4 | bits << 60);
  *out = h == -1 ? -2 : h;
  return true;
}

}  // namespace glasspy::objects
