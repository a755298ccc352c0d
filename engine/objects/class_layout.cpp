// Instance layout of classes (object model): the layout base among a class's bases
// (CPython's best_base / solid_base), __slots__ checks, and the member, __dict__ and
// __weakref__ descriptors a class adds to its dict.
#include "objects/class_layout.h"

#include <algorithm>
#include <string>

#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/bytes_object.h"
#include "objects/callable_objects.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/list_object.h"
#include "objects/member_descriptor.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

namespace {

TypeObject* as_type(Value v) { return static_cast<TypeObject*>(v.as_object()); }

// Member slots a heap type adds to its base's layout (its __dict__ not counted).
int own_member_slots(const TypeObject* t) {
  int added = t->prefix_values - t->base->prefix_values;
  if (t->dict_slot >= 0 && t->base->dict_slot < 0) --added;
  return added;
}

// The type whose layout `t`'s instances share (CPython's solid_base): static types with
// no fields beyond their base's collapse to it (ValueError and KeyError are both
// BaseException layouts); heap types count only if their __slots__ add members.
const TypeObject* solid_base(const TypeObject* t) {
  while (t->base != nullptr) {
    bool extends = has_flag(t, kTypeHeap) ? own_member_slots(t) > 0 : t->basic_size != t->base->basic_size;
    if (extends) break;
    t = t->base;
  }
  return t;
}

// Static types whose instances are variable-sized in CPython (tp_itemsize != 0): no
// member slots and no __weakref__ may be added to them.
bool is_var_sized(const TypeObject* t) {
  const TypeObject* s = t->static_base;
  return is_subtype(s, &int_type) || is_subtype(s, &tuple_type) || is_subtype(s, &bytes_type) ||
         is_subtype(s, &type_type);
}

// Instances of `t` already have a __dict__ (a prefix value or one of the layout's own).
bool has_instance_dict(const TypeObject* t) {
  const TypeObject* s = t->static_base;
  return t->dict_slot >= 0 || has_flag(s, kTypeTypeSubclass) || has_flag(s, kTypeExceptionSubclass) ||
         s == &function_type || is_subtype(s, &module_type);
}

StrObject* mangle(StrObject* class_name, StrObject* name) {
  std::string_view n = str_utf8(name);
  if (n.size() < 3 || n.substr(0, 2) != "__" || n.substr(n.size() - 2) == "__" || n.find('.') != n.npos) {
    incref(name);
    return name;
  }
  std::string_view c = str_utf8(class_name);
  size_t skip = c.find_first_not_of('_');
  if (skip == c.npos) {
    incref(name);
    return name;
  }
  return str_from_utf8(std::string("_") + std::string(c.substr(skip)) + std::string(n));
}

// --- __dict__ and __weakref__ of instances of classes ---

Value instance_dict_get(VM& vm, Value self) {
  Value* slot = dict_slot(self.as_object());
  if (slot == nullptr)
    return vm.raise(&exc_AttributeError, std::string("'") + type_name(self) + "' object has no attribute '__dict__'");
  if (slot->is_null()) *slot = Value::from_object(dict_new());
  incref(*slot);
  return *slot;
}

bool instance_dict_set(VM& vm, Value self, Value value) {
  Value* slot = dict_slot(self.as_object());
  if (slot == nullptr) {
    vm.raise(&exc_AttributeError, std::string("'") + type_name(self) + "' object has no attribute '__dict__'");
    return false;
  }
  if (!value.is_null() && !is_dict(value)) {
    vm.raise(&exc_TypeError, std::string("__dict__ must be set to a dictionary, not a '") + type_name(value) + "'");
    return false;
  }
  Value old = *slot;
  incref(value);
  *slot = value;
  decref(old);
  return true;
}

// No weak references yet: every instance reports that none refer to it.
Value instance_weakref_get(VM&, Value) { return none(); }

const GetSetDef kInstanceDictGetSet = {"__dict__", instance_dict_get, instance_dict_set,
                                       "dictionary for instance variables (if defined)"};
const GetSetDef kInstanceWeakrefGetSet = {"__weakref__", instance_weakref_get, nullptr,
                                          "list of weak references to the object (if defined)"};

void add_getset(TypeObject* t, const GetSetDef* def) {
  auto* d = alloc<GetSetDescriptorObject>(&getset_descriptor_type);
  d->def = def;
  d->owner = t;
  dict_set_str(t->dict, intern_static(def->name), Value::from_object(d));
  decref(d);
}

}  // namespace

TypeObject* best_base(VM& vm, TupleObject* bases) {
  TypeObject* base = nullptr;
  const TypeObject* winner = nullptr;
  for (int64_t i = 0; i < bases->size; ++i) {
    Value b = bases->items()[i];
    if (!b.is_object() || !has_flag(type_of(b), kTypeTypeSubclass)) {
      vm.raise(&exc_TypeError, "bases must be types");
      return nullptr;
    }
    TypeObject* bt = as_type(b);
    if (!has_flag(bt, kTypeBaseType)) {
      vm.raise(&exc_TypeError, std::string("type '") + bt->name + "' is not an acceptable base type");
      return nullptr;
    }
    const TypeObject* candidate = solid_base(bt);
    if (winner == nullptr) {
      winner = candidate;
      base = bt;
    } else if (is_subtype(winner, candidate)) {
    } else if (is_subtype(candidate, winner)) {
      winner = candidate;
      base = bt;
    } else {
      vm.raise(&exc_TypeError, "multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return base;
}

bool plan_class_layout(VM& vm, DictObject* ns, TypeObject* base, StrObject* class_name, ClassLayout* out) {
  bool may_add_dict = !has_instance_dict(base);
  bool may_add_weakref = type_lookup(base, vm.intern("__weakref__")).is_null() && !is_var_sized(base);
  Value slots = dict_get_str(ns, vm.intern("__slots__"));
  if (slots.is_null()) {
    out->add_dict = may_add_dict;
    out->add_weakref = may_add_weakref;
    return true;
  }
  Ref names;
  if (is_str(slots)) {
    names = Ref::steal(Value::from_object(tuple_from(&slots, 1)));
  } else {
    Value it = iter(vm, slots);
    if (it.is_null()) return false;
    ListObject* list = list_new();
    Ref list_ref = Ref::steal(Value::from_object(list));
    for (;;) {
      Value x = next(vm, it);
      if (x.is_null()) break;
      list_append_owned(list, x);
    }
    decref(it);
    if (vm.has_error()) return false;
    names = Ref::steal(Value::from_object(tuple_from(list->items, list->size)));
  }
  TupleObject* tuple = as_tuple(names.get());
  if (tuple->size > 0 && is_var_sized(base)) {
    vm.raise(&exc_TypeError, std::string("nonempty __slots__ not supported for subtype of '") + base->name + "'");
    return false;
  }
  StrObject* dict_name = vm.intern("__dict__");
  StrObject* weakref_name = vm.intern("__weakref__");
  for (int64_t i = 0; i < tuple->size; ++i) {
    Value name = tuple->items()[i];
    if (!is_str(name)) {
      vm.raise(&exc_TypeError, std::string("__slots__ items must be strings, not '") + type_name(name) + "'");
      return false;
    }
    Value ok = call_method(vm, name, vm.intern("isidentifier"), nullptr, 0);
    if (ok.is_null()) return false;
    if (!ok.is(true_value())) {
      vm.raise(&exc_TypeError, "__slots__ must be identifiers");
      return false;
    }
    if (str_equal(as_str(name), dict_name)) {
      if (!may_add_dict || out->add_dict) {
        vm.raise(&exc_TypeError, "__dict__ slot disallowed: we already got one");
        return false;
      }
      out->add_dict = true;
    } else if (str_equal(as_str(name), weakref_name)) {
      if (!may_add_weakref || out->add_weakref) {
        vm.raise(&exc_TypeError, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
        return false;
      }
      out->add_weakref = true;
    }
  }
  StrObject* qualname_name = vm.intern("__qualname__");
  StrObject* classcell_name = vm.intern("__classcell__");
  for (int64_t i = 0; i < tuple->size; ++i) {
    StrObject* name = as_str(tuple->items()[i]);
    if (str_equal(name, dict_name) || str_equal(name, weakref_name)) continue;
    Ref mangled = Ref::steal(Value::from_object(mangle(class_name, name)));
    StrObject* m = as_str(mangled.get());
    if (!dict_get_str(ns, m).is_null() && !str_equal(m, qualname_name) && !str_equal(m, classcell_name)) {
      std::string text;
      if (!repr_utf8(vm, mangled.get(), &text)) return false;
      vm.raise(&exc_ValueError, text + " in __slots__ conflicts with class variable");
      return false;
    }
    out->slot_names.push_back(std::move(mangled));
  }
  std::sort(out->slot_names.begin(), out->slot_names.end(),
            [](const Ref& a, const Ref& b) { return str_compare(as_str(a.get()), as_str(b.get())) < 0; });
  return true;
}

void apply_class_layout(TypeObject* t, const ClassLayout& layout) {
  TypeObject* base = t->base;
  t->prefix_values = base->prefix_values;
  t->dict_slot = base->dict_slot;
  for (const Ref& name : layout.slot_names) {
    MemberDescriptorObject* m = member_descriptor_new(t, as_str(name.get()), t->prefix_values++);
    dict_set_str(t->dict, as_str(name.get()), Value::from_object(m));
    decref(m);
  }
  if (layout.add_dict) {
    t->dict_slot = static_cast<int16_t>(t->prefix_values++);
    add_getset(t, &kInstanceDictGetSet);
  }
  if (layout.add_weakref) add_getset(t, &kInstanceWeakrefGetSet);
}

}  // namespace glasspy::objects
