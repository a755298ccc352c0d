// The range type (object model): construction, len (with big ints), indexing, slicing to
// a range, fast `in` for ints, count/index, ==, hash, repr, reversed; and the iterators
// range_iterator (int64) and longrange_iterator (arbitrary precision).
#include "objects/range_object.h"

#include <string>

#include "gc/collector.h"
#include "numeric/bigint.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/ops.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject range_type;
TypeObject range_iterator_type;
TypeObject longrange_iterator_type;

using numeric::BigInt;

namespace {

// The number of items of range(start, stop, step), step != 0.
BigInt big_length(const BigInt& start, const BigInt& stop, const BigInt& step) {
  BigInt lo, hi, st;
  if (step.sign() > 0) {
    if (numeric::compare(start, stop) >= 0) return BigInt();
    lo = start, hi = stop, st = step;
  } else {
    if (numeric::compare(start, stop) <= 0) return BigInt();
    lo = stop, hi = start, st = numeric::negated(step);
  }
  BigInt diff = numeric::add(numeric::sub(hi, lo), int64_t{-1});
  BigInt q, r;
  numeric::divrem_abs(diff, st, &q, &r);
  return numeric::add(q, int64_t{1});
}

// A range of three int values (owned by the caller; the range takes its own references).
RangeObject* make_range(const BigInt& start, const BigInt& stop, const BigInt& step) {
  auto* r = alloc<RangeObject>(&range_type);
  BigInt len = big_length(start, stop, step);
  r->start = make_int(start);
  r->stop = make_int(stop);
  r->step = make_int(step);
  r->length = make_int(len);
  r->small = start.to_int64(&r->start64) && stop.to_int64(&r->stop64) && step.to_int64(&r->step64) &&
             len.to_int64(&r->length64);
  return r;
}

BigInt big(Value v) { return int_to_bigint(v); }

}  // namespace

RangeObject* range_new(int64_t start, int64_t stop, int64_t step) {
  return make_range(BigInt(start), BigInt(stop), BigInt(step));
}

namespace {

void range_dealloc(Object* self) {
  RangeObject* r = static_cast<RangeObject*>(self);
  decref(r->start);
  decref(r->stop);
  decref(r->step);
  decref(r->length);
  free_object(self);
}

// An int argument of range() (through __index__).
bool range_arg(VM& vm, Value v, BigInt* out) {
  if (v.is_small_int()) {
    *out = BigInt(v.as_small_int());
    return true;
  }
  Ref i = Ref::steal(index(vm, v));
  if (!i) return false;
  *out = big(i.get());
  return true;
}

Value range_new_slot(VM& vm, TypeObject*, CallArgs args) {
  if (args.nkw() != 0) return vm.raise(&exc_TypeError, "range() takes no keyword arguments");
  if (args.nargs == 0) return vm.raise(&exc_TypeError, "range expected at least 1 argument, got 0");
  if (args.nargs > 3)
    return vm.raise(&exc_TypeError, "range expected at most 3 arguments, got " + std::to_string(args.nargs));
  // Fast path: small ints only.
  bool all_small = true;
  for (size_t i = 0; i < args.nargs; ++i) all_small = all_small && args.args[i].is_small_int();
  if (all_small) {
    int64_t a = args.args[0].as_small_int();
    if (args.nargs == 1) return Value::from_object(range_new(0, a, 1));
    int64_t b = args.args[1].as_small_int();
    int64_t c = args.nargs == 3 ? args.args[2].as_small_int() : 1;
    if (c == 0) return vm.raise(&exc_ValueError, "range() arg 3 must not be zero");
    return Value::from_object(range_new(a, b, c));
  }
  BigInt start, stop, step(int64_t{1});
  if (args.nargs == 1) {
    if (!range_arg(vm, args.args[0], &stop)) return Value();
  } else {
    if (!range_arg(vm, args.args[0], &start) || !range_arg(vm, args.args[1], &stop)) return Value();
    if (args.nargs == 3) {
      if (!range_arg(vm, args.args[2], &step)) return Value();
      if (step.is_zero()) return vm.raise(&exc_ValueError, "range() arg 3 must not be zero");
    }
  }
  return Value::from_object(make_range(start, stop, step));
}

Value range_repr(VM& vm, Value self) {
  RangeObject* r = as_range(self);
  std::string out = "range(";
  std::string text;
  if (!repr_utf8(vm, r->start, &text)) return Value();
  out += text + ", ";
  if (!repr_utf8(vm, r->stop, &text)) return Value();
  out += text;
  bool unit_step = r->small ? r->step64 == 1 : numeric::compare(big(r->step), int64_t{1}) == 0;
  if (!unit_step) {
    if (!repr_utf8(vm, r->step, &text)) return Value();
    out += ", " + text;
  }
  out += ")";
  return Value::from_object(str_from_utf8(out));
}

int64_t range_length(VM& vm, Value self) {
  RangeObject* r = as_range(self);
  if (r->small) return r->length64;
  int64_t n;
  if (int_to_int64(r->length, &n)) return n;
  vm.raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
  return -1;
}

int range_truthy(VM&, Value self) {
  RangeObject* r = as_range(self);
  return r->small ? r->length64 != 0 : !big(r->length).is_zero();
}

// The i-th item (0 <= i < length) as a new int.
Value item_at(RangeObject* r, const BigInt& i) {
  return make_int(numeric::add(big(r->start), numeric::mul(i, big(r->step))));
}

// start + i*step when the result is known to fit in int64 (it lies between a range's
// bounds): unsigned arithmetic wraps the intermediate products back into place.
int64_t wrap_add_mul(int64_t start, int64_t i, int64_t step) {
  return static_cast<int64_t>(static_cast<uint64_t>(start) + static_cast<uint64_t>(i) * static_cast<uint64_t>(step));
}

Value range_item_small(RangeObject* r, int64_t i) {
  return make_int(wrap_add_mul(r->start64, i, r->step64));
}

// A slice of a range, computed in arbitrary precision as CPython's compute_slice.
Value range_slice(VM& vm, RangeObject* r, Value slice) {
  SliceObject* s = as_slice(slice);
  BigInt step(int64_t{1});
  if (!is_none(s->step)) {
    if (!range_arg(vm, s->step, &step)) return Value();
    if (step.is_zero()) return vm.raise(&exc_ValueError, "slice step cannot be zero");
  }
  BigInt length = big(r->length);
  bool backwards = step.is_negative();
  BigInt lower = backwards ? BigInt(int64_t{-1}) : BigInt();
  BigInt upper = backwards ? numeric::add(length, int64_t{-1}) : length;
  auto bound = [&](Value v, bool is_start, BigInt* out) -> bool {
    if (is_none(v)) {
      *out = (is_start == backwards) ? upper : lower;
      return true;
    }
    if (type_of(v)->index == nullptr && !is_int(v)) {
      vm.raise(&exc_TypeError, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    if (!range_arg(vm, v, out)) return false;
    if (out->is_negative()) {
      *out = numeric::add(*out, length);
      if (numeric::compare(*out, lower) < 0) *out = lower;
    } else if (numeric::compare(*out, upper) > 0) {
      *out = upper;
    }
    return true;
  };
  BigInt start, stop;
  if (!bound(s->start, true, &start) || !bound(s->stop, false, &stop)) return Value();
  BigInt rstart = big(r->start), rstep = big(r->step);
  return Value::from_object(make_range(numeric::add(rstart, numeric::mul(start, rstep)),
                                       numeric::add(rstart, numeric::mul(stop, rstep)), numeric::mul(rstep, step)));
}

Value range_subscript(VM& vm, Value self, Value key) {
  RangeObject* r = as_range(self);
  if (key.is_small_int() && r->small) {
    int64_t i = key.as_small_int();
    if (i < 0) i += r->length64;
    if (i < 0 || i >= r->length64) return vm.raise(&exc_IndexError, "range object index out of range");
    return range_item_small(r, i);
  }
  if (is_slice(key)) return range_slice(vm, r, key);
  if (is_int(key) || type_of(key)->index != nullptr) {
    BigInt i;
    if (!range_arg(vm, key, &i)) return Value();
    BigInt length = big(r->length);
    if (i.is_negative()) i = numeric::add(i, length);
    if (i.is_negative() || numeric::compare(i, length) >= 0)
      return vm.raise(&exc_IndexError, "range object index out of range");
    return item_at(r, i);
  }
  return vm.raise(&exc_TypeError, std::string("range indices must be integers or slices, not ") + type_name(key));
}

// `n in r` for an int n: 1 or 0.
int contains_int(RangeObject* r, Value n) {
  if (r->small && n.is_small_int()) {
    int64_t v = n.as_small_int();
    if (r->step64 > 0 ? (v < r->start64 || v >= r->stop64) : (v > r->start64 || v <= r->stop64)) return 0;
    int64_t diff = v - r->start64;
    return diff % r->step64 == 0;
  }
  BigInt v = big(n), start = big(r->start), stop = big(r->stop), step = big(r->step);
  if (step.sign() > 0) {
    if (numeric::compare(v, start) < 0 || numeric::compare(v, stop) >= 0) return 0;
  } else if (numeric::compare(v, start) > 0 || numeric::compare(v, stop) <= 0) {
    return 0;
  }
  BigInt q, rem;
  numeric::divrem_abs(numeric::sub(v, start), step, &q, &rem);
  return rem.is_zero();
}

bool is_int_exact_or_bool(Value v) { return is_exact_int(v) || is_bool(v); }

// The generic search used for non-int items: 1 / 0 / -1, and the position found.
int search(VM& vm, Value self, Value item, int64_t* position, int64_t* count) {
  Ref it = Ref::steal(iter(vm, self));
  if (!it) return -1;
  int found = 0;
  for (int64_t i = 0;; ++i) {
    Ref v = Ref::steal(next(vm, it.get()));
    if (!v) return vm.has_error() ? -1 : found;
    int r = eq(vm, v.get(), item);
    if (r < 0) return -1;
    if (r) {
      if (!found && position) *position = i;
      found = 1;
      if (count) ++*count;
      else return 1;
    }
  }
}

int range_contains(VM& vm, Value self, Value item) {
  if (is_int_exact_or_bool(item)) return contains_int(as_range(self), item);
  return search(vm, self, item, nullptr, nullptr);
}

Value range_count(VM& vm, Value self, CallArgs args) {
  Value item = args.args[0];
  if (is_int_exact_or_bool(item)) return make_int(contains_int(as_range(self), item));
  int64_t count = 0;
  if (search(vm, self, item, nullptr, &count) < 0) return Value();
  return make_int(count);
}

Value range_index(VM& vm, Value self, CallArgs args) {
  RangeObject* r = as_range(self);
  Value item = args.args[0];
  if (is_int_exact_or_bool(item)) {
    if (!contains_int(r, item)) {
      std::string text;
      if (!repr_utf8(vm, item, &text)) return Value();
      return vm.raise(&exc_ValueError, text + " is not in range");
    }
    if (r->small && item.is_small_int()) return make_int((item.as_small_int() - r->start64) / r->step64);
    BigInt q;
    if (!numeric::floordiv(numeric::sub(big(item), big(r->start)), big(r->step), &q).ok()) return Value();
    return make_int(q);
  }
  int64_t position = 0;
  int found = search(vm, self, item, &position, nullptr);
  if (found < 0) return Value();
  if (!found) return vm.raise(&exc_ValueError, "sequence.index(x): x not in sequence");
  return make_int(position);
}

Value range_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_range(a) || !is_range(b) || (op != CompareOp::kEq && op != CompareOp::kNe)) return not_implemented();
  RangeObject* x = as_range(a);
  RangeObject* y = as_range(b);
  bool same;
  if (x == y) {
    same = true;
  } else {
    BigInt len = big(x->length);
    same = len == big(y->length);
    if (same && !len.is_zero()) {
      same = big(x->start) == big(y->start);
      if (same && numeric::compare(len, int64_t{1}) != 0) same = big(x->step) == big(y->step);
    }
  }
  (void)vm;
  return boolean(same == (op == CompareOp::kEq));
}

bool range_hash(VM& vm, Value self, int64_t* out) {
  RangeObject* r = as_range(self);
  BigInt len = big(r->length);
  Value items[3] = {r->length, none(), none()};
  if (!len.is_zero()) {
    items[1] = r->start;
    if (numeric::compare(len, int64_t{1}) != 0) items[2] = r->step;
  }
  Ref t = Ref::steal(Value::from_object(tuple_from(items, 3)));
  return hash(vm, t.get(), out);
}

// ---- iterators ----

struct LongRangeIterator : Object {
  Value start, step, length, index;  // owned ints
};

Value range_iterator_for(RangeObject* r, bool reversed) {
  if (r->small) {
    int64_t start = r->start64, step = r->step64, n = r->length64;
    // Reversed: from the last item back; the step must be negatable.
    if (!reversed || step != INT64_MIN) {
      auto* it = alloc<RangeIteratorObject>(&range_iterator_type);
      if (reversed && n > 0) {
        it->start = wrap_add_mul(start, n - 1, step);
        it->step = -step;
      } else {
        it->start = start;
        it->step = reversed ? -step : step;
      }
      it->length = n;
      return Value::from_object(it);
    }
  }
  auto* it = alloc<LongRangeIterator>(&longrange_iterator_type);
  BigInt len = big(r->length);
  if (reversed) {
    BigInt last = numeric::add(big(r->start), numeric::mul(numeric::add(len, int64_t{-1}), big(r->step)));
    it->start = make_int(last);
    it->step = make_int(numeric::negated(big(r->step)));
  } else {
    incref(r->start);
    incref(r->step);
    it->start = r->start;
    it->step = r->step;
  }
  incref(r->length);
  it->length = r->length;
  it->index = Value::from_small_int(0);
  return Value::from_object(it);
}

Value range_iter(VM&, Value self) { return range_iterator_for(as_range(self), false); }
Value range_reversed(VM&, Value self, CallArgs) { return range_iterator_for(as_range(self), true); }

Value iterator_self(VM&, Value self) {
  incref(self);
  return self;
}

Value range_iterator_next(VM&, Value self) {
  auto* it = static_cast<RangeIteratorObject*>(self.as_object());
  if (it->index >= it->length) return Value();
  int64_t v = wrap_add_mul(it->start, it->index++, it->step);
  if (Value::fits_small_int(v)) return Value::from_small_int(v);
  return make_int(v);
}

Value range_iterator_length_hint(VM&, Value self, CallArgs) {
  auto* it = static_cast<RangeIteratorObject*>(self.as_object());
  return make_int(it->length - it->index);
}

void long_iterator_dealloc(Object* self) {
  auto* it = static_cast<LongRangeIterator*>(self);
  decref(it->start);
  decref(it->step);
  decref(it->length);
  decref(it->index);
  free_object(self);
}

Value long_iterator_next(VM&, Value self) {
  auto* it = static_cast<LongRangeIterator*>(self.as_object());
  BigInt i = big(it->index);
  if (numeric::compare(i, big(it->length)) >= 0) return Value();
  Value result = make_int(numeric::add(big(it->start), numeric::mul(i, big(it->step))));
  Value old = it->index;
  it->index = make_int(numeric::add(i, int64_t{1}));
  decref(old);
  return result;
}

Value long_iterator_length_hint(VM&, Value self, CallArgs) {
  auto* it = static_cast<LongRangeIterator*>(self.as_object());
  return make_int(numeric::sub(big(it->length), big(it->index)));
}

Value get_start(VM&, Value self) {
  incref(as_range(self)->start);
  return as_range(self)->start;
}
Value get_stop(VM&, Value self) {
  incref(as_range(self)->stop);
  return as_range(self)->stop;
}
Value get_step(VM&, Value self) {
  incref(as_range(self)->step);
  return as_range(self)->step;
}

Value range_reduce(VM&, Value self, CallArgs) {
  RangeObject* r = as_range(self);
  Ref args = Ref::steal(Value::from_object(tuple_of({r->start, r->stop, r->step})));
  return Value::from_object(tuple_of({Value::from_object(&range_type), args.get()}));
}

const MethodDef kRangeMethods[] = {
    {"__reversed__", range_reversed, ArgShape::kNoArgs, 0, 0, "Return a reverse iterator."},
    {"__reduce__", range_reduce, ArgShape::kNoArgs, 0, 0, nullptr},
    {"count", range_count, ArgShape::kOneArg, 1, 1, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", range_index, ArgShape::kOneArg, 1, 1,
     "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present."},
    {nullptr, nullptr},
};

const GetSetDef kRangeGetSets[] = {
    {"start", get_start},
    {"stop", get_stop},
    {"step", get_step},
    {nullptr, nullptr},
};

const MethodDef kRangeIteratorMethods[] = {
    {"__length_hint__", range_iterator_length_hint, ArgShape::kNoArgs, 0, 0,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr},
};

const MethodDef kLongRangeIteratorMethods[] = {
    {"__length_hint__", long_iterator_length_hint, ArgShape::kNoArgs, 0, 0,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr},
};

void plain_dealloc(Object* self) { free_object(self); }

}  // namespace

void init_range_types() {
  TypeObject& t = range_type;
  t.name = "range";
  t.type_flags = kTypeImmutable;
  t.basic_size = sizeof(RangeObject);
  t.dealloc = range_dealloc;
  t.new_instance = range_new_slot;
  t.repr = range_repr;
  t.hash = range_hash;
  t.richcompare = range_richcompare;
  t.length = range_length;
  t.truthy = range_truthy;
  t.getitem = range_subscript;
  t.contains = range_contains;
  t.iter = range_iter;
  t.methods = kRangeMethods;
  t.getsets = kRangeGetSets;
  t.doc =
      "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces "
      "a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, "
      "i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are "
      "exactly the valid indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or "
      "decrement).";

  TypeObject& it = range_iterator_type;
  it.name = "range_iterator";
  it.type_flags = kTypeImmutable;
  it.basic_size = sizeof(RangeIteratorObject);
  it.dealloc = plain_dealloc;
  it.iter = iterator_self;
  it.iternext = range_iterator_next;
  it.methods = kRangeIteratorMethods;

  TypeObject& lit = longrange_iterator_type;
  lit.name = "longrange_iterator";
  lit.type_flags = kTypeImmutable;
  lit.basic_size = sizeof(LongRangeIterator);
  lit.dealloc = long_iterator_dealloc;
  lit.iter = iterator_self;
  lit.iternext = long_iterator_next;
  lit.methods = kLongRangeIteratorMethods;
}

}  // namespace glasspy::objects
