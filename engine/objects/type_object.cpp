// Types (object model): type_of, subtype checks, attribute lookup along the MRO, readying
// static types, and creating classes (type_new) with C3 linearisation.
#include "objects/type_object.h"

#include <string>
#include <vector>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/callable_objects.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_slots.h"
#include "vm/vm.h"

namespace glasspy::objects {

size_t CallArgs::nkw() const { return kwnames == nullptr ? 0 : static_cast<size_t>(kwnames->size); }

TypeObject* type_of(Value v) {
  if (v.is_small_int()) return &int_type;
  if (v.is_double()) return &float_type;
  return v.as_object()->type;
}

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

namespace {

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
  if (t->base != nullptr) {
    inherit_slots(t, t->base);
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
  t->bases->refcount = kImmortalRefcount;
  t->dict = dict_new();
  t->dict->refcount = kImmortalRefcount;
  t->name_object = Value::from_object(intern_static(t->name));
  t->qualname_object = t->name_object;
  add_methods_and_getsets(t);
  add_slot_wrappers(t);
  if (t->doc != nullptr) {
    StrObject* doc = intern_static(t->doc);
    dict_set_str(t->dict, static_name("__doc__"), Value::from_object(doc));
  } else if (dict_get_str(t->dict, static_name("__doc__")).is_null()) {
    dict_set_str(t->dict, static_name("__doc__"), none());
  }
  t->type_flags |= kTypeReady;
}

// ---------------------------------------------------------------------------------------
// Classes: C3 linearisation and type_new.

namespace {

// C3 merge of the bases' MROs and the bases list; false (TypeError raised) if impossible.
bool c3_mro(VM& vm, TypeObject* type, TupleObject* bases, std::vector<TypeObject*>* out) {
  std::vector<std::vector<TypeObject*>> seqs;
  for (int64_t i = 0; i < bases->size; ++i) {
    TypeObject* b = static_cast<TypeObject*>(bases->items()[i].as_object());
    std::vector<TypeObject*> seq;
    for (int64_t j = 0; j < b->mro->size; ++j) seq.push_back(static_cast<TypeObject*>(b->mro->items()[j].as_object()));
    seqs.push_back(std::move(seq));
  }
  std::vector<TypeObject*> base_list;
  for (int64_t i = 0; i < bases->size; ++i) base_list.push_back(static_cast<TypeObject*>(bases->items()[i].as_object()));
  seqs.push_back(base_list);
  out->push_back(type);
  for (;;) {
    bool any = false;
    for (auto& s : seqs) any = any || !s.empty();
    if (!any) return true;
    TypeObject* candidate = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      TypeObject* head = s.front();
      bool in_tail = false;
      for (auto& other : seqs)
        for (size_t k = 1; k < other.size(); ++k)
          if (other[k] == head) in_tail = true;
      if (!in_tail) {
        candidate = head;
        break;
      }
    }
    if (candidate == nullptr) {
      std::string message = "Cannot create a consistent method resolution\norder (MRO) for bases";
      std::vector<TypeObject*> shown;
      for (auto& s : seqs) {
        if (s.empty()) continue;
        bool seen = false;
        for (TypeObject* x : shown) seen = seen || x == s.front();
        if (seen) continue;
        shown.push_back(s.front());
        message += std::string(" ") + s.front()->name;
        message += shown.size() < 100 ? "," : "";
      }
      if (!message.empty() && message.back() == ',') message.pop_back();
      vm.raise(&exc_TypeError, message);
      return false;
    }
    out->push_back(candidate);
    for (auto& s : seqs)
      if (!s.empty() && s.front() == candidate) s.erase(s.begin());
  }
}

// The layout base: the base whose static layout is the most derived (all others must
// share it or be plain `object` layouts).
TypeObject* best_base(VM& vm, TupleObject* bases) {
  TypeObject* winner = nullptr;
  for (int64_t i = 0; i < bases->size; ++i) {
    TypeObject* b = static_cast<TypeObject*>(bases->items()[i].as_object());
    if (winner == nullptr) {
      winner = b;
      continue;
    }
    TypeObject* wl = winner->static_base;
    TypeObject* bl = b->static_base;
    if (is_subtype(wl, bl)) continue;
    if (is_subtype(bl, wl)) {
      winner = b;
      continue;
    }
    vm.raise(&exc_TypeError, "multiple bases have instance lay-out conflict");
    return nullptr;
  }
  return winner;
}

void heap_type_dealloc(Object* self) {
  TypeObject* t = static_cast<TypeObject*>(self);
  if (t->dict) decref(t->dict);
  if (t->mro) decref(t->mro);
  if (t->bases) decref(t->bases);
  decref(t->name_object);
  decref(t->qualname_object);
  decref(t->module_name);
  if (t->base) decref(t->base);
  free_object(self);
}

}  // namespace

// Instances of heap types: drop the prefix values (__dict__, __slots__), then let the
// static base free the layout.
void subtype_dealloc(Object* self) {
  TypeObject* t = self->type;
  if (t->prefix_values > 0) {
    Value* values = prefix_values(self);
    for (int i = 0; i < t->prefix_values; ++i) {
      Value v = values[i];
      values[i] = Value();
      decref(v);
    }
  }
  t->static_base->dealloc(self);
}

void subtype_traverse(Object* self, VisitFn visit, void* context) {
  TypeObject* t = self->type;
  Value* values = prefix_values(self);
  for (int i = 0; i < t->prefix_values; ++i) visit(values[i], context);
  visit(Value::from_object(t), context);
  if (t->static_base->traverse) t->static_base->traverse(self, visit, context);
}

Value type_new(VM& vm, TypeObject* metatype, Value name, TupleObject* bases, DictObject* ns) {
  if (!is_str(name)) return vm.raise(&exc_TypeError, "type.__new__() argument 1 must be str");
  Ref bases_ref;
  if (bases->size == 0) {
    Value object_value = Value::from_object(&object_type);
    bases_ref = Ref::steal(Value::from_object(tuple_from(&object_value, 1)));
  } else {
    bases_ref = Ref::borrow(Value::from_object(bases));
  }
  TupleObject* base_tuple = as_tuple(bases_ref.get());
  for (int64_t i = 0; i < base_tuple->size; ++i) {
    Value b = base_tuple->items()[i];
    if (!b.is_object() || !has_flag(b.as_object()->type, kTypeTypeSubclass))
      return vm.raise(&exc_TypeError, "bases must be types");
    TypeObject* bt = static_cast<TypeObject*>(b.as_object());
    if (!has_flag(bt, kTypeBaseType))
      return vm.raise(&exc_TypeError, std::string("type '") + bt->name + "' is not an acceptable base type");
  }
  TypeObject* base = best_base(vm, base_tuple);
  if (base == nullptr) return Value();

  TypeObject* t = alloc<TypeObject>(metatype, sizeof(TypeObject));
  gc::track(t);
  Ref type_ref = Ref::steal(Value::from_object(t));
  t->type_flags = kTypeHeap | kTypeBaseType | kTypeGc | kTypeReady |
                  (base->type_flags & (kTypeIntSubclass | kTypeTupleSubclass | kTypeListSubclass |
                                       kTypeStrSubclass | kTypeBytesSubclass | kTypeDictSubclass |
                                       kTypeExceptionSubclass | kTypeTypeSubclass));
  incref(name);
  t->name_object = name;
  t->name = str_utf8(as_str(name)).data();
  t->qualified_name = t->name;
  incref(base);
  t->base = base;
  t->static_base = base->static_base;
  t->basic_size = base->basic_size;
  t->bases = as_tuple(bases_ref.release());
  t->dict = dict_copy(ns);

  // __qualname__ comes from the class body; it is not a class attribute.
  StrObject* qualname_key = vm.intern("__qualname__");
  Value qualname = dict_get_str(t->dict, qualname_key);
  if (!qualname.is_null()) {
    if (!is_str(qualname)) {
      return vm.raise(&exc_TypeError, std::string("type __qualname__ must be a str, not ") + type_name(qualname));
    }
    incref(qualname);
    t->qualname_object = qualname;
    if (dict_delete(vm, t->dict, Value::from_object(qualname_key)) < 0) return Value();
  } else {
    incref(name);
    t->qualname_object = name;
  }
  Value module = dict_get_str(t->dict, vm.intern("__module__"));
  if (!module.is_null()) {
    incref(module);
    t->module_name = module;
  }

  std::vector<TypeObject*> mro;
  if (!c3_mro(vm, t, t->bases, &mro)) return Value();
  TupleObject* mro_tuple = tuple_alloc(static_cast<int64_t>(mro.size()));
  for (size_t i = 0; i < mro.size(); ++i) {
    if (i > 0) incref(mro[i]);  // the tuple does not own the type itself (no self-cycle)
    mro_tuple->items()[i] = Value::from_object(mro[i]);
  }
  t->mro = mro_tuple;

  // Instance layout: a __dict__ unless the base already has one (or is a type).
  t->prefix_values = base->prefix_values;
  t->dict_slot = base->dict_slot;
  bool base_has_dict = base->dict_slot >= 0 || has_flag(base, kTypeTypeSubclass) ||
                       has_flag(base, kTypeExceptionSubclass) || base->static_base == &function_type;
  if (!base_has_dict) {
    t->dict_slot = static_cast<int16_t>(t->prefix_values);
    t->prefix_values += 1;
  }
  t->dealloc = subtype_dealloc;
  t->traverse = subtype_traverse;
  inherit_slots(t, base);
  fixup_heap_type_slots(t);
  t->dealloc = subtype_dealloc;
  t->traverse = subtype_traverse;
  return type_ref.release();
}

void type_update_slot(VM&, TypeObject* type, StrObject* name) {
  if (!is_slot_dunder(name)) return;
  // Simplest correct rule: re-derive every slot of the type (subclasses are refreshed
  // when they look attributes up through the version counter).
  fixup_heap_type_slots(type);
  type->dealloc = subtype_dealloc;
  type->traverse = subtype_traverse;
}

// The heap types' own dealloc, for type_type.
void type_dealloc(Object* self) { heap_type_dealloc(self); }

}  // namespace glasspy::objects
