// Weak references (object model): weakref.ref (ReferenceType), their lists per referent
// in the collector's table, and clearing them when the referent dies. The proxies are in
// weakref_proxy.cpp.
#include "objects/weakref_object.h"

#include <string>
#include <vector>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/callable_objects.h"
#include "objects/exception_object.h"
#include "objects/generator_object.h"
#include "objects/ops.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject weakref_type;

namespace {

// The table that holds `o`'s list: the current collector's, or the process default's
// for objects whose weakrefs were made under another (dead) VM.
std::unordered_map<Object*, WeakrefObject*>* table_of(Object* o) {
  gc::Collector* c = gc::current();
  if (c->weakrefs.count(o)) return &c->weakrefs;
  gc::Collector* fallback = gc::process_default_collector();
  if (fallback->weakrefs.count(o)) return &fallback->weakrefs;
  return nullptr;
}

// Takes `wr` out of its referent's list (the referent stays as it is).
void unlink_weakref(WeakrefObject* wr) {
  Object* o = wr->referent;
  if (o == nullptr) return;
  if (wr->prev != nullptr) {
    wr->prev->next = wr->next;
  } else if (auto* table = table_of(o)) {
    if (wr->next != nullptr) {
      (*table)[o] = wr->next;
    } else {
      table->erase(o);
      o->flags &= ~kHasWeakrefs;
    }
  }
  if (wr->next != nullptr) wr->next->prev = wr->prev;
  wr->prev = wr->next = nullptr;
  wr->referent = nullptr;
}

// Puts `wr` into `o`'s list as CPython orders it (getweakrefs shows it): the plain ref
// first, then the plain proxy, then the others, newest first.
void link_weakref(WeakrefObject* wr, Object* o, bool plain) {
  auto& table = gc::current()->weakrefs;
  wr->referent = o;
  WeakrefObject*& head = table[o];
  o->flags |= kHasWeakrefs;
  WeakrefObject* after = nullptr;  // insert after this one (null: at the head)
  if (!(plain && wr->type == &weakref_type)) {
    // After the shared plain ref and the shared plain proxy, if there are such.
    WeakrefObject* w = head;
    if (w != nullptr && w->type == &weakref_type && w->callback.is_null()) after = w, w = w->next;
    if (w != nullptr && w->callback.is_null() && (w->type == &weakproxy_type || w->type == &weakcallableproxy_type))
      after = w;
  }
  if (after == nullptr) {
    wr->next = head;
    if (head) head->prev = wr;
    head = wr;
    return;
  }
  wr->next = after->next;
  if (after->next) after->next->prev = wr;
  after->next = wr;
  wr->prev = after;
}

void weakref_dealloc(Object* self) {
  auto* wr = static_cast<WeakrefObject*>(self);
  gc::untrack(self);
  unlink_weakref(wr);
  Value cb = wr->callback;
  wr->callback = Value();
  decref(cb);
  free_object(self);
}

void weakref_traverse(Object* self, VisitFn visit, void* context) {
  visit(static_cast<WeakrefObject*>(self)->callback, context);
}

void weakref_clear(Object* self) {
  auto* wr = static_cast<WeakrefObject*>(self);
  unlink_weakref(wr);
  Value cb = wr->callback;
  wr->callback = Value();
  decref(cb);
}

Value weakref_call(VM& vm, Value self, CallArgs args) {
  if (args.nkw() != 0) return vm.raise(&exc_TypeError, "weakref() takes no keyword arguments");
  if (args.nargs != 0)
    return vm.raise(&exc_TypeError, "weakref expected 0 arguments, got " + std::to_string(args.nargs));
  Object* o = static_cast<WeakrefObject*>(self.as_object())->referent;
  if (o == nullptr) return none();
  incref(o);
  return Value::from_object(o);
}

bool weakref_hash(VM& vm, Value self, int64_t* out) {
  auto* wr = static_cast<WeakrefObject*>(self.as_object());
  if (wr->hash != -1) {
    *out = wr->hash;
    return true;
  }
  if (wr->referent == nullptr) {
    vm.raise(&exc_TypeError, "weak object has gone away");
    return false;
  }
  Ref keep = Ref::borrow(Value::from_object(wr->referent));
  if (!hash(vm, keep.get(), out)) return false;
  wr->hash = *out;
  return true;
}

Value weakref_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::kEq && op != CompareOp::kNe) || !is_subtype(type_of(b), &weakref_type) ||
      !is_subtype(type_of(a), &weakref_type))
    return not_implemented();
  Object* x = static_cast<WeakrefObject*>(a.as_object())->referent;
  Object* y = static_cast<WeakrefObject*>(b.as_object())->referent;
  if (x == nullptr || y == nullptr) {
    bool same = a.is(b);
    return boolean(op == CompareOp::kEq ? same : !same);
  }
  Ref kx = Ref::borrow(Value::from_object(x)), ky = Ref::borrow(Value::from_object(y));
  return rich_compare(vm, kx.get(), ky.get(), op);
}

Value weakref_repr(VM& vm, Value self) {
  auto* wr = static_cast<WeakrefObject*>(self.as_object());
  std::string text = "<weakref at " + address_text(self) + "; ";
  if (wr->referent == nullptr) return Value::from_object(str_from_utf8(text + "dead>"));
  Ref keep = Ref::borrow(Value::from_object(wr->referent));
  text += std::string("to '") + wr->referent->type->name + "' at " + address_text(keep.get());
  Ref name = Ref::steal(get_attribute_optional(vm, keep.get(), vm.intern("__name__")));
  if (name.is_null() && vm.has_error()) return Value();
  if (!name.is_null() && is_str(name.get())) text += " (" + std::string(str_utf8(as_str(name.get()))) + ")";
  return Value::from_object(str_from_utf8(text + ">"));
}

Value weakref_new_slot(VM& vm, TypeObject* type, CallArgs args) {
  if (args.nkw() != 0) return vm.raise(&exc_TypeError, "ref() takes no keyword arguments");
  if (args.nargs < 1)
    return vm.raise(&exc_TypeError, "__new__ expected at least 1 argument, got " + std::to_string(args.nargs));
  if (args.nargs > 2)
    return vm.raise(&exc_TypeError, "__new__ expected at most 2 arguments, got " + std::to_string(args.nargs));
  return weakref_new(vm, type, args.args[0], args.nargs > 1 ? args.args[1] : Value());
}

// ref.__init__ accepts what __new__ accepted (subclasses may add arguments in __new__).
bool weakref_init(VM&, Value, CallArgs) { return true; }

Value weakref_get_callback(VM&, Value self) {
  Value cb = static_cast<WeakrefObject*>(self.as_object())->callback;
  if (cb.is_null()) return none();
  incref(cb);
  return cb;
}

const GetSetDef kWeakrefGetSets[] = {
    {"__callback__", weakref_get_callback, nullptr, "Callback function of the weak reference."},
    {nullptr, nullptr},
};

}  // namespace

bool type_supports_weakrefs(VM& vm, TypeObject* type) {
  if (has_flag(type, kTypeHeap)) return !type_lookup(type, vm.intern("__weakref__")).is_null();
  static TypeObject* const kSupported[] = {&function_type, &type_type, &set_type, &frozenset_type, &method_type,
                                           &code_type, &module_type, &weakref_type};
  for (TypeObject* t : kSupported)
    if (type == t) return true;
  if (has_flag(type, kTypeTypeSubclass)) return true;
  return type == &generator_type || type == &coroutine_type || type == &async_generator_type;
}

WeakrefObject* first_weakref(Object* o) {
  if (!(o->flags & kHasWeakrefs)) return nullptr;
  auto* table = table_of(o);
  if (table == nullptr) return nullptr;
  auto it = table->find(o);
  return it == table->end() ? nullptr : it->second;
}

int64_t weakref_count(Object* o) {
  int64_t n = 0;
  for (WeakrefObject* wr = first_weakref(o); wr != nullptr; wr = wr->next) ++n;
  return n;
}

Value weakref_new(VM& vm, TypeObject* type, Value obj, Value callback) {
  if (!obj.is_object() || !type_supports_weakrefs(vm, type_of(obj)))
    return vm.raise(&exc_TypeError, std::string("cannot create weak reference to '") + type_name(obj) + "' object");
  if (!callback.is_null() && is_none(callback)) callback = Value();
  WeakrefObject* first = first_weakref(obj.as_object());
  if (type == &weakref_type && callback.is_null() && first != nullptr && first->type == &weakref_type &&
      first->callback.is_null()) {
    incref(first);
    return Value::from_object(first);
  }
  return weakref_new_of_type(vm, type, obj, callback);
}

Value weakref_new_of_type(VM&, TypeObject* type, Value obj, Value callback) {
  auto* wr = alloc<WeakrefObject>(type, type->basic_size);
  gc::track(wr);
  incref(callback);
  wr->callback = callback;
  link_weakref(wr, obj.as_object(), callback.is_null() && (type == &weakref_type || type == &weakproxy_type));
  return Value::from_object(wr);
}

void clear_weakrefs(Object* o) {
  WeakrefObject* wr = first_weakref(o);
  if (wr == nullptr) {
    o->flags &= ~kHasWeakrefs;
    return;
  }
  // Detach them all first: callbacks see dead refs.
  std::vector<std::pair<WeakrefObject*, Value>> calls;
  while (wr != nullptr) {
    WeakrefObject* next = wr->next;
    unlink_weakref(wr);
    if (!wr->callback.is_null() && wr->refcount > 0) {
      incref(wr);
      calls.emplace_back(wr, wr->callback);
      wr->callback = Value();
    }
    wr = next;
  }
  o->flags &= ~kHasWeakrefs;
  if (calls.empty()) return;
  vm::VM* vm = gc::current()->vm();
  for (auto& [ref, cb] : calls) {
    if (vm != nullptr) {
      Value saved = vm->fetch_error();
      Value r = call1(*vm, cb, Value::from_object(ref));
      if (r.is_null()) {
        if (vm->has_error()) write_unraisable(*vm, cb);
      } else {
        decref(r);
      }
      vm->restore_error(saved);
    }
    decref(cb);
    decref(ref);
  }
}

void set_dotted_type_name(TypeObject& t, const char* module, const char* name) {
  t.name_object = Value::from_object(intern_static(name));
  t.qualname_object = t.name_object;
  t.module_name = Value::from_object(intern_static(module));
}

void init_weakref_types() {
  if (has_flag(&weakref_type, kTypeReady)) return;
  TypeObject& t = weakref_type;
  t.name = "weakref.ReferenceType";
  t.type_flags = kTypeGc | kTypeBaseType;
  t.basic_size = sizeof(WeakrefObject);
  t.dealloc = weakref_dealloc;
  t.traverse = weakref_traverse;
  t.clear = weakref_clear;
  t.new_instance = weakref_new_slot;
  t.init = weakref_init;
  t.call = weakref_call;
  t.hash = weakref_hash;
  t.richcompare = weakref_richcompare;
  t.repr = weakref_repr;
  t.getsets = kWeakrefGetSets;
  ready_static_type(&t);
  set_dotted_type_name(t, "weakref", "ReferenceType");
  init_weakproxy_types();
}

}  // namespace glasspy::objects

namespace glasspy::gc {

int64_t clear_weakrefs_to_garbage(vm::VM& vm, objects::GcHeader* garbage, bool (*is_garbage)(objects::Object*)) {
  using namespace objects;
  std::vector<std::pair<WeakrefObject*, Value>> calls;
  for (GcHeader* h = garbage->next; h != garbage; h = h->next) {
    Object* o = object_of(h);
    WeakrefObject* wr = first_weakref(o);
    while (wr != nullptr) {
      WeakrefObject* next = wr->next;
      // Cleared first: neither a callback nor a finalizer can reach the garbage through it.
      unlink_weakref(wr);
      if (!wr->callback.is_null() && !is_garbage(wr)) {
        incref(wr);
        calls.emplace_back(wr, wr->callback);
        wr->callback = Value();
      }
      wr = next;
    }
    o->flags &= ~kHasWeakrefs;
  }
  int64_t freed = 0;
  for (auto& [ref, cb] : calls) {
    Value r = call1(vm, cb, Value::from_object(ref));
    if (r.is_null()) {
      if (vm.has_error()) write_unraisable(vm, cb);
    } else {
      decref(r);
    }
    decref(cb);
    if (ref->refcount == 1) ++freed;
    decref(ref);
  }
  return freed;
}

}  // namespace glasspy::gc
