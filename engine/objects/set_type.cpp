// The set and frozenset types' slots (object model): creation with CPython's argument
// messages, repr ("{1, 2}", "frozenset({1})", "set()"), len, in, hash of frozenset, and
// the set_iterator type. The table algorithm: set_object.cpp; methods: set_methods.cpp.
#include <string>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/set_internal.h"
#include "objects/str_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject set_type;
TypeObject frozenset_type;
TypeObject set_iterator_type;

namespace {

void set_dealloc(Object* self) {
  SetObject* so = static_cast<SetObject*>(self);
  int64_t used = so->used;
  for (SetEntry* e = so->table; used > 0; ++e) {
    if (is_active(*e)) {
      --used;
      decref(e->key);
    }
  }
  if (so->table != so->smalltable) std::free(so->table);
  free_object(self);
}

void set_traverse(Object* self, VisitFn visit, void* context) {
  SetObject* so = static_cast<SetObject*>(self);
  int64_t pos = 0;
  SetEntry* e;
  while (set_next(so, &pos, &e)) visit(e->key, context);
}

void set_clear_slot(Object* self) { set_clear_internal(static_cast<SetObject*>(self)); }

Value set_repr(VM& vm, Value self) {
  SetObject* so = as_set_object(self);
  TypeObject* type = type_of(self);
  if (!vm.enter_repr(self)) return Value::from_object(str_from_utf8(std::string(type->name) + "(...)"));
  if (so->used == 0) {
    vm.leave_repr(self);
    return Value::from_object(str_from_utf8(std::string(type->name) + "()"));
  }
  ListObject* keys = list_new(so->used);
  Ref keys_ref = Ref::steal(Value::from_object(keys));
  int64_t pos = 0;
  SetEntry* e;
  while (set_next(so, &pos, &e)) list_append(keys, e->key);
  std::string text;
  bool ok = repr_utf8(vm, keys_ref.get(), &text);
  vm.leave_repr(self);
  if (!ok) return Value();
  std::string body = "{" + text.substr(1, text.size() - 2) + "}";
  if (type != &set_type) body = std::string(type->name) + "(" + body + ")";
  return Value::from_object(str_from_utf8(body));
}

int64_t set_length(VM&, Value self) { return as_set_object(self)->used; }

int set_contains_slot(VM& vm, Value self, Value key) { return set_contains_key(vm, as_set_object(self), key); }

bool frozenset_hash(VM&, Value self, int64_t* out) {
  SetObject* so = as_set_object(self);
  if (so->hash == -1) so->hash = frozenset_hash_impl(so);
  *out = so->hash;
  return true;
}

struct SetIteratorObject : Object {
  SetObject* set = nullptr;  // null once exhausted
  int64_t used = 0;
  int64_t pos = 0;
  int64_t remaining = 0;
};

Value set_iter(VM&, Value self) {
  SetObject* so = as_set_object(self);
  auto* it = alloc<SetIteratorObject>(&set_iterator_type);
  incref(so);
  it->set = so;
  it->used = so->used;
  it->remaining = so->used;
  return Value::from_object(it);
}

void set_iterator_dealloc(Object* self) {
  auto* it = static_cast<SetIteratorObject*>(self);
  if (it->set) decref(it->set);
  free_object(self);
}

void set_iterator_traverse(Object* self, VisitFn visit, void* context) {
  auto* it = static_cast<SetIteratorObject*>(self);
  if (it->set) visit(Value::from_object(it->set), context);
}

Value set_iterator_self(VM&, Value self) {
  incref(self);
  return self;
}

Value set_iterator_next(VM& vm, Value self) {
  auto* it = static_cast<SetIteratorObject*>(self.as_object());
  SetObject* so = it->set;
  if (so == nullptr) return Value();
  if (it->used != so->used) {
    vm.raise(&exc_RuntimeError, "Set changed size during iteration");
    it->used = -1;
    return Value();
  }
  int64_t i = it->pos;
  while (i <= so->mask && !is_active(so->table[i])) ++i;
  it->pos = i + 1;
  if (i > so->mask) {
    it->set = nullptr;
    decref(so);
    return Value();
  }
  --it->remaining;
  Value key = so->table[i].key;
  incref(key);
  return key;
}

Value set_iterator_length_hint(VM&, Value self, CallArgs) {
  auto* it = static_cast<SetIteratorObject*>(self.as_object());
  int64_t n = it->set != nullptr && it->used == it->set->used ? it->remaining : 0;
  return make_int(n);
}

const MethodDef kSetIteratorMethods[] = {
    {"__length_hint__", set_iterator_length_hint, ArgShape::kNoArgs, 0, 0,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr},
};

bool no_keywords(VM& vm, CallArgs args, const char* name) {
  if (args.nkw() == 0) return true;
  vm.raise(&exc_TypeError, std::string(name) + "() takes no keyword arguments");
  return false;
}

bool at_most_one(VM& vm, CallArgs args, const char* name) {
  if (args.nargs <= 1) return true;
  vm.raise(&exc_TypeError, std::string(name) + " expected at most 1 argument, got " + std::to_string(args.nargs));
  return false;
}

Value set_new_slot(VM& vm, TypeObject* type, CallArgs args) {
  if (type == &set_type && !no_keywords(vm, args, "set")) return Value();
  return Value::from_object(set_alloc(type));
}

bool set_init(VM& vm, Value self, CallArgs args) {
  SetObject* so = as_set_object(self);
  if (!no_keywords(vm, args, "set") || !at_most_one(vm, args, type_of(self)->name)) return false;
  if (so->fill) set_clear_internal(so);
  so->hash = -1;
  if (args.nargs == 0) return true;
  return set_update_internal(vm, so, args.args[0]);
}

Value frozenset_new_slot(VM& vm, TypeObject* type, CallArgs args) {
  if (type == &frozenset_type && !no_keywords(vm, args, "frozenset")) return Value();
  if (!at_most_one(vm, args, type->name)) return Value();
  Value iterable = args.nargs > 0 ? args.args[0] : Value();
  if (type == &frozenset_type && !iterable.is_null() && type_of(iterable) == &frozenset_type) {
    incref(iterable);  // frozenset(f) is f
    return iterable;
  }
  return set_new_of_type(vm, type, iterable);
}

}  // namespace

// From set_methods.cpp.
void init_set_methods(TypeObject& set, TypeObject& frozenset);

void init_set_types() {
  TypeObject* types[] = {&set_type, &frozenset_type};
  for (TypeObject* tp : types) {
    TypeObject& t = *tp;
    t.type_flags = kTypeBaseType | kTypeGc | kTypeImmutable;
    t.basic_size = sizeof(SetObject);
    t.dealloc = set_dealloc;
    t.traverse = set_traverse;
    t.clear = set_clear_slot;
    t.repr = set_repr;
    t.length = set_length;
    t.contains = set_contains_slot;
    t.iter = set_iter;
  }
  set_type.name = "set";
  set_type.new_instance = set_new_slot;
  set_type.init = set_init;
  set_type.doc = "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.";
  frozenset_type.name = "frozenset";
  frozenset_type.new_instance = frozenset_new_slot;
  frozenset_type.hash = frozenset_hash;
  frozenset_type.doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.";
  init_set_methods(set_type, frozenset_type);

  TypeObject& it = set_iterator_type;
  it.name = "set_iterator";
  it.type_flags = kTypeGc | kTypeImmutable;
  it.basic_size = sizeof(SetIteratorObject);
  it.dealloc = set_iterator_dealloc;
  it.traverse = set_iterator_traverse;
  it.iter = set_iterator_self;
  it.iternext = set_iterator_next;
  it.methods = kSetIteratorMethods;
}

}  // namespace glasspy::objects
