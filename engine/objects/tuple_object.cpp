// The tuple type (object model): representation, core operations, the type's slots
// (repr, hash, comparison, indexing and slicing, + and *), tuple(iterable) for tuple and
// its subclasses, and the methods count and index.
#include "objects/memory_limit.h"
#include "objects/tuple_object.h"

#include <string>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/slice_object.h"
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
  gc::track(t);  // as CPython: the collector untracks tuples that hold no container
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
  for (int64_t i = t->size; --i >= 0;) decref(t->items()[i]);  // last first, as CPython
  free_object(self);
}

void tuple_traverse(Object* self, VisitFn visit, void* context) {
  TupleObject* t = static_cast<TupleObject*>(self);
  for (int64_t i = 0; i < t->size; ++i) visit(t->items()[i], context);
}

Value tuple_repr(VM& vm, Value self) {
  TupleObject* t = as_tuple(self);
  if (t->size == 0) return Value::from_object(str_from_ascii("()"));
  // A tuple can contain itself through a list: ([(...)],).
  if (!vm.enter_repr(self)) return Value::from_object(str_from_ascii("(...)"));
  std::string out = "(";
  for (int64_t i = 0; i < t->size; ++i) {
    if (i > 0) out += ", ";
    Ref text = Ref::steal(repr(vm, t->items()[i]));
    if (!text) {
      vm.leave_repr(self);
      return Value();
    }
    out += str_utf8(as_str(text.get()));
  }
  vm.leave_repr(self);
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
    Value item = t->items()[i];
    if (item.is_small_int()) {
      lane = item.as_small_int() == -1 ? -2 : item.as_small_int();
    } else if (is_exact_str(item)) {
      lane = str_hash(as_str(item));
    } else if (!hash(vm, item, &lane)) {
      return false;
    }
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
  if (key.is_small_int()) {
    int64_t i = key.as_small_int();
    if (i < 0) i += t->size;
    if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(t->size))
      return vm.raise(&exc_IndexError, "tuple index out of range");
    incref(t->items()[i]);
    return t->items()[i];
  }
  if (is_slice(key)) {
    int64_t start, stop, step, n;
    if (!slice_indices(vm, key, t->size, &start, &stop, &step, &n)) return Value();
    if (n <= 0) return Value::from_object(tuple_alloc(0));
    if (step == 1) return Value::from_object(tuple_slice(t, start, start + n));
    TupleObject* r = tuple_alloc(n);
    for (int64_t k = 0, i = start; k < n; ++k, i += step) {
      incref(t->items()[i]);
      r->items()[k] = t->items()[i];
    }
    return Value::from_object(r);
  }
  if (is_int(key) || type_of(key)->index != nullptr) {
    int64_t i;
    if (!index_int64(vm, key, &i)) return Value();
    if (i < 0) i += t->size;
    if (i < 0 || i >= t->size) return vm.raise(&exc_IndexError, "tuple index out of range");
    incref(t->items()[i]);
    return t->items()[i];
  }
  return vm.raise(&exc_TypeError, std::string("tuple indices must be integers or slices, not ") + type_name(key));
}

// Item equality without Python code where the types allow: 1, 0, -1.
int item_eq(VM& vm, Value a, Value b) {
  if (a.is(b)) return 1;
  if (a.is_small_int() && b.is_small_int()) return 0;
  return eq(vm, a, b);
}

int tuple_contains(VM& vm, Value self, Value item) {
  TupleObject* t = as_tuple(self);
  for (int64_t i = 0; i < t->size; ++i) {
    int r = item_eq(vm, t->items()[i], item);
    if (r != 0) return r;
  }
  return 0;
}

Value tuple_iter(VM&, Value self) { return Value::from_object(sequence_iterator_new(self)); }

// tuple(iterable) of `type` (tuple or a subclass).
Value tuple_new_instance(VM& vm, TypeObject* type, CallArgs args) {
  if (args.nkw() != 0 && (type == &tuple_type || type->init == tuple_type.init))
    return vm.raise(&exc_TypeError, "tuple() takes no keyword arguments");
  if (args.nargs > 1)
    return vm.raise(&exc_TypeError, "tuple expected at most 1 argument, got " + std::to_string(args.nargs));
  if (args.nargs == 0) {
    if (type == &tuple_type) return Value::from_object(tuple_alloc(0));
    TupleObject* t = tuple_alloc(0, type);
    gc::track(t);  // a subclass instance has a __dict__: it can be part of a cycle
    return Value::from_object(t);
  }
  Value arg = args.args[0];
  if (type == &tuple_type && is_exact_tuple(arg)) {
    incref(arg);
    return arg;
  }
  const Value* items;
  int64_t n;
  Ref list;
  if (is_exact_tuple(arg)) {
    items = as_tuple(arg)->items();
    n = as_tuple(arg)->size;
  } else if (is_exact_list(arg)) {
    items = as_list(arg)->items;
    n = as_list(arg)->size;
  } else {
    list = Ref::steal(list_from_iterable(vm, arg));
    if (!list) return Value();
    items = as_list(list.get())->items;
    n = as_list(list.get())->size;
  }
  TupleObject* t = tuple_alloc(n, type);
  for (int64_t i = 0; i < n; ++i) {
    incref(items[i]);
    t->items()[i] = items[i];
  }
  if (type != &tuple_type) gc::track(t);
  return Value::from_object(t);
}

// A heap type may define __radd__/__rmul__: let ops try it before raising.
bool may_reflect(Value v, BinaryOp op) {
  TypeObject* t = type_of(v);
  return has_flag(t, kTypeHeap) && t->binary[int(op)] != nullptr;
}

Value tuple_add(VM& vm, Value a, Value b) {
  if (!is_tuple(a)) return not_implemented();
  if (!is_tuple(b)) {
    if (may_reflect(b, BinaryOp::kAdd)) return not_implemented();
    return vm.raise(&exc_TypeError, std::string("can only concatenate tuple (not \"") + type_name(b) + "\") to tuple");
  }
  TupleObject* x = as_tuple(a);
  TupleObject* y = as_tuple(b);
  if (y->size == 0 && x->type == &tuple_type) {
    incref(a);
    return a;
  }
  if (x->size == 0 && y->type == &tuple_type) {
    incref(b);
    return b;
  }
  TupleObject* r = tuple_alloc(x->size + y->size);
  for (int64_t i = 0; i < x->size; ++i) {
    incref(x->items()[i]);
    r->items()[i] = x->items()[i];
  }
  for (int64_t i = 0; i < y->size; ++i) {
    incref(y->items()[i]);
    r->items()[x->size + i] = y->items()[i];
  }
  return Value::from_object(r);
}

Value tuple_multiply(VM& vm, Value a, Value b) {
  bool seq_first = is_tuple(a);
  Value seq = seq_first ? a : b;
  Value count = seq_first ? b : a;
  if (!is_tuple(seq)) return not_implemented();
  int64_t n;
  if (count.is_small_int()) {
    n = count.as_small_int();
  } else if (!is_int(count) && type_of(count)->index == nullptr) {
    if (seq_first && may_reflect(count, BinaryOp::kMultiply)) return not_implemented();
    return vm.raise(&exc_TypeError, std::string("can't multiply sequence by non-int of type '") + type_name(count) + "'");
  } else {
    Ref i = Ref::steal(index(vm, count));
    if (!i) return Value();
    if (!int_to_int64(i.get(), &n))
      return vm.raise(&exc_OverflowError, std::string("cannot fit '") + type_name(count) + "' into an index-sized integer");
  }
  TupleObject* t = as_tuple(seq);
  if (n <= 0 || t->size == 0) return Value::from_object(tuple_alloc(0));
  if (n == 1 && t->type == &tuple_type) {
    incref(seq);
    return seq;
  }
  if (t->size > INT64_MAX / 16 / n) return raise_memory_error(vm);
  if (!check_allocation(vm, static_cast<uint64_t>(t->size * n), sizeof(Value))) return Value();
  TupleObject* r = tuple_alloc(t->size * n);
  for (int64_t k = 0; k < n; ++k)
    for (int64_t i = 0; i < t->size; ++i) {
      incref(t->items()[i]);
      r->items()[k * t->size + i] = t->items()[i];
    }
  return Value::from_object(r);
}

Value tuple_count_method(VM& vm, Value self, CallArgs args) {
  TupleObject* t = as_tuple(self);
  int64_t n = 0;
  for (int64_t i = 0; i < t->size; ++i) {
    int r = item_eq(vm, t->items()[i], args.args[0]);
    if (r < 0) return Value();
    n += r;
  }
  return make_int(n);
}

bool clamp_index_arg(VM& vm, Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (type_of(v)->index == nullptr) {
    vm.raise(&exc_TypeError, "slice indices must be integers or have an __index__ method");
    return false;
  }
  Ref i = Ref::steal(index(vm, v));
  if (!i) return false;
  if (!int_to_int64(i.get(), out)) *out = int_to_bigint(i.get()).is_negative() ? INT64_MIN : INT64_MAX;
  return true;
}

Value tuple_index_method(VM& vm, Value self, CallArgs args) {
  TupleObject* t = as_tuple(self);
  int64_t start = 0, stop = INT64_MAX;
  if (args.nargs > 1 && !clamp_index_arg(vm, args.args[1], &start)) return Value();
  if (args.nargs > 2 && !clamp_index_arg(vm, args.args[2], &stop)) return Value();
  if (start < 0) {
    start += t->size;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += t->size;
  } else if (stop > t->size) {
    stop = t->size;
  }
  for (int64_t i = start; i < stop; ++i) {
    int r = item_eq(vm, t->items()[i], args.args[0]);
    if (r < 0) return Value();
    if (r > 0) return make_int(i);
  }
  return vm.raise(&exc_ValueError, "tuple.index(x): x not in tuple");
}

Value tuple_getnewargs(VM&, Value self, CallArgs) {
  TupleObject* t = as_tuple(self);
  Ref copy = Ref::steal(Value::from_object(tuple_from(t->items(), t->size)));
  return Value::from_object(tuple_of({copy.get()}));
}

Value tuple_sizeof(VM&, Value self, CallArgs) { return make_int(24 + as_tuple(self)->size * 8); }

const MethodDef kTupleMethods[] = {
    {"__getnewargs__", tuple_getnewargs, ArgShape::kNoArgs, 0, 0, nullptr},
    {"index", tuple_index_method, ArgShape::kPositional, 1, 3,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", tuple_count_method, ArgShape::kOneArg, 1, 1, "Return number of occurrences of value."},
    {"__sizeof__", tuple_sizeof, ArgShape::kNoArgs, 0, 0, "Size of object in memory, in bytes."},
    {nullptr, nullptr},
};

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
  t.new_instance = tuple_new_instance;
  t.binary[int(BinaryOp::kAdd)] = tuple_add;
  t.binary[int(BinaryOp::kMultiply)] = tuple_multiply;
  t.methods = kTupleMethods;
  t.doc =
      "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf "
      "iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the "
      "return value is the same object.";
}

}  // namespace glasspy::objects
