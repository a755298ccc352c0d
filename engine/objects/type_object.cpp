// Types (object model): type_of, subtype checks, attribute lookup along the MRO and readying
// static types. Creating classes (type_new) is in type_new.cpp.
#include "objects/type_object.h"

#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/callable_objects.h"
#include "objects/class_machinery.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_slots.h"
#include "vm/vm.h"

namespace glasspy::objects {

size_t CallArgs::nkw() const { return kwnames == nullptr ? 0 : static_cast<size_t>(kwnames->size); }

bool is_subtype(const TypeObject* type, const TypeObject* base) {
  if (type == base) return true;
  if (type->mro != nullptr) {
    const TupleObject* mro = type->mro;
    for (int64_t i = 0; i < mro->size; ++i)
      if (mro->items()[i].as_object() == base) return true;
    return false;
  }
  for (const TypeObject* t = type->base; t != nullptr; t = t->base)
    if (t == base) return true;
  return base == &object_type;
}

Value type_lookup(const TypeObject* type, StrObject* name) {
  const TupleObject* mro = type->mro;
  if (mro == nullptr) return type->dict ? dict_get_str(type->dict, name) : Value();
  for (int64_t i = 0; i < mro->size; ++i) {
    const TypeObject* t = static_cast<const TypeObject*>(mro->items()[i].as_object());
    if (t->dict == nullptr) continue;
    Value v = dict_get_str(t->dict, name);
    if (!v.is_null()) return v;
  }
  return Value();
}

Value type_lookup(VM& vm, const TypeObject* type, const char* name) { return type_lookup(type, vm.intern(name)); }

// Copies the slots a type leaves empty from its base (CPython's inherit_slots).
void inherit_slots(TypeObject* t, const TypeObject* b) {
#define GP_INHERIT(slot) \
  if (t->slot == nullptr) t->slot = b->slot
  GP_INHERIT(dealloc);
  GP_INHERIT(traverse);
  GP_INHERIT(clear);
  GP_INHERIT(new_instance);
  GP_INHERIT(init);
  GP_INHERIT(call);
  GP_INHERIT(repr);
  GP_INHERIT(str);
  GP_INHERIT(getattro);
  GP_INHERIT(setattro);
  GP_INHERIT(descr_get);
  GP_INHERIT(descr_set);
  GP_INHERIT(iter);
  GP_INHERIT(iternext);
  GP_INHERIT(power);
  GP_INHERIT(negative);
  GP_INHERIT(positive);
  GP_INHERIT(invert);
  GP_INHERIT(absolute);
  GP_INHERIT(truthy);
  GP_INHERIT(index);
  GP_INHERIT(to_int);
  GP_INHERIT(to_float);
  GP_INHERIT(length);
  GP_INHERIT(getitem);
  GP_INHERIT(setitem);
  GP_INHERIT(contains);
  for (int i = 0; i < kBinaryOpCount; ++i) {
    GP_INHERIT(binary[i]);
    GP_INHERIT(inplace[i]);
  }
  // __eq__ and __hash__ go together: a type that defines comparison but not hashing is
  // not given its base's hash (CPython's rule, which makes such classes unhashable).
  if (t->richcompare == nullptr && t->hash == nullptr) {
    t->richcompare = b->richcompare;
    t->hash = b->hash;
  }
#undef GP_INHERIT
}

namespace {

StrObject* static_name(const char* text) { return intern_static(text); }

void add_methods_and_getsets(TypeObject* t) {
  if (t->methods != nullptr) {
    for (const MethodDef* m = t->methods; m->name != nullptr; ++m) {
      auto* d = alloc<MethodDescriptorObject>(&method_descriptor_type);
      d->def = m;
      d->owner = t;
      d->refcount = kImmortalRefcount;
      dict_set_str(t->dict, static_name(m->name), Value::from_object(d));
      decref(d);
    }
  }
  if (t->getsets != nullptr) {
    for (const GetSetDef* g = t->getsets; g->name != nullptr; ++g) {
      auto* d = alloc<GetSetDescriptorObject>(&getset_descriptor_type);
      d->def = g;
      d->owner = t;
      d->refcount = kImmortalRefcount;
      dict_set_str(t->dict, static_name(g->name), Value::from_object(d));
      decref(d);
    }
  }
}

}  // namespace

void ready_static_type(TypeObject* t) {
  if (has_flag(t, kTypeReady)) return;
  if (t->base == nullptr && t != &object_type) t->base = &object_type;
  if (t->base != nullptr) ready_static_type(t->base);
  t->refcount = kImmortalRefcount;
  t->flags |= kImmortal;
  if (t->type == nullptr) t->type = &type_type;
  if (t->qualified_name == nullptr) t->qualified_name = t->name;
  // A built-in type made directly on object without a __new__ of its own cannot be
  // instantiated from Python ("cannot create 'dict_keys' instances"), as in CPython.
  bool no_new = t->new_instance == nullptr && t->base == &object_type;
  if (t->base != nullptr) {
    inherit_slots(t, t->base);
    if (no_new) t->new_instance = nullptr;
    t->type_flags |= t->base->type_flags &
                     (kTypeIntSubclass | kTypeTupleSubclass | kTypeListSubclass | kTypeStrSubclass |
                      kTypeBytesSubclass | kTypeDictSubclass | kTypeExceptionSubclass | kTypeTypeSubclass);
    if (has_flag(t->base, kTypeGc)) t->type_flags |= kTypeGc;
  }
  t->static_base = t;
  // __mro__: this type, then its base's (single inheritance among static types).
  int64_t n = 1;
  if (t->base != nullptr) n += t->base->mro->size;
  TupleObject* mro = tuple_alloc(n);
  mro->items()[0] = Value::from_object(t);
  for (int64_t i = 1; i < n; ++i) mro->items()[i] = t->base->mro->items()[i - 1];
  mro->refcount = kImmortalRefcount;
  t->mro = mro;
  Value base_value = t->base ? Value::from_object(t->base) : Value();
  t->bases = t->base ? tuple_from(&base_value, 1) : tuple_alloc(0);
  if (t->base != nullptr) add_subclass(t->base, t);
  t->bases->refcount = kImmortalRefcount;
  t->dict = dict_new();
  t->dict->refcount = kImmortalRefcount;
  t->name_object = Value::from_object(intern_static(t->name));
  t->qualname_object = t->name_object;
  add_methods_and_getsets(t);
  add_slot_wrappers(t);
  add_new_wrapper(t);
  if (t->doc != nullptr) {
    StrObject* doc = intern_static(t->doc);
    dict_set_str(t->dict, static_name("__doc__"), Value::from_object(doc));
  } else if (dict_get_str(t->dict, static_name("__doc__")).is_null()) {
    dict_set_str(t->dict, static_name("__doc__"), none());
  }
  t->type_flags |= kTypeReady;
}

}  // namespace glasspy::objects
