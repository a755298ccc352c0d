// Creating classes (object model): type_new, as a class statement or type(name, bases,
// dict) runs it — C3 linearisation, layout, __qualname__ / __module__ / __classcell__,
// implicit class and static methods, __set_name__ and __init_subclass__ — and the
// lifetime of heap types and their instances.
#include <string>
#include <vector>

#include "gc/collector.h"
#include "gc/finalizer.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/callable_objects.h"
#include "objects/class_layout.h"
#include "objects/class_machinery.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/function_wrappers.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_cache.h"
#include "objects/type_slots.h"
#include "objects/weakref_object.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace glasspy::objects {

namespace {

TypeObject* as_type(Value v) { return static_cast<TypeObject*>(v.as_object()); }

// C3 merge of the bases' MROs and the bases list; false (TypeError raised) if impossible.
bool c3_mro(VM& vm, TypeObject* type, TupleObject* bases, std::vector<TypeObject*>* out) {
  std::vector<TypeObject*> base_list;
  for (int64_t i = 0; i < bases->size; ++i) {
    TypeObject* b = as_type(bases->items()[i]);
    for (TypeObject* seen : base_list) {
      if (seen == b) {
        Value qualname = b->qualname_object;
        vm.raise(&exc_TypeError, "duplicate base class " +
                                     (is_str(qualname) ? std::string(str_utf8(as_str(qualname))) : std::string(b->name)));
        return false;
      }
    }
    base_list.push_back(b);
  }
  std::vector<std::vector<TypeObject*>> seqs;
  for (TypeObject* b : base_list) {
    std::vector<TypeObject*> seq;
    for (int64_t j = 0; j < b->mro->size; ++j) seq.push_back(as_type(b->mro->items()[j]));
    seqs.push_back(std::move(seq));
  }
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
        message += (shown.size() > 1 ? ", " : " ") + std::string(s.front()->name);
      }
      vm.raise(&exc_TypeError, message);
      return false;
    }
    out->push_back(candidate);
    for (auto& s : seqs)
      if (!s.empty() && s.front() == candidate) s.erase(s.begin());
  }
}

void heap_type_dealloc(Object* self) {
  TypeObject* t = static_cast<TypeObject*>(self);
  type_cache_invalidate();  // its address may be reused by another type
  if (t->bases) {
    for (int64_t i = 0; i < t->bases->size; ++i) remove_subclass(as_type(t->bases->items()[i]), t);
  }
  delete t->subclasses;
  t->subclasses = nullptr;
  if (t->dict) decref(t->dict);
  if (t->mro) decref(t->mro);
  if (t->bases) decref(t->bases);
  decref(t->name_object);
  decref(t->qualname_object);
  decref(t->module_name);
  if (t->base) decref(t->base);
  free_object(self);
}

// __new__ is a static method, __init_subclass__ and __class_getitem__ class methods, when
// the class body defines them as plain functions.
void wrap_implicit_methods(VM& vm, DictObject* dict) {
  struct Implicit {
    const char* name;
    TypeObject* wrapper;
  };
  const Implicit implicit[] = {{"__new__", &staticmethod_type},
                               {"__init_subclass__", &classmethod_type},
                               {"__class_getitem__", &classmethod_type}};
  for (const Implicit& i : implicit) {
    StrObject* key = vm.intern(i.name);
    Value f = dict_get_str(dict, key);
    if (!is_function(f)) continue;
    FunctionWrapperObject* w = function_wrapper_new(i.wrapper, f);
    dict_set_str(dict, key, Value::from_object(w));
    decref(w);
  }
}

// __module__ from the globals of the code that creates the class, when the namespace has none.
void set_default_module(VM& vm, DictObject* dict) {
  StrObject* key = vm.intern("__module__");
  if (!dict_get_str(dict, key).is_null()) return;
  vm::Frame* frame = vm.current_frame();
  if (frame == nullptr || frame->globals == nullptr) return;
  Value module = dict_get_str(frame->globals, vm.intern("__name__"));
  if (!module.is_null()) dict_set_str(dict, key, module);
}

// __classcell__: the cell behind `__class__` and zero-argument super() gets the new class.
bool set_class_cell(VM& vm, TypeObject* t) {
  StrObject* key = vm.intern("__classcell__");
  Value cell = dict_get_str(t->dict, key);
  if (cell.is_null()) return true;
  if (!is_cell(cell)) {
    std::string text;
    if (!repr_utf8(vm, Value::from_object(type_of(cell)), &text)) return false;
    vm.raise(&exc_TypeError, "__classcell__ must be a nonlocal cell, not " + text);
    return false;
  }
  CellObject* c = as_cell(cell);
  Value old = c->contents;
  incref(t);
  c->contents = Value::from_object(t);
  decref(old);
  return dict_delete(vm, t->dict, Value::from_object(key)) >= 0;
}

// Calls __set_name__(type, name) on every attribute whose type defines it.
bool set_names(VM& vm, TypeObject* t) {
  StrObject* set_name = vm.intern("__set_name__");
  Ref snapshot = Ref::steal(Value::from_object(dict_copy(t->dict)));
  int64_t pos = 0;
  Value key, value;
  while (dict_next(as_dict(snapshot.get()), &pos, &key, &value)) {
    if (type_lookup(type_of(value), set_name).is_null()) continue;
    Value args[2] = {Value::from_object(t), key};
    Value r = call_method(vm, value, set_name, args, 2);
    if (r.is_null()) {
      Value cause = vm.fetch_error();
      std::string key_text;
      if (!repr_utf8(vm, key, &key_text)) {
        decref(cause);
        return false;
      }
      ExceptionObject* e = exception_with_message(
          &exc_RuntimeError, std::string("Error calling __set_name__ on '") + type_name(value) + "' instance " +
                                 key_text + " in '" + t->name + "'");
      exception_set_context(e, cause);
      exception_set_cause(e, cause);
      decref(cause);
      vm.restore_error(Value::from_object(e));
      return false;
    }
    decref(r);
  }
  return true;
}

// super(type, type).__init_subclass__(**kwargs).
bool init_subclass(VM& vm, TypeObject* t, CallArgs kwargs) {
  StrObject* name = vm.intern("__init_subclass__");
  Value func;
  for (int64_t i = 1; i < t->mro->size && func.is_null(); ++i) {
    TypeObject* b = as_type(t->mro->items()[i]);
    if (b->dict != nullptr) func = dict_get_str(b->dict, name);
  }
  if (func.is_null()) return true;
  Ref bound;
  TypeObject* ft = type_of(func);
  if (ft->descr_get != nullptr) {
    bound = Ref::steal(ft->descr_get(vm, func, Value(), Value::from_object(t)));
    if (bound.is_null()) return false;
  } else {
    bound = Ref::borrow(func);
  }
  Value r = call(vm, bound.get(), CallArgs{kwargs.args, 0, kwargs.kwnames});
  if (r.is_null()) return false;
  decref(r);
  return true;
}

}  // namespace

// Instances of heap types: drop the prefix values (__dict__, __slots__), then let the
// static base free the layout.
void subtype_dealloc(Object* self) {
  TypeObject* t = self->type;
  // __del__ first (once; it may resurrect the object), then weakrefs die, and the object
  // leaves the collector before its contents go (their release may run Python code).
  if (t->finalize != nullptr && gc::finalize_before_dealloc(self)) return;
  clear_weakrefs_if_any(self);
  gc::untrack(self);
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

// Breaks cycles through an instance of a heap type: its __dict__ and __slots__ values,
// then what its static base holds (CPython's subtype_clear).
void subtype_clear(Object* self) {
  TypeObject* t = self->type;
  if (t->prefix_values > 0) {
    Value* values = prefix_values(self);
    for (int i = 0; i < t->prefix_values; ++i) {
      Value v = values[i];
      values[i] = Value();
      decref(v);
    }
  }
  if (t->static_base->clear) t->static_base->clear(self);
}

// Breaks cycles through a heap type: its namespace is emptied (its mro and bases stay,
// so that lookups on a dying class still work).
void heap_type_clear(Object* self) {
  TypeObject* t = static_cast<TypeObject*>(self);
  if (!has_flag(t, kTypeHeap) || t->dict == nullptr) return;
  ++t->version;
  dict_clear(t->dict);
}

Value type_new(VM& vm, TypeObject* metatype, Value name, TupleObject* bases, DictObject* ns) {
  return type_new_with_kwargs(vm, metatype, name, bases, ns, CallArgs{});
}

Value type_new_with_kwargs(VM& vm, TypeObject* metatype, Value name, TupleObject* bases, DictObject* ns,
                           CallArgs kwargs) {
  if (!is_str(name)) return vm.raise(&exc_TypeError, "type.__new__() argument 1 must be str");
  Ref bases_ref;
  if (bases->size == 0) {
    Value object_value = Value::from_object(&object_type);
    bases_ref = Ref::steal(Value::from_object(tuple_from(&object_value, 1)));
  } else {
    bases_ref = Ref::borrow(Value::from_object(bases));
  }
  TypeObject* base = best_base(vm, as_tuple(bases_ref.get()));
  if (base == nullptr) return Value();
  Ref dict_ref = Ref::steal(Value::from_object(dict_copy(ns)));
  DictObject* dict = as_dict(dict_ref.get());
  ClassLayout layout;
  if (!plan_class_layout(vm, dict, base, as_str(name), &layout)) return Value();

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
  for (int64_t i = 0; i < t->bases->size; ++i) add_subclass(as_type(t->bases->items()[i]), t);
  t->dict = as_dict(dict_ref.release());

  set_default_module(vm, t->dict);
  Value module = dict_get_str(t->dict, vm.intern("__module__"));
  if (!module.is_null()) {
    incref(module);
    t->module_name = module;
  }
  // __qualname__ comes from the class body; it is not a class attribute.
  StrObject* qualname_key = vm.intern("__qualname__");
  Value qualname = dict_get_str(t->dict, qualname_key);
  if (!qualname.is_null()) {
    if (!is_str(qualname))
      return vm.raise(&exc_TypeError, std::string("type __qualname__ must be a str, not ") + type_name(qualname));
    incref(qualname);
    t->qualname_object = qualname;
    if (dict_delete(vm, t->dict, Value::from_object(qualname_key)) < 0) return Value();
  } else {
    incref(name);
    t->qualname_object = name;
  }
  wrap_implicit_methods(vm, t->dict);
  if (!set_class_cell(vm, t)) return Value();

  std::vector<TypeObject*> mro;
  if (!c3_mro(vm, t, t->bases, &mro)) return Value();
  TupleObject* mro_tuple = tuple_alloc(static_cast<int64_t>(mro.size()));
  for (size_t i = 0; i < mro.size(); ++i) {
    if (i > 0) incref(mro[i]);  // the tuple does not own the type itself (no self-cycle)
    mro_tuple->items()[i] = Value::from_object(mro[i]);
  }
  t->mro = mro_tuple;
  gc::untrack(mro_tuple);  // it does not own its first item: never traversed

  apply_class_layout(t, layout);
  StrObject* doc_key = vm.intern("__doc__");
  if (dict_get_str(t->dict, doc_key).is_null()) dict_set_str(t->dict, doc_key, none());
  // A class that defines __eq__ but not __hash__ is unhashable (CPython puts None there).
  StrObject* hash_key = vm.intern("__hash__");
  if (!dict_get_str(t->dict, vm.intern("__eq__")).is_null() && dict_get_str(t->dict, hash_key).is_null())
    dict_set_str(t->dict, hash_key, none());
  inherit_slots(t, base);
  fixup_heap_type_slots(t);
  t->dealloc = subtype_dealloc;
  t->traverse = subtype_traverse;
  t->clear = subtype_clear;

  if (!set_names(vm, t) || !init_subclass(vm, t, kwargs)) return Value();
  return type_ref.release();
}

void add_subclass(TypeObject* base, TypeObject* sub) {
  if (base->subclasses == nullptr) base->subclasses = new std::vector<TypeObject*>();
  base->subclasses->push_back(sub);
}

void remove_subclass(TypeObject* base, TypeObject* sub) {
  std::vector<TypeObject*>* list = base->subclasses;
  if (list == nullptr) return;
  for (size_t i = 0; i < list->size(); ++i) {
    if ((*list)[i] == sub) {
      list->erase(list->begin() + static_cast<std::ptrdiff_t>(i));
      return;
    }
  }
}

namespace {

// Re-derives every slot of a heap type and of its subclasses, whose slots come from
// lookups along MROs that pass through it (CPython's update_subclasses).
void refresh_slots(TypeObject* type, int depth) {
  if (has_flag(type, kTypeHeap)) {
    fixup_heap_type_slots(type);
    type->dealloc = subtype_dealloc;
    type->traverse = subtype_traverse;
    type->clear = subtype_clear;
  }
  if (type->subclasses == nullptr || depth > 1000) return;
  for (TypeObject* sub : *type->subclasses) refresh_slots(sub, depth + 1);
}

}  // namespace

void type_update_slot(VM&, TypeObject* type, StrObject* name) {
  if (!is_slot_dunder(name)) return;
  refresh_slots(type, 0);
}

// The heap types' own dealloc, for type_type.
void type_dealloc(Object* self) { heap_type_dealloc(self); }

}  // namespace glasspy::objects
