// The dict views and iterators (object model): dict_keys / dict_values / dict_items with
// their set operations, and the six iterator types (forward and reversed over keys,
// values, items) with CPython's "changed size during iteration" checks.
#include "objects/dict_views.h"

#include <string>

#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/mappingproxy_object.h"
#include "objects/ops.h"
#include "objects/set_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject dict_keys_type;
TypeObject dict_values_type;
TypeObject dict_items_type;
TypeObject dict_keyiterator_type;
TypeObject dict_valueiterator_type;
TypeObject dict_itemiterator_type;
TypeObject dict_reversekeyiterator_type;
TypeObject dict_reversevalueiterator_type;
TypeObject dict_reverseitemiterator_type;

namespace {

TypeObject* iterator_type(DictIterKind kind, bool reversed) {
  switch (kind) {
    case DictIterKind::kKeys: return reversed ? &dict_reversekeyiterator_type : &dict_keyiterator_type;
    case DictIterKind::kValues: return reversed ? &dict_reversevalueiterator_type : &dict_valueiterator_type;
    default: return reversed ? &dict_reverseitemiterator_type : &dict_itemiterator_type;
  }
}

DictIteratorObject* as_iter(Value v) { return static_cast<DictIteratorObject*>(v.as_object()); }
DictViewObject* as_view(Value v) { return static_cast<DictViewObject*>(v.as_object()); }

void iter_dealloc(Object* self) {
  DictIteratorObject* it = static_cast<DictIteratorObject*>(self);
  if (it->dict) decref(it->dict);
  if (it->result) decref(it->result);
  free_object(self);
}

void iter_traverse(Object* self, VisitFn visit, void* context) {
  DictIteratorObject* it = static_cast<DictIteratorObject*>(self);
  if (it->dict) visit(Value::from_object(it->dict), context);
  if (it->result) visit(Value::from_object(it->result), context);
}

Value iter_self(VM&, Value self) {
  incref(self);
  return self;
}

void finish(DictIteratorObject* it) {
  DictObject* d = it->dict;
  it->dict = nullptr;
  decref(d);
}

// The next live entry of a forward iterator, or null (error pending if any).
const DictEntry* forward_entry(VM& vm, DictIteratorObject* it) {
  DictObject* d = it->dict;
  if (d == nullptr) return nullptr;
  if (it->used != d->used) {
    vm.raise(&exc_RuntimeError, "dictionary changed size during iteration");
    it->used = -1;  // sticky
    return nullptr;
  }
  int64_t i = it->pos;
  while (i < d->entries_used && d->entries[i].key.is_null()) ++i;
  if (i >= d->entries_used) {
    finish(it);
    return nullptr;
  }
  if (it->remaining == 0) {
    vm.raise(&exc_RuntimeError, "dictionary keys changed during iteration");
    finish(it);
    return nullptr;
  }
  it->pos = i + 1;
  --it->remaining;
  return &d->entries[i];
}

const DictEntry* reverse_entry(VM& vm, DictIteratorObject* it) {
  DictObject* d = it->dict;
  if (d == nullptr) return nullptr;
  if (it->used != d->used) {
    vm.raise(&exc_RuntimeError, "dictionary changed size during iteration");
    it->used = -1;
    return nullptr;
  }
  int64_t i = it->pos - 1;
  if (i >= d->entries_used) i = d->entries_used - 1;
  while (i >= 0 && d->entries[i].key.is_null()) --i;
  if (i < 0) {
    finish(it);
    return nullptr;
  }
  it->pos = i;
  --it->remaining;
  return &d->entries[i];
}

Value make_item(DictIteratorObject* it, const DictEntry* e) {
  incref(e->key);
  incref(e->value);
  TupleObject* t = it->result;
  if (t != nullptr && t->refcount == 1) {
    // Nobody kept the last pair: refill it rather than allocate.
    Value old_key = t->items()[0], old_value = t->items()[1];
    t->items()[0] = e->key;
    t->items()[1] = e->value;
    decref(old_key);
    decref(old_value);
    incref(t);
    return Value::from_object(t);
  }
  t = tuple_alloc(2);
  t->items()[0] = e->key;
  t->items()[1] = e->value;
  if (it->result) decref(it->result);
  incref(t);
  it->result = t;
  return Value::from_object(t);
}

Value next_key(VM& vm, Value self) {
  const DictEntry* e = forward_entry(vm, as_iter(self));
  if (e == nullptr) return Value();
  incref(e->key);
  return e->key;
}
Value next_value(VM& vm, Value self) {
  const DictEntry* e = forward_entry(vm, as_iter(self));
  if (e == nullptr) return Value();
  incref(e->value);
  return e->value;
}
Value next_item(VM& vm, Value self) {
  const DictEntry* e = forward_entry(vm, as_iter(self));
  return e == nullptr ? Value() : make_item(as_iter(self), e);
}
Value next_reverse_key(VM& vm, Value self) {
  const DictEntry* e = reverse_entry(vm, as_iter(self));
  if (e == nullptr) return Value();
  incref(e->key);
  return e->key;
}
Value next_reverse_value(VM& vm, Value self) {
  const DictEntry* e = reverse_entry(vm, as_iter(self));
  if (e == nullptr) return Value();
  incref(e->value);
  return e->value;
}
Value next_reverse_item(VM& vm, Value self) {
  const DictEntry* e = reverse_entry(vm, as_iter(self));
  return e == nullptr ? Value() : make_item(as_iter(self), e);
}

Value iter_length_hint(VM&, Value self, CallArgs) {
  DictIteratorObject* it = as_iter(self);
  int64_t n = it->dict != nullptr && it->used == it->dict->used ? it->remaining : 0;
  return make_int(n);
}

const MethodDef kIterMethods[] = {
    {"__length_hint__", iter_length_hint, ArgShape::kNoArgs, 0, 0,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr},
};

// ---- views ----

void view_dealloc(Object* self) {
  decref(static_cast<DictViewObject*>(self)->dict);
  free_object(self);
}

void view_traverse(Object* self, VisitFn visit, void* context) {
  visit(Value::from_object(static_cast<DictViewObject*>(self)->dict), context);
}

DictIterKind view_kind(Value v) {
  TypeObject* t = type_of(v);
  if (t == &dict_keys_type) return DictIterKind::kKeys;
  if (t == &dict_values_type) return DictIterKind::kValues;
  return DictIterKind::kItems;
}

int64_t view_length(VM&, Value self) { return as_view(self)->dict->used; }

Value view_iter(VM&, Value self) { return dict_iterator_new(as_view(self)->dict, view_kind(self), false); }

Value view_reversed(VM&, Value self, CallArgs) {
  return dict_iterator_new(as_view(self)->dict, view_kind(self), true);
}

Value view_repr(VM& vm, Value self) {
  if (!vm.enter_repr(self)) return Value::from_object(str_from_ascii("..."));
  Ref it = Ref::steal(view_iter(vm, self));
  ListObject* items = list_new();
  Ref list = Ref::steal(Value::from_object(items));
  for (;;) {
    Value v = next(vm, it.get());
    if (v.is_null()) break;
    list_append_owned(items, v);
  }
  std::string text;
  bool ok = !vm.has_error() && repr_utf8(vm, list.get(), &text);
  vm.leave_repr(self);
  if (!ok) return Value();
  return Value::from_object(str_from_utf8(std::string(type_of(self)->name) + "(" + text + ")"));
}

int keys_contains(VM& vm, Value self, Value key) {
  bool error;
  Value v = dict_get(vm, as_view(self)->dict, key, &error);
  if (error) return -1;
  return v.is_null() ? 0 : 1;
}

int items_contains(VM& vm, Value self, Value item) {
  if (!is_tuple(item) || as_tuple(item)->size != 2) return 0;
  TupleObject* t = as_tuple(item);
  bool error;
  Value found = dict_get(vm, as_view(self)->dict, t->items()[0], &error);
  if (found.is_null()) return error ? -1 : 0;
  Ref keep = Ref::borrow(found);
  return eq(vm, found, t->items()[1]);
}

bool is_set_like_view(Value v) { return is_dict_keys_view(v) || is_dict_items_view(v); }

// Every item of `a` is in `b` (both set-like).
int all_contained_in(VM& vm, Value a, Value b) {
  Ref it = Ref::steal(iter(vm, a));
  if (!it) return -1;
  for (;;) {
    Ref v = Ref::steal(next(vm, it.get()));
    if (!v) return vm.has_error() ? -1 : 1;
    int r = contains(vm, b, v.get());
    if (r <= 0) return r;
  }
}

Value view_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_set_like_view(a) || !(is_any_set(b) || is_set_like_view(b))) return not_implemented();
  int64_t la = length(vm, a), lb = length(vm, b);
  if (la < 0 || lb < 0) return Value();
  int r = 0;
  switch (op) {
    case CompareOp::kEq:
    case CompareOp::kNe:
      r = la == lb ? all_contained_in(vm, a, b) : 0;
      if (r >= 0 && op == CompareOp::kNe) r = !r;
      break;
    case CompareOp::kLt: r = la < lb ? all_contained_in(vm, a, b) : 0; break;
    case CompareOp::kLe: r = la <= lb ? all_contained_in(vm, a, b) : 0; break;
    case CompareOp::kGt: r = la > lb ? all_contained_in(vm, b, a) : 0; break;
    case CompareOp::kGe: r = la >= lb ? all_contained_in(vm, b, a) : 0; break;
  }
  if (r < 0) return Value();
  return boolean(r != 0);
}

// set(view) (from the dict itself for keys views: the stored hashes are reused).
Value view_to_set(VM& vm, Value v) {
  if (is_dict_keys_view(v) && is_exact_dict(Value::from_object(as_view(v)->dict)))
    return make_set_from_iterable(vm, Value::from_object(as_view(v)->dict));
  return make_set_from_iterable(vm, v);
}

Value view_set_op(VM& vm, Value a, Value b, BinaryOp op) {
  Ref result = Ref::steal(view_to_set(vm, a));
  if (!result) return Value();
  if (!set_update_op(vm, result.get(), b, op)) return Value();
  return result.release();
}

Value view_sub(VM& vm, Value a, Value b) {
  if (!is_set_like_view(a) && !is_set_like_view(b)) return not_implemented();
  return view_set_op(vm, a, b, BinaryOp::kSubtract);
}
Value view_or(VM& vm, Value a, Value b) {
  if (!is_set_like_view(a) && !is_set_like_view(b)) return not_implemented();
  return view_set_op(vm, a, b, BinaryOp::kOr);
}

// items ^ items, as CPython: pairs of the second dict that differ, then the first's rest.
Value items_xor(VM& vm, DictObject* d1, DictObject* d2) {
  Ref temp = Ref::steal(Value::from_object(dict_copy(d1)));
  DictObject* tmp = as_dict(temp.get());
  Ref result = Ref::steal(make_set(vm, nullptr, 0));
  int64_t pos = 0;
  Value key, v2;
  while (dict_next(d2, &pos, &key, &v2)) {
    Ref k = Ref::borrow(key);
    Ref val2 = Ref::borrow(v2);
    int64_t h = dict_hash_before(d2, pos);
    bool error;
    Value v1 = dict_get_hashed(vm, tmp, key, h, &error);
    if (error) return Value();
    int same = 0;
    if (!v1.is_null()) {
      Ref val1 = Ref::borrow(v1);
      same = eq(vm, val1.get(), val2.get());
      if (same < 0) return Value();
    }
    if (same) {
      Value unused;
      int r = dict_pop(vm, tmp, key, &unused);
      if (r < 0) return Value();
      if (r > 0) decref(unused);
    } else {
      Ref pair = Ref::steal(Value::from_object(tuple_of({key, val2.get()})));
      if (!set_add(vm, result.get(), pair.get())) return Value();
    }
  }
  pos = 0;
  Value v1;
  while (dict_next(tmp, &pos, &key, &v1)) {
    Ref pair = Ref::steal(Value::from_object(tuple_of({key, v1})));
    if (!set_add(vm, result.get(), pair.get())) return Value();
  }
  return result.release();
}

Value view_xor(VM& vm, Value a, Value b) {
  if (!is_set_like_view(a) && !is_set_like_view(b)) return not_implemented();
  if (is_dict_items_view(a) && is_dict_items_view(b)) return items_xor(vm, as_view(a)->dict, as_view(b)->dict);
  return view_set_op(vm, a, b, BinaryOp::kXor);
}

Value view_and(VM& vm, Value a, Value b) {
  if (!is_set_like_view(a)) {
    if (!is_set_like_view(b)) return not_implemented();
    std::swap(a, b);
  }
  int64_t la = as_view(a)->dict->used;
  if (type_of(b) == &set_type) {
    int64_t lb = length(vm, b);
    if (lb < 0) return Value();
    if (la <= lb) return set_intersection(vm, b, a);
  }
  if (is_set_like_view(b) && as_view(b)->dict->used > la) std::swap(a, b);
  Ref result = Ref::steal(make_set(vm, nullptr, 0));
  Ref it = Ref::steal(iter(vm, b));
  if (!it) return Value();
  bool keys = is_dict_keys_view(a);
  for (;;) {
    Ref v = Ref::steal(next(vm, it.get()));
    if (!v) break;
    int r = keys ? keys_contains(vm, a, v.get()) : items_contains(vm, a, v.get());
    if (r < 0) return Value();
    if (r && !set_add(vm, result.get(), v.get())) return Value();
  }
  if (vm.has_error()) return Value();
  return result.release();
}

Value view_isdisjoint(VM& vm, Value self, CallArgs args) {
  Value other = args.args[0];
  if (other.is(self)) return boolean(as_view(self)->dict->used == 0);
  Value small = self, big = other;
  // Iterate over the shorter of two sized set-likes.
  if (is_any_set(other) || is_set_like_view(other)) {
    int64_t lo = length(vm, other);
    if (lo < 0) return Value();
    if (lo < as_view(self)->dict->used) std::swap(small, big);
  } else {
    small = other;
    big = self;
  }
  Ref it = Ref::steal(iter(vm, small));
  if (!it) return Value();
  for (;;) {
    Ref v = Ref::steal(next(vm, it.get()));
    if (!v) break;
    int r = contains(vm, big, v.get());
    if (r < 0) return Value();
    if (r) return boolean(false);
  }
  if (vm.has_error()) return Value();
  return boolean(true);
}

Value view_mapping(VM&, Value self) { return mappingproxy_new(Value::from_object(as_view(self)->dict)); }

const GetSetDef kViewGetSets[] = {
    {"mapping", view_mapping, nullptr, "dictionary that this view refers to"},
    {nullptr, nullptr},
};

const MethodDef kKeysMethods[] = {
    {"isdisjoint", view_isdisjoint, ArgShape::kOneArg, 1, 1, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", view_reversed, ArgShape::kNoArgs, 0, 0, "Return a reverse iterator over the dict keys."},
    {nullptr, nullptr},
};
const MethodDef kItemsMethods[] = {
    {"isdisjoint", view_isdisjoint, ArgShape::kOneArg, 1, 1, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", view_reversed, ArgShape::kNoArgs, 0, 0, "Return a reverse iterator over the dict items."},
    {nullptr, nullptr},
};
const MethodDef kValuesMethods[] = {
    {"__reversed__", view_reversed, ArgShape::kNoArgs, 0, 0, "Return a reverse iterator over the dict values."},
    {nullptr, nullptr},
};

void init_iter(TypeObject& t, const char* name, UnaryFn next) {
  t.name = name;
  t.type_flags = kTypeGc | kTypeImmutable;
  t.basic_size = sizeof(DictIteratorObject);
  t.dealloc = iter_dealloc;
  t.traverse = iter_traverse;
  t.iter = iter_self;
  t.iternext = next;
  t.methods = kIterMethods;
}

void init_view(TypeObject& t, const char* name, const MethodDef* methods, bool set_like) {
  t.name = name;
  t.type_flags = kTypeGc | kTypeImmutable;
  t.basic_size = sizeof(DictViewObject);
  t.dealloc = view_dealloc;
  t.traverse = view_traverse;
  t.repr = view_repr;
  t.length = view_length;
  t.iter = view_iter;
  t.methods = methods;
  t.getsets = kViewGetSets;
  if (set_like) {
    t.richcompare = view_richcompare;
    t.binary[static_cast<int>(BinaryOp::kSubtract)] = view_sub;
    t.binary[static_cast<int>(BinaryOp::kAnd)] = view_and;
    t.binary[static_cast<int>(BinaryOp::kOr)] = view_or;
    t.binary[static_cast<int>(BinaryOp::kXor)] = view_xor;
  }
}

}  // namespace

Value dict_iterator_new(DictObject* d, DictIterKind kind, bool reversed) {
  auto* it = alloc<DictIteratorObject>(iterator_type(kind, reversed));
  incref(d);
  it->dict = d;
  it->used = d->used;
  it->remaining = d->used;
  it->pos = reversed ? d->entries_used : 0;
  return Value::from_object(it);
}

Value dict_view_new(DictObject* d, DictIterKind kind) {
  TypeObject* t = kind == DictIterKind::kKeys ? &dict_keys_type
                  : kind == DictIterKind::kValues ? &dict_values_type
                                                  : &dict_items_type;
  auto* v = alloc<DictViewObject>(t);
  incref(d);
  v->dict = d;
  return Value::from_object(v);
}

void init_dict_view_types() {
  init_iter(dict_keyiterator_type, "dict_keyiterator", next_key);
  init_iter(dict_valueiterator_type, "dict_valueiterator", next_value);
  init_iter(dict_itemiterator_type, "dict_itemiterator", next_item);
  init_iter(dict_reversekeyiterator_type, "dict_reversekeyiterator", next_reverse_key);
  init_iter(dict_reversevalueiterator_type, "dict_reversevalueiterator", next_reverse_value);
  init_iter(dict_reverseitemiterator_type, "dict_reverseitemiterator", next_reverse_item);
  init_view(dict_keys_type, "dict_keys", kKeysMethods, true);
  dict_keys_type.contains = keys_contains;
  init_view(dict_values_type, "dict_values", kValuesMethods, false);
  init_view(dict_items_type, "dict_items", kItemsMethods, true);
  dict_items_type.contains = items_contains;
}

}  // namespace glasspy::objects
