// The methods and operators of set and frozenset (object model): union, intersection,
// difference, symmetric difference (new and in place), subset tests, comparisons, add /
// remove / discard / pop, each following CPython 3.11's steps so results iterate in the
// same order. The table itself: set_object.cpp.
#include <string>

#include "objects/dict_object.h"
#include "objects/dict_views.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/ops.h"
#include "objects/set_internal.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

namespace {

SetObject* S(Value v) { return as_set_object(v); }
Value V(SetObject* so) { return Value::from_object(so); }

Value set_copy_value(VM& vm, Value self) { return set_new_basetype(vm, type_of(self), self); }

// so & other as a new set of so's base type.
Value intersection(VM& vm, Value self, Value other) {
  if (self.is(other)) return set_copy_value(vm, self);
  SetObject* so = S(self);
  Ref result = Ref::steal(set_new_basetype(vm, type_of(self), Value()));
  SetObject* r = S(result.get());
  if (is_any_set(other)) {
    SetObject* a = so;
    SetObject* b = S(other);
    if (b->used > a->used) std::swap(a, b);
    int64_t pos = 0;
    SetEntry* e;
    while (set_next(b, &pos, &e)) {
      Ref key = Ref::borrow(e->key);
      int64_t h = e->hash;
      int rv = set_contains_entry(vm, a, key.get(), h);
      if (rv < 0) return Value();
      if (rv && set_add_entry(vm, r, key.get(), h) < 0) return Value();
    }
    return result.release();
  }
  Ref it = Ref::steal(iter(vm, other));
  if (!it) return Value();
  for (;;) {
    Ref key = Ref::steal(next(vm, it.get()));
    if (!key) break;
    int64_t h;
    if (!set_key_hash(vm, key.get(), &h)) return Value();
    int rv = set_contains_entry(vm, so, key.get(), h);
    if (rv < 0) return Value();
    if (rv && set_add_entry(vm, r, key.get(), h) < 0) return Value();
  }
  if (vm.has_error()) return Value();
  return result.release();
}

bool intersection_update(VM& vm, Value self, Value other) {
  Ref tmp = Ref::steal(intersection(vm, self, other));
  if (!tmp) return false;
  set_swap_bodies(S(self), S(tmp.get()));
  return true;
}

bool difference_update(VM& vm, SetObject* so, Value other) {
  if (V(so).is(other)) {
    set_clear_internal(so);
    return true;
  }
  if (is_any_set(other)) {
    Ref keep;
    if ((S(other)->used >> 3) > so->used) {
      keep = Ref::steal(intersection(vm, V(so), other));
      if (!keep) return false;
    } else {
      keep = Ref::borrow(other);
    }
    int64_t pos = 0;
    SetEntry* e;
    while (set_next(S(keep.get()), &pos, &e)) {
      Ref key = Ref::borrow(e->key);
      if (set_discard_entry(vm, so, key.get(), e->hash) < 0) return false;
    }
  } else {
    Ref it = Ref::steal(iter(vm, other));
    if (!it) return false;
    for (;;) {
      Ref key = Ref::steal(next(vm, it.get()));
      if (!key) break;
      if (set_discard_key(vm, so, key.get()) < 0) return false;
    }
    if (vm.has_error()) return false;
  }
  // More than a quarter dummies: rebuild the table.
  if (static_cast<uint64_t>(so->fill - so->used) <= static_cast<uint64_t>(so->mask) / 4) return true;
  set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
  return true;
}

Value copy_and_difference(VM& vm, Value self, Value other) {
  Ref result = Ref::steal(set_copy_value(vm, self));
  if (!result) return Value();
  if (!difference_update(vm, S(result.get()), other)) return Value();
  return result.release();
}

Value difference(VM& vm, Value self, Value other) {
  SetObject* so = S(self);
  int64_t other_size;
  if (is_any_set(other)) other_size = S(other)->used;
  else if (is_exact_dict(other)) other_size = as_dict(other)->used;
  else return copy_and_difference(vm, self, other);
  if ((so->used >> 2) > other_size) return copy_and_difference(vm, self, other);
  Ref result = Ref::steal(set_new_basetype(vm, type_of(self), Value()));
  SetObject* r = S(result.get());
  int64_t pos = 0;
  SetEntry* e;
  while (set_next(so, &pos, &e)) {
    Ref key = Ref::borrow(e->key);
    int64_t h = e->hash;
    int rv;
    if (is_exact_dict(other)) {
      bool error;
      Value found = dict_get_hashed(vm, as_dict(other), key.get(), h, &error);
      rv = error ? -1 : !found.is_null();
    } else {
      rv = set_contains_entry(vm, S(other), key.get(), h);
    }
    if (rv < 0) return Value();
    if (!rv && set_add_entry(vm, r, key.get(), h) < 0) return Value();
  }
  return result.release();
}

bool symmetric_difference_update_set(VM& vm, SetObject* so, SetObject* other) {
  int64_t pos = 0;
  SetEntry* e;
  while (set_next(other, &pos, &e)) {
    Ref key = Ref::borrow(e->key);
    int64_t h = e->hash;
    int rv = set_discard_entry(vm, so, key.get(), h);
    if (rv < 0) return false;
    if (rv == 0 && set_add_entry(vm, so, key.get(), h) < 0) return false;
  }
  return true;
}

bool symmetric_difference_update(VM& vm, Value self, Value other) {
  SetObject* so = S(self);
  if (self.is(other)) {
    set_clear_internal(so);
    return true;
  }
  if (is_exact_dict(other)) {
    DictObject* d = as_dict(other);
    int64_t pos = 0;
    Value k;
    while (dict_next(d, &pos, &k, nullptr)) {
      Ref key = Ref::borrow(k);
      int64_t h = dict_hash_before(d, pos);
      int rv = set_discard_entry(vm, so, key.get(), h);
      if (rv < 0) return false;
      if (rv == 0 && set_add_entry(vm, so, key.get(), h) < 0) return false;
    }
    return true;
  }
  Ref otherset;
  if (is_any_set(other)) {
    otherset = Ref::borrow(other);
  } else {
    otherset = Ref::steal(set_new_basetype(vm, type_of(self), other));
    if (!otherset) return false;
  }
  return symmetric_difference_update_set(vm, so, S(otherset.get()));
}

Value symmetric_difference(VM& vm, Value self, Value other) {
  Ref result = Ref::steal(set_new_basetype(vm, type_of(self), other));
  if (!result) return Value();
  if (!symmetric_difference_update(vm, result.get(), self)) return Value();
  return result.release();
}

// 1 if every item of so is in other (a set), 0 if not, -1 on error.
int issubset_sets(VM& vm, SetObject* so, SetObject* other) {
  if (so->used > other->used) return 0;
  int64_t pos = 0;
  SetEntry* e;
  while (set_next(so, &pos, &e)) {
    Ref key = Ref::borrow(e->key);
    int rv = set_contains_entry(vm, other, key.get(), e->hash);
    if (rv <= 0) return rv;
  }
  return 1;
}

int issubset(VM& vm, Value self, Value other) {
  if (is_any_set(other)) return issubset_sets(vm, S(self), S(other));
  Ref tmp = Ref::steal(set_new_of_type(vm, &set_type, other));
  if (!tmp) return -1;
  return issubset_sets(vm, S(self), S(tmp.get()));
}

int issuperset(VM& vm, Value self, Value other) {
  if (is_any_set(other)) return issubset_sets(vm, S(other), S(self));
  Ref tmp = Ref::steal(set_new_of_type(vm, &set_type, other));
  if (!tmp) return -1;
  return issubset_sets(vm, S(tmp.get()), S(self));
}

Value bool_result(int r) { return r < 0 ? Value() : boolean(r != 0); }

// ---- operators ----

Value set_or(VM& vm, Value a, Value b) {
  if (!is_any_set(a) || !is_any_set(b)) return not_implemented();
  Ref result = Ref::steal(set_copy_value(vm, a));
  if (!result) return Value();
  if (!a.is(b) && !set_merge(vm, S(result.get()), S(b))) return Value();
  return result.release();
}
Value set_and(VM& vm, Value a, Value b) {
  if (!is_any_set(a) || !is_any_set(b)) return not_implemented();
  return intersection(vm, a, b);
}
Value set_sub(VM& vm, Value a, Value b) {
  if (!is_any_set(a) || !is_any_set(b)) return not_implemented();
  return difference(vm, a, b);
}
Value set_xor(VM& vm, Value a, Value b) {
  if (!is_any_set(a) || !is_any_set(b)) return not_implemented();
  return symmetric_difference(vm, a, b);
}
Value self_result(Value a, bool ok) {
  if (!ok) return Value();
  incref(a);
  return a;
}
Value set_ior(VM& vm, Value a, Value b) {
  if (!is_set(a) || !is_any_set(b)) return not_implemented();
  return self_result(a, set_update_internal(vm, S(a), b));
}
Value set_iand(VM& vm, Value a, Value b) {
  if (!is_set(a) || !is_any_set(b)) return not_implemented();
  return self_result(a, intersection_update(vm, a, b));
}
Value set_isub(VM& vm, Value a, Value b) {
  if (!is_set(a) || !is_any_set(b)) return not_implemented();
  return self_result(a, difference_update(vm, S(a), b));
}
Value set_ixor(VM& vm, Value a, Value b) {
  if (!is_set(a) || !is_any_set(b)) return not_implemented();
  return self_result(a, symmetric_difference_update(vm, a, b));
}

Value set_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_any_set(a) || !is_any_set(b)) return not_implemented();
  SetObject* v = S(a);
  SetObject* w = S(b);
  switch (op) {
    case CompareOp::kEq:
    case CompareOp::kNe: {
      int r;
      if (v->used != w->used) r = 0;
      else if (v->hash != -1 && w->hash != -1 && v->hash != w->hash) r = 0;
      else r = issubset_sets(vm, v, w);
      if (r < 0) return Value();
      return boolean((r != 0) == (op == CompareOp::kEq));
    }
    case CompareOp::kLe: return bool_result(issubset_sets(vm, v, w));
    case CompareOp::kGe: return bool_result(issubset_sets(vm, w, v));
    case CompareOp::kLt:
      if (v->used >= w->used) return boolean(false);
      return bool_result(issubset_sets(vm, v, w));
    case CompareOp::kGt:
      if (v->used <= w->used) return boolean(false);
      return bool_result(issubset_sets(vm, w, v));
  }
  return not_implemented();
}

// ---- methods ----

Value m_add(VM& vm, Value self, CallArgs args) {
  if (set_add_key(vm, S(self), args.args[0]) < 0) return Value();
  return none();
}

Value m_clear(VM&, Value self, CallArgs) {
  set_clear_internal(S(self));
  return none();
}

Value m_copy(VM& vm, Value self, CallArgs) { return set_copy_value(vm, self); }

Value m_frozenset_copy(VM& vm, Value self, CallArgs) {
  if (type_of(self) == &frozenset_type) {
    incref(self);
    return self;
  }
  return set_copy_value(vm, self);
}

Value m_contains(VM& vm, Value self, CallArgs args) {
  return bool_result(set_contains_key(vm, S(self), args.args[0]));
}

Value m_discard(VM& vm, Value self, CallArgs args) {
  if (set_discard_key(vm, S(self), args.args[0]) < 0) return Value();
  return none();
}

Value m_remove(VM& vm, Value self, CallArgs args) {
  int rv = set_discard_key(vm, S(self), args.args[0]);
  if (rv < 0) return Value();
  if (rv == 0) return raise_key_error(vm, args.args[0]);
  return none();
}

Value m_pop(VM& vm, Value self, CallArgs) {
  SetObject* so = S(self);
  if (so->used == 0) return vm.raise(&exc_KeyError, "pop from an empty set");
  SetEntry* entry = so->table + (so->finger & so->mask);
  SetEntry* limit = so->table + so->mask;
  while (!is_active(*entry)) {
    ++entry;
    if (entry > limit) entry = so->table;
  }
  Value key = entry->key;
  entry->key = set_dummy();
  entry->hash = -1;
  --so->used;
  so->finger = entry - so->table + 1;
  return key;
}

Value m_union(VM& vm, Value self, CallArgs args) {
  Ref result = Ref::steal(set_copy_value(vm, self));
  if (!result) return Value();
  for (size_t i = 0; i < args.nargs; ++i) {
    if (args.args[i].is(self)) continue;
    if (!set_update_internal(vm, S(result.get()), args.args[i])) return Value();
  }
  return result.release();
}

Value m_update(VM& vm, Value self, CallArgs args) {
  for (size_t i = 0; i < args.nargs; ++i)
    if (!set_update_internal(vm, S(self), args.args[i])) return Value();
  return none();
}

Value intersection_multi(VM& vm, Value self, CallArgs args) {
  if (args.nargs == 0) return set_copy_value(vm, self);
  Ref result = Ref::borrow(self);
  for (size_t i = 0; i < args.nargs; ++i) {
    Value r = intersection(vm, result.get(), args.args[i]);
    if (r.is_null()) return Value();
    result = Ref::steal(r);
  }
  return result.release();
}

Value m_intersection(VM& vm, Value self, CallArgs args) { return intersection_multi(vm, self, args); }

Value m_intersection_update(VM& vm, Value self, CallArgs args) {
  Ref tmp = Ref::steal(intersection_multi(vm, self, args));
  if (!tmp) return Value();
  set_swap_bodies(S(self), S(tmp.get()));
  return none();
}

Value m_difference(VM& vm, Value self, CallArgs args) {
  if (args.nargs == 0) return set_copy_value(vm, self);
  Ref result = Ref::steal(difference(vm, self, args.args[0]));
  if (!result) return Value();
  for (size_t i = 1; i < args.nargs; ++i)
    if (!difference_update(vm, S(result.get()), args.args[i])) return Value();
  return result.release();
}

Value m_difference_update(VM& vm, Value self, CallArgs args) {
  for (size_t i = 0; i < args.nargs; ++i)
    if (!difference_update(vm, S(self), args.args[i])) return Value();
  return none();
}

Value m_symmetric_difference(VM& vm, Value self, CallArgs args) {
  return symmetric_difference(vm, self, args.args[0]);
}

Value m_symmetric_difference_update(VM& vm, Value self, CallArgs args) {
  if (!symmetric_difference_update(vm, self, args.args[0])) return Value();
  return none();
}

Value m_issubset(VM& vm, Value self, CallArgs args) { return bool_result(issubset(vm, self, args.args[0])); }
Value m_issuperset(VM& vm, Value self, CallArgs args) { return bool_result(issuperset(vm, self, args.args[0])); }

Value m_isdisjoint(VM& vm, Value self, CallArgs args) {
  Value other = args.args[0];
  SetObject* so = S(self);
  if (self.is(other)) return boolean(so->used == 0);
  if (is_any_set(other)) {
    SetObject* a = so;
    SetObject* b = S(other);
    if (b->used > a->used) std::swap(a, b);
    int64_t pos = 0;
    SetEntry* e;
    while (set_next(b, &pos, &e)) {
      Ref key = Ref::borrow(e->key);
      int rv = set_contains_entry(vm, a, key.get(), e->hash);
      if (rv < 0) return Value();
      if (rv) return boolean(false);
    }
    return boolean(true);
  }
  Ref it = Ref::steal(iter(vm, other));
  if (!it) return Value();
  for (;;) {
    Ref key = Ref::steal(next(vm, it.get()));
    if (!key) break;
    int rv = set_contains_key(vm, so, key.get());
    if (rv < 0) return Value();
    if (rv) return boolean(false);
  }
  if (vm.has_error()) return Value();
  return boolean(true);
}

Value m_sizeof(VM&, Value self, CallArgs) {
  SetObject* so = S(self);
  int64_t size = 200;
  if (so->table != so->smalltable) size += (so->mask + 1) * 16;
  return make_int(size);
}

#define GP_DOC_CONTAINS "x.__contains__(y) <==> y in x."
const MethodDef kSetMethods[] = {
    {"add", m_add, ArgShape::kOneArg, 1, 1, "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"clear", m_clear, ArgShape::kNoArgs, 0, 0, "Remove all elements from this set."},
    {"__contains__", m_contains, ArgShape::kOneArg, 1, 1, GP_DOC_CONTAINS},
    {"copy", m_copy, ArgShape::kNoArgs, 0, 0, "Return a shallow copy of a set."},
    {"discard", m_discard, ArgShape::kOneArg, 1, 1, "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set."},
    {"difference", m_difference, ArgShape::kPositional, 0, -1, "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)"},
    {"difference_update", m_difference_update, ArgShape::kPositional, 0, -1, "Remove all elements of another set from this set."},
    {"intersection", m_intersection, ArgShape::kPositional, 0, -1, "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)"},
    {"intersection_update", m_intersection_update, ArgShape::kPositional, 0, -1, "Update a set with the intersection of itself and another."},
    {"isdisjoint", m_isdisjoint, ArgShape::kOneArg, 1, 1, "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, ArgShape::kOneArg, 1, 1, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, ArgShape::kOneArg, 1, 1, "Report whether this set contains another set."},
    {"pop", m_pop, ArgShape::kNoArgs, 0, 0, "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."},
    {"remove", m_remove, ArgShape::kOneArg, 1, 1, "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError."},
    {"__sizeof__", m_sizeof, ArgShape::kNoArgs, 0, 0, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"symmetric_difference", m_symmetric_difference, ArgShape::kOneArg, 1, 1, "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)"},
    {"symmetric_difference_update", m_symmetric_difference_update, ArgShape::kOneArg, 1, 1, "Update a set with the symmetric difference of itself and another."},
    {"union", m_union, ArgShape::kPositional, 0, -1, "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)"},
    {"update", m_update, ArgShape::kPositional, 0, -1, "Update a set with the union of itself and others."},
    {nullptr, nullptr},
};

const MethodDef kFrozensetMethods[] = {
    {"__contains__", m_contains, ArgShape::kOneArg, 1, 1, GP_DOC_CONTAINS},
    {"copy", m_frozenset_copy, ArgShape::kNoArgs, 0, 0, "Return a shallow copy of a set."},
    {"difference", m_difference, ArgShape::kPositional, 0, -1, "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)"},
    {"intersection", m_intersection, ArgShape::kPositional, 0, -1, "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)"},
    {"isdisjoint", m_isdisjoint, ArgShape::kOneArg, 1, 1, "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, ArgShape::kOneArg, 1, 1, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, ArgShape::kOneArg, 1, 1, "Report whether this set contains another set."},
    {"__sizeof__", m_sizeof, ArgShape::kNoArgs, 0, 0, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"symmetric_difference", m_symmetric_difference, ArgShape::kOneArg, 1, 1, "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)"},
    {"union", m_union, ArgShape::kPositional, 0, -1, "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)"},
    {nullptr, nullptr},
};
#undef GP_DOC_CONTAINS

}  // namespace

// For dict views: the public forms (set_object.h).
bool set_update_op(VM& vm, Value set, Value iterable, BinaryOp op) {
  switch (op) {
    case BinaryOp::kOr: return set_update_internal(vm, S(set), iterable);
    case BinaryOp::kAnd: return intersection_update(vm, set, iterable);
    case BinaryOp::kSubtract: return difference_update(vm, S(set), iterable);
    case BinaryOp::kXor: return symmetric_difference_update(vm, set, iterable);
    default: return true;
  }
}

Value set_intersection(VM& vm, Value set, Value other) { return intersection(vm, set, other); }

void init_set_methods(TypeObject& set, TypeObject& frozenset) {
  for (TypeObject* t : {&set, &frozenset}) {
    t->richcompare = set_richcompare;
    t->binary[static_cast<int>(BinaryOp::kOr)] = set_or;
    t->binary[static_cast<int>(BinaryOp::kAnd)] = set_and;
    t->binary[static_cast<int>(BinaryOp::kSubtract)] = set_sub;
    t->binary[static_cast<int>(BinaryOp::kXor)] = set_xor;
  }
  set.inplace[static_cast<int>(BinaryOp::kOr)] = set_ior;
  set.inplace[static_cast<int>(BinaryOp::kAnd)] = set_iand;
  set.inplace[static_cast<int>(BinaryOp::kSubtract)] = set_isub;
  set.inplace[static_cast<int>(BinaryOp::kXor)] = set_ixor;
  set.methods = kSetMethods;
  frozenset.methods = kFrozensetMethods;
}

}  // namespace glasspy::objects
