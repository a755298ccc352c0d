// The tuple type (object model): representation, core operations and the type's slots.
#include "objects/tuple_object.h"

#include <string>

#include "objects/alloc.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/iterators.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject tuple_type;

TupleObject* tuple_alloc(int64_t size, TypeObject* type) {
  if (size == 0 && type == &tuple_type) {
    static TupleObject* empty = [] {
      TupleObject* t = alloc<TupleObject>(&tuple_type, sizeof(TupleObject));
      t->refcount = kImmortalRefcount;
      t->flags |= kImmortal;
      return t;
    }();
    incref(empty);
    return empty;
  }
  TupleObject* t = alloc<TupleObject>(type, sizeof(TupleObject) + size * sizeof(Value));
  t->size = size;
  return t;
}

TupleObject* tuple_from(const Value* items, int64_t n) {
  TupleObject* t = tuple_alloc(n);
  for (int64_t i = 0; i < n; ++i) {
    incref(items[i]);
    t->items()[i] = items[i];
  }
  return t;
}

TupleObject* tuple_of(std::initializer_list<Value> items) {
  return tuple_from(items.begin(), static_cast<int64_t>(items.size()));
}

TupleObject* tuple_slice(TupleObject* t, int64_t start, int64_t stop) {
  if (start == 0 && stop == t->size && t->type == &tuple_type) {
    incref(t);
    return t;
  }
  return tuple_from(t->items() + start, stop - start);
}

namespace {

void tuple_dealloc(Object* self) {
  TupleObject* t = static_cast<TupleObject*>(self);
  for (int64_t i = 0; i < t->size; ++i) decref(t->items()[i]);
  free_object(self);
}

void tuple_traverse(Object* self, VisitFn visit, void* context) {
  TupleObject* t = static_cast<TupleObject*>(self);
  for (int64_t i = 0; i < t->size; ++i) visit(t->items()[i], context);
}

Value tuple_repr(VM& vm, Value self) {
  TupleObject* t = as_tuple(self);
  if (t->size == 0) return Value::from_object(str_from_ascii("()"));
  if (!vm.enter_native(" while getting the repr of an object")) return Value();
  std::string out = "(";
  for (int64_t i = 0; i < t->size; ++i) {
    if (i > 0) out += ", ";
    std::string item;
    if (!repr_utf8(vm, t->items()[i], &item)) {
      vm.leave_native();
      return Value();
    }
    out += item;
  }
  vm.leave_native();
  out += t->size == 1 ? ",)" : ")";
  return Value::from_object(str_from_utf8(out));
}

// CPython 3.11's tuplehash (an xxHash-derived mix of the items' hashes).
bool tuple_hash(VM& vm, Value self, int64_t* out) {
  TupleObject* t = as_tuple(self);
  constexpr uint64_t kPrime1 = 11400714785074694791ULL, kPrime2 = 14029467366897019727ULL,
                     kPrime5 = 2870177450012600261ULL;
  uint64_t acc = kPrime5;
  for (int64_t i = 0; i < t->size; ++i) {
    int64_t lane;
    if (!hash(vm, t->items()[i], &lane)) return false;
    acc += static_cast<uint64_t>(lane) * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += static_cast<uint64_t>(t->size) ^ (kPrime5 ^ 3527539UL);
  *out = acc == static_cast<uint64_t>(-1) ? 1546275796 : static_cast<int64_t>(acc);
  return true;
}

int64_t tuple_length(VM&, Value self) { return as_tuple(self)->size; }

}  // namespace

// The outcome of comparing two sequences whose common prefix is equal.
Value compare_sizes(int64_t an, int64_t bn, CompareOp op) {
  switch (op) {
    case CompareOp::kLt: return boolean(an < bn);
    case CompareOp::kLe: return boolean(an <= bn);
    case CompareOp::kEq: return boolean(an == bn);
    case CompareOp::kNe: return boolean(an != bn);
    case CompareOp::kGt: return boolean(an > bn);
    default: return boolean(an >= bn);
  }
}

// Lexicographic comparison of two item arrays (tuples: they cannot change meanwhile).
Value compare_item_arrays(VM& vm, const Value* a, int64_t an, const Value* b, int64_t bn, CompareOp op) {
  int64_t i = 0;
  for (; i < an && i < bn; ++i) {
    int same = eq(vm, a[i], b[i]);
    if (same < 0) return Value();
    if (!same) break;
  }
  if (i >= an || i >= bn) return compare_sizes(an, bn, op);
  if (op == CompareOp::kEq) return boolean(false);
  if (op == CompareOp::kNe) return boolean(true);
  return rich_compare(vm, a[i], b[i], op);
}

namespace {

Value tuple_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_tuple(a) || !is_tuple(b)) return not_implemented();
  TupleObject* x = as_tuple(a);
  TupleObject* y = as_tuple(b);
  return compare_item_arrays(vm, x->items(), x->size, y->items(), y->size, op);
}

Value tuple_getitem(VM& vm, Value self, Value key) {
  TupleObject* t = as_tuple(self);
  if (is_int(key)) {
    int64_t i;
    if (!index_int64(vm, key, &i)) return Value();
    if (i < 0) i += t->size;
    if (i < 0 || i >= t->size) return vm.raise(&exc_IndexError, "tuple index out of range");
    incref(t->items()[i]);
    return t->items()[i];
  }
  return vm.raise(&exc_TypeError, std::string("tuple indices must be integers or slices, not ") + type_name(key));
}

int tuple_contains(VM& vm, Value self, Value item) {
  TupleObject* t = as_tuple(self);
  for (int64_t i = 0; i < t->size; ++i) {
    int r = eq(vm, t->items()[i], item);
    if (r != 0) return r;
  }
  return 0;
}

Value tuple_iter(VM&, Value self) { return Value::from_object(sequence_iterator_new(self)); }

}  // namespace

void init_tuple_type() {
  TypeObject& t = tuple_type;
  t.name = "tuple";
  t.type_flags = kTypeBaseType | kTypeGc | kTypeTupleSubclass | kTypeImmutable;
  t.basic_size = sizeof(TupleObject);
  t.dealloc = tuple_dealloc;
  t.traverse = tuple_traverse;
  t.repr = tuple_repr;
  t.hash = tuple_hash;
  t.richcompare = tuple_richcompare;
  t.length = tuple_length;
  t.getitem = tuple_getitem;
  t.contains = tuple_contains;
  t.iter = tuple_iter;
}

}  // namespace glasspy::objects
