// collections.deque in C++ (modules stage), the _collections module that engine/lib's
// collections package imports it from: a ring buffer (capacity a power of two) with an
// optional maxlen, its forward and reverse iterators, and CPython 3.11's messages.
#include <cstdlib>
#include <cstring>
#include <algorithm>
#include <string>
#include <vector>

#include "gc/collector.h"
#include "modules/builtin_modules.h"
#include "modules/collections_internal.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/classmethod_descriptor.h"
#include "objects/exception_object.h"
#include "objects/generic_alias.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::modules {

using namespace objects;

namespace {

TypeObject deque_type;
TypeObject deque_iterator_type;
TypeObject deque_reverse_iterator_type;

struct DequeObject : Object {
  Value* items = nullptr;  // ring buffer of owned references; capacity is 0 or a power of two
  int64_t capacity = 0;
  int64_t head = 0;        // slot of item 0
  int64_t size = 0;
  int64_t maxlen = -1;     // -1: unbounded
  uint64_t state = 0;      // bumped by every change of length, so iterators notice
};

struct DequeIterObject : Object {
  DequeObject* deque = nullptr;
  int64_t index = 0;      // next item (forward) or the one after it (reverse)
  int64_t remaining = 0;
  uint64_t state = 0;
};

bool is_deque(Value v) { return v.is_object() && is_subtype(type_of(v), &deque_type); }
DequeObject* as_deque(Value v) { return static_cast<DequeObject*>(v.as_object()); }

Value& slot(DequeObject* d, int64_t i) { return d->items[(d->head + i) & (d->capacity - 1)]; }

void grow(DequeObject* d) {
  int64_t capacity = d->capacity == 0 ? 8 : d->capacity * 2;
  Value* items = static_cast<Value*>(std::malloc(capacity * sizeof(Value)));
  if (items == nullptr) std::abort();
  for (int64_t i = 0; i < d->size; ++i) items[i] = slot(d, i);
  std::free(d->items);
  d->items = items;
  d->capacity = capacity;
  d->head = 0;
}

// Removes and returns (owned) the last / first item; the deque is not empty.
Value take_back(DequeObject* d) {
  Value v = slot(d, d->size - 1);
  --d->size;
  ++d->state;
  return v;
}

Value take_front(DequeObject* d) {
  Value v = slot(d, 0);
  d->head = (d->head + 1) & (d->capacity - 1);
  --d->size;
  ++d->state;
  return v;
}

// Appends an owned reference; a full bounded deque drops its first item.
void push_back(DequeObject* d, Value v) {
  if (d->maxlen == 0) {
    decref(v);
    return;
  }
  if (d->size == d->maxlen) decref(take_front(d));
  if (d->size == d->capacity) grow(d);
  slot(d, d->size) = v;
  ++d->size;
  ++d->state;
}

void push_front(DequeObject* d, Value v) {
  if (d->maxlen == 0) {
    decref(v);
    return;
  }
  if (d->size == d->maxlen) decref(take_back(d));
  if (d->size == d->capacity) grow(d);
  d->head = (d->head - 1) & (d->capacity - 1);
  d->items[d->head] = v;
  ++d->size;
  ++d->state;
}

void clear_items(DequeObject* d) {
  Value* items = d->items;
  int64_t capacity = d->capacity, head = d->head, size = d->size;
  d->items = nullptr;
  d->capacity = d->head = d->size = 0;
  ++d->state;
  for (int64_t i = 0; i < size; ++i) decref(items[(head + i) & (capacity - 1)]);
  std::free(items);
}

DequeObject* deque_alloc(TypeObject* type) {
  DequeObject* d = alloc<DequeObject>(type);
  gc::track(d);
  return d;
}

// Appends every item of `iterable` (at the back or, for extendleft, the front).
bool extend_with(VM& vm, DequeObject* d, Value iterable, bool at_front) {
  Ref source = Ref::borrow(iterable);
  if (iterable.is(Value::from_object(d))) {
    source = Ref::steal(list_from_iterable(vm, iterable));
    if (!source) return false;
  }
  if (is_exact_list(source.get()) || is_exact_tuple(source.get())) {
    bool list = is_exact_list(source.get());
    for (int64_t i = 0;; ++i) {
      // A list may shrink while we go (it cannot here, but stay safe): re-read its size.
      int64_t n = list ? as_list(source.get())->size : as_tuple(source.get())->size;
      if (i >= n) return true;
      Value v = list ? as_list(source.get())->items[i] : as_tuple(source.get())->items()[i];
      incref(v);
      at_front ? push_front(d, v) : push_back(d, v);
    }
  }
  Ref it = Ref::steal(iter(vm, source.get()));
  if (!it) return false;
  UnaryFn next_fn = type_of(it.get())->iternext;
  for (;;) {
    Value v = next_fn != nullptr ? next_fn(vm, it.get()) : next(vm, it.get());
    if (v.is_null()) return !vm.has_error();
    at_front ? push_front(d, v) : push_back(d, v);
  }
}

// A copy of the same type: exact deques directly, subclasses through type(d)(d, maxlen).
Value deque_copy_of(VM& vm, DequeObject* d) {
  if (type_of(d) == &deque_type) {
    DequeObject* c = deque_alloc(&deque_type);
    c->maxlen = d->maxlen;
    for (int64_t i = 0; i < d->size; ++i) {
      incref(slot(d, i));
      push_back(c, slot(d, i));
    }
    return Value::from_object(c);
  }
  if (d->maxlen < 0) return call1(vm, Value::from_object(type_of(d)), Value::from_object(d));
  Ref maxlen = Ref::steal(make_int(d->maxlen));
  return call2(vm, Value::from_object(type_of(d)), Value::from_object(d), maxlen.get());
}

// ---- lifetime, construction ----

void deque_dealloc(Object* self) {
  clear_items(static_cast<DequeObject*>(self));
  free_object(self);
}

void deque_traverse(Object* self, VisitFn visit, void* context) {
  DequeObject* d = static_cast<DequeObject*>(self);
  for (int64_t i = 0; i < d->size; ++i) visit(slot(d, i), context);
}

void deque_clear_refs(Object* self) { clear_items(static_cast<DequeObject*>(self)); }

Value deque_new_instance(VM&, TypeObject* type, CallArgs) { return Value::from_object(deque_alloc(type)); }

bool deque_init(VM& vm, Value self, CallArgs args) {
  size_t total = args.nargs + args.nkw();
  if (total > 2) {
    vm.raise(&exc_TypeError, "deque() takes at most 2 arguments (" + std::to_string(total) + " given)");
    return false;
  }
  Value iterable = args.nargs > 0 ? args.args[0] : Value();
  Value maxlen = args.nargs > 1 ? args.args[1] : Value();
  for (size_t k = 0; k < args.nkw(); ++k) {
    std::string_view name = str_utf8(as_str(args.kwnames->items()[k]));
    Value* target = name == "iterable" ? &iterable : name == "maxlen" ? &maxlen : nullptr;
    if (target == nullptr) {
      vm.raise(&exc_TypeError, "'" + std::string(name) + "' is an invalid keyword argument for deque()");
      return false;
    }
    if (!target->is_null()) {
      vm.raise(&exc_TypeError, "argument for deque() given by name ('" + std::string(name) +
                                   "') and position (" + (target == &iterable ? "1" : "2") + ")");
      return false;
    }
    *target = args.kw_value(k);
  }
  int64_t limit = -1;
  if (!maxlen.is_null() && !maxlen.is(none())) {
    if (!is_int(maxlen)) {
      vm.raise(&exc_TypeError, "an integer is required");
      return false;
    }
    if (!int_to_int64(maxlen, &limit)) {
      vm.raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
      return false;
    }
    if (limit < 0) {
      vm.raise(&exc_ValueError, "maxlen must be non-negative");
      return false;
    }
  }
  DequeObject* d = as_deque(self);
  d->maxlen = limit;
  if (d->size > 0) clear_items(d);
  if (iterable.is_null()) return true;
  return extend_with(vm, d, iterable, false);
}

// ---- protocol slots ----

Value deque_repr(VM& vm, Value self) {
  DequeObject* d = as_deque(self);
  TypeObject* type = type_of(self);
  std::string name = is_str(type->name_object) ? std::string(str_utf8(as_str(type->name_object))) : type->name;
  if (!vm.enter_repr(self)) return Value::from_object(str_from_ascii("[...]"));
  std::string out = name + "([";
  for (int64_t i = 0; i < d->size; ++i) {
    if (i > 0) out += ", ";
    Ref item = Ref::borrow(slot(d, i));
    std::string text;
    if (!repr_utf8(vm, item.get(), &text)) {
      vm.leave_repr(self);
      return Value();
    }
    out += text;
  }
  vm.leave_repr(self);
  out += "]";
  if (d->maxlen >= 0) out += ", maxlen=" + std::to_string(d->maxlen);
  out += ")";
  return Value::from_object(str_from_utf8(out));
}

int64_t deque_length(VM&, Value self) { return as_deque(self)->size; }

Value deque_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_deque(a) || !is_deque(b)) return not_implemented();
  DequeObject* x = as_deque(a);
  DequeObject* y = as_deque(b);
  if ((op == CompareOp::kEq || op == CompareOp::kNe) && x->size != y->size) return boolean(op == CompareOp::kNe);
  int64_t i = 0;
  for (; i < x->size && i < y->size; ++i) {
    Ref xi = Ref::borrow(slot(x, i));
    Ref yi = Ref::borrow(slot(y, i));
    int same = eq(vm, xi.get(), yi.get());
    if (same < 0) return Value();
    if (!same) {
      if (op == CompareOp::kEq) return boolean(false);
      if (op == CompareOp::kNe) return boolean(true);
      return rich_compare(vm, xi.get(), yi.get(), op);
    }
    if (i >= x->size || i >= y->size) break;  // an __eq__ shrank one of them
  }
  int64_t xn = x->size, yn = y->size;
  bool r = false;
  switch (op) {
    case CompareOp::kLt: r = xn < yn; break;
    case CompareOp::kLe: r = xn <= yn; break;
    case CompareOp::kEq: r = xn == yn; break;
    case CompareOp::kNe: r = xn != yn; break;
    case CompareOp::kGt: r = xn > yn; break;
    case CompareOp::kGe: r = xn >= yn; break;
  }
  return boolean(r);
}

// The deque's position for `key` (an index-like value), or -1 with IndexError raised.
bool item_position(VM& vm, DequeObject* d, Value key, int64_t* out) {
  int64_t i;
  if (key.is_small_int()) {
    i = key.as_small_int();
  } else {
    if (!is_int(key) && type_of(key)->index == nullptr) {
      vm.raise(&exc_TypeError, std::string("sequence index must be integer, not '") + type_name(key) + "'");
      return false;
    }
    if (!index_int64(vm, key, &i)) return false;
  }
  if (i < 0) i += d->size;
  if (i < 0 || i >= d->size) {
    vm.raise(&exc_IndexError, "deque index out of range");
    return false;
  }
  *out = i;
  return true;
}

Value deque_getitem(VM& vm, Value self, Value key) {
  DequeObject* d = as_deque(self);
  int64_t i;
  if (!item_position(vm, d, key, &i)) return Value();
  incref(slot(d, i));
  return slot(d, i);
}

// Deletes item i (0 <= i < size), shifting the shorter side.
void delete_at(DequeObject* d, int64_t i) {
  Value old = slot(d, i);
  if (i < d->size / 2) {
    for (int64_t k = i; k > 0; --k) slot(d, k) = slot(d, k - 1);
    d->head = (d->head + 1) & (d->capacity - 1);
  } else {
    for (int64_t k = i; k + 1 < d->size; ++k) slot(d, k) = slot(d, k + 1);
  }
  --d->size;
  ++d->state;
  decref(old);
}

bool deque_setitem(VM& vm, Value self, Value key, Value value) {
  DequeObject* d = as_deque(self);
  int64_t i;
  if (!item_position(vm, d, key, &i)) return false;
  if (value.is_null()) {
    delete_at(d, i);
    return true;
  }
  Value old = slot(d, i);
  incref(value);
  slot(d, i) = value;
  decref(old);
  return true;
}

// Compares `item` with each element in turn; RuntimeError if the deque changes meanwhile.
// Calls found(i) for a match: it returns true to stop. Returns -1 on error, 1 stopped, 0 not.
template <class Found>
int scan(VM& vm, DequeObject* d, Value item, int64_t start, int64_t stop, Found found) {
  uint64_t state = d->state;
  for (int64_t i = start; i < stop && i < d->size; ++i) {
    Ref element = Ref::borrow(slot(d, i));
    int same = eq(vm, element.get(), item);
    if (same < 0) return -1;
    if (d->state != state) {
      vm.raise(&exc_RuntimeError, "deque mutated during iteration");
      return -1;
    }
    if (same > 0 && found(i)) return 1;
  }
  return 0;
}

int deque_contains(VM& vm, Value self, Value item) {
  DequeObject* d = as_deque(self);
  return scan(vm, d, item, 0, d->size, [](int64_t) { return true; });
}

Value deque_iter(VM& vm, Value self);

Value deque_add(VM& vm, Value a, Value b) {
  if (!is_deque(a)) return not_implemented();
  if (!is_deque(b))
    return vm.raise(&exc_TypeError, std::string("can only concatenate deque (not \"") + type_name(b) + "\") to deque");
  Ref result = Ref::steal(deque_copy_of(vm, as_deque(a)));
  if (!result) return Value();
  if (!is_deque(result.get())) return result.release();
  if (!extend_with(vm, as_deque(result.get()), b, false)) return Value();
  return result.release();
}

Value deque_inplace_add(VM& vm, Value a, Value b) {
  if (!is_deque(a)) return not_implemented();
  if (!extend_with(vm, as_deque(a), b, false)) return Value();
  incref(a);
  return a;
}

bool repeat_in_place(VM& vm, DequeObject* d, Value count) {
  int64_t n;
  if (!index_int64(vm, count, &n)) return false;
  if (n <= 0) {
    clear_items(d);
    return true;
  }
  int64_t size = d->size;
  if (size == 0 || n == 1) return true;
  // Snapshot the items: a bounded deque drops from the front while we append.
  std::vector<Value> snapshot(size);
  for (int64_t i = 0; i < size; ++i) {
    snapshot[i] = slot(d, i);
    incref(snapshot[i]);
  }
  // With a maxlen only the last maxlen items survive: the sequence is periodic, so
  // appending enough whole copies to cover maxlen gives the same result.
  int64_t copies = n - 1;
  if (d->maxlen >= 0) copies = std::min<int64_t>(copies, d->maxlen / size + 1);
  for (int64_t c = 0; c < copies; ++c)
    for (int64_t i = 0; i < size; ++i) {
      incref(snapshot[i]);
      push_back(d, snapshot[i]);
    }
  for (Value v : snapshot) decref(v);
  return true;
}

Value deque_multiply(VM& vm, Value a, Value b) {
  Value self = is_deque(a) ? a : b;
  Value count = is_deque(a) ? b : a;
  if (!is_deque(self) || (!is_int(count) && type_of(count)->index == nullptr)) return not_implemented();
  Ref result = Ref::steal(deque_copy_of(vm, as_deque(self)));
  if (!result) return Value();
  if (!repeat_in_place(vm, as_deque(result.get()), count)) return Value();
  return result.release();
}

Value deque_inplace_multiply(VM& vm, Value a, Value b) {
  if (!is_deque(a) || (!is_int(b) && type_of(b)->index == nullptr)) return not_implemented();
  if (!repeat_in_place(vm, as_deque(a), b)) return Value();
  incref(a);
  return a;
}

// ---- methods ----

Value m_append(VM&, Value self, CallArgs args) {
  incref(args.args[0]);
  push_back(as_deque(self), args.args[0]);
  return none();
}

Value m_appendleft(VM&, Value self, CallArgs args) {
  incref(args.args[0]);
  push_front(as_deque(self), args.args[0]);
  return none();
}

Value m_pop(VM& vm, Value self, CallArgs) {
  DequeObject* d = as_deque(self);
  if (d->size == 0) return vm.raise(&exc_IndexError, "pop from an empty deque");
  return take_back(d);
}

Value m_popleft(VM& vm, Value self, CallArgs) {
  DequeObject* d = as_deque(self);
  if (d->size == 0) return vm.raise(&exc_IndexError, "pop from an empty deque");
  return take_front(d);
}

Value m_extend(VM& vm, Value self, CallArgs args) {
  if (!extend_with(vm, as_deque(self), args.args[0], false)) return Value();
  return none();
}

Value m_extendleft(VM& vm, Value self, CallArgs args) {
  if (!extend_with(vm, as_deque(self), args.args[0], true)) return Value();
  return none();
}

Value m_clear(VM&, Value self, CallArgs) {
  clear_items(as_deque(self));
  return none();
}

Value m_copy(VM& vm, Value self, CallArgs) { return deque_copy_of(vm, as_deque(self)); }

Value m_count(VM& vm, Value self, CallArgs args) {
  DequeObject* d = as_deque(self);
  int64_t n = 0;
  if (scan(vm, d, args.args[0], 0, d->size, [&](int64_t) { ++n; return false; }) < 0) return Value();
  return make_int(n);
}

// Clamps a start/stop argument as list.index does.
bool clamp_bound(VM& vm, Value v, int64_t size, int64_t* out) {
  if (!index_int64(vm, v, out)) return false;
  if (*out < 0) {
    *out += size;
    if (*out < 0) *out = 0;
  }
  if (*out > size) *out = size;
  return true;
}

Value not_in_deque(VM& vm, Value item) {
  std::string text;
  if (!repr_utf8(vm, item, &text)) return Value();
  return vm.raise(&exc_ValueError, text + " is not in deque");
}

Value m_index(VM& vm, Value self, CallArgs args) {
  DequeObject* d = as_deque(self);
  int64_t start = 0, stop = d->size;
  if (args.nargs > 1 && !clamp_bound(vm, args.args[1], d->size, &start)) return Value();
  if (args.nargs > 2 && !clamp_bound(vm, args.args[2], d->size, &stop)) return Value();
  int64_t found = -1;
  int r = scan(vm, d, args.args[0], start, stop, [&](int64_t i) { found = i; return true; });
  if (r < 0) return Value();
  if (r == 0) return not_in_deque(vm, args.args[0]);
  return make_int(found);
}

Value m_insert(VM& vm, Value self, CallArgs args) {
  DequeObject* d = as_deque(self);
  int64_t i;
  if (!index_int64(vm, args.args[0], &i)) return Value();
  if (d->maxlen >= 0 && d->size >= d->maxlen) return vm.raise(&exc_IndexError, "deque already at its maximum size");
  if (i < 0) {
    i += d->size;
    if (i < 0) i = 0;
  }
  if (i > d->size) i = d->size;
  Value v = args.args[1];
  incref(v);
  if (d->size == d->capacity) grow(d);
  if (i < d->size / 2) {
    d->head = (d->head - 1) & (d->capacity - 1);
    ++d->size;
    for (int64_t k = 0; k < i; ++k) slot(d, k) = slot(d, k + 1);
  } else {
    ++d->size;
    for (int64_t k = d->size - 1; k > i; --k) slot(d, k) = slot(d, k - 1);
  }
  slot(d, i) = v;
  ++d->state;
  return none();
}

Value m_remove(VM& vm, Value self, CallArgs args) {
  DequeObject* d = as_deque(self);
  int64_t found = -1;
  int r = scan(vm, d, args.args[0], 0, d->size, [&](int64_t i) { found = i; return true; });
  if (r < 0) return Value();
  if (r == 0) return not_in_deque(vm, args.args[0]);
  delete_at(d, found);
  return none();
}

Value m_reverse(VM&, Value self, CallArgs) {
  DequeObject* d = as_deque(self);
  for (int64_t i = 0, j = d->size - 1; i < j; ++i, --j) std::swap(slot(d, i), slot(d, j));
  return none();
}

Value m_rotate(VM& vm, Value self, CallArgs args) {
  DequeObject* d = as_deque(self);
  int64_t n = 1;
  if (args.nargs > 0 && !index_int64(vm, args.args[0], &n)) return Value();
  if (d->size <= 1) return none();
  n %= d->size;
  if (n < 0) n += d->size;
  int64_t mask = d->capacity - 1;
  if (d->size == d->capacity) {
    // Full ring: rotating only moves the head.
    d->head = (d->head - n) & mask;
  } else if (n <= d->size - n) {
    for (int64_t k = 0; k < n; ++k) {
      Value v = slot(d, d->size - 1);
      d->head = (d->head - 1) & mask;
      d->items[d->head] = v;
    }
  } else {
    for (int64_t k = 0; k < d->size - n; ++k) {
      Value v = slot(d, 0);
      d->head = (d->head + 1) & mask;
      slot(d, d->size - 1) = v;
    }
  }
  return none();
}

Value m_reversed(VM&, Value self, CallArgs) {
  DequeObject* d = as_deque(self);
  DequeIterObject* it = alloc<DequeIterObject>(&deque_reverse_iterator_type);
  incref(d);
  it->deque = d;
  it->index = d->size;
  it->remaining = d->size;
  it->state = d->state;
  gc::track(it);
  return Value::from_object(it);
}

Value m_reduce(VM& vm, Value self, CallArgs) {
  DequeObject* d = as_deque(self);
  Ref items = Ref::steal(Value::from_object(list_new(d->size)));
  for (int64_t i = 0; i < d->size; ++i) list_append(as_list(items.get()), slot(d, i));
  Ref maxlen = Ref::steal(d->maxlen < 0 ? none() : make_int(d->maxlen));
  if (d->maxlen < 0) incref(none());
  Value parts[] = {items.get(), maxlen.get()};
  Ref args = Ref::steal(Value::from_object(tuple_from(parts, d->maxlen < 0 ? 1 : 2)));
  Value result[] = {Value::from_object(type_of(self)), args.get()};
  (void)vm;
  return Value::from_object(tuple_from(result, 2));
}

Value get_maxlen(VM&, Value self) {
  DequeObject* d = as_deque(self);
  if (d->maxlen < 0) return none();
  return make_int(d->maxlen);
}

// ---- iterators ----

Value deque_iter(VM&, Value self) {
  DequeObject* d = as_deque(self);
  DequeIterObject* it = alloc<DequeIterObject>(&deque_iterator_type);
  incref(d);
  it->deque = d;
  it->index = 0;
  it->remaining = d->size;
  it->state = d->state;
  gc::track(it);
  return Value::from_object(it);
}

void iter_dealloc(Object* self) {
  DequeIterObject* it = static_cast<DequeIterObject*>(self);
  if (it->deque != nullptr) decref(it->deque);
  free_object(self);
}

void iter_traverse(Object* self, VisitFn visit, void* context) {
  DequeIterObject* it = static_cast<DequeIterObject*>(self);
  if (it->deque != nullptr) visit(Value::from_object(it->deque), context);
}

void iter_clear(Object* self) {
  DequeIterObject* it = static_cast<DequeIterObject*>(self);
  DequeObject* d = it->deque;
  it->deque = nullptr;
  if (d != nullptr) decref(d);
}

Value iter_self(VM&, Value self) {
  incref(self);
  return self;
}

Value iter_step(VM& vm, Value self, bool reverse) {
  DequeIterObject* it = static_cast<DequeIterObject*>(self.as_object());
  DequeObject* d = it->deque;
  if (d == nullptr) return Value();
  if (d->state != it->state) {
    it->remaining = 0;
    return vm.raise(&exc_RuntimeError, "deque mutated during iteration");
  }
  if (it->remaining <= 0) {
    it->deque = nullptr;
    decref(d);
    return Value();
  }
  --it->remaining;
  Value v = reverse ? slot(d, --it->index) : slot(d, it->index++);
  incref(v);
  return v;
}

Value iter_next(VM& vm, Value self) { return iter_step(vm, self, false); }
Value iter_reverse_next(VM& vm, Value self) { return iter_step(vm, self, true); }

Value iter_length_hint(VM&, Value self, CallArgs) {
  DequeIterObject* it = static_cast<DequeIterObject*>(self.as_object());
  return make_int(it->deque == nullptr ? 0 : it->remaining);
}

const MethodDef kIterMethods[] = {
    {"__length_hint__", iter_length_hint, ArgShape::kNoArgs, 0, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr},
};

const MethodDef kDequeMethods[] = {
    {"append", m_append, ArgShape::kOneArg, 1, 1, "Add an element to the right side of the deque."},
    {"appendleft", m_appendleft, ArgShape::kOneArg, 1, 1, "Add an element to the left side of the deque."},
    {"clear", m_clear, ArgShape::kNoArgs, 0, 0, "Remove all elements from the deque."},
    {"__copy__", m_copy, ArgShape::kNoArgs, 0, 0, "Return a shallow copy of a deque."},
    {"copy", m_copy, ArgShape::kNoArgs, 0, 0, "Return a shallow copy of a deque."},
    {"count", m_count, ArgShape::kOneArg, 1, 1, "D.count(value) -- return number of occurrences of value"},
    {"extend", m_extend, ArgShape::kOneArg, 1, 1, "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", m_extendleft, ArgShape::kOneArg, 1, 1, "Extend the left side of the deque with elements from the iterable"},
    {"index", m_index, ArgShape::kPositional, 1, 3,
     "D.index(value, [start, [stop]]) -- return first index of value.\nRaises ValueError if the value is not present."},
    {"insert", m_insert, ArgShape::kPositional, 2, 2, "D.insert(index, object) -- insert object before index"},
    {"pop", m_pop, ArgShape::kNoArgs, 0, 0, "Remove and return the rightmost element."},
    {"popleft", m_popleft, ArgShape::kNoArgs, 0, 0, "Remove and return the leftmost element."},
    {"__reduce__", m_reduce, ArgShape::kNoArgs, 0, 0, "Return state information for pickling."},
    {"remove", m_remove, ArgShape::kOneArg, 1, 1, "D.remove(value) -- remove first occurrence of value."},
    {"__reversed__", m_reversed, ArgShape::kNoArgs, 0, 0, "D.__reversed__() -- return a reverse iterator over the deque"},
    {"reverse", m_reverse, ArgShape::kNoArgs, 0, 0, "D.reverse() -- reverse *IN PLACE*"},
    {"rotate", m_rotate, ArgShape::kPositional, 0, 1, "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {nullptr, nullptr},
};

const GetSetDef kDequeGetSets[] = {
    {"maxlen", get_maxlen, nullptr, "maximum size of a deque or None if unbounded"},
    {nullptr, nullptr},
};

// "pkg.name" types: __name__ is the last part, __module__ the rest, messages the whole.
void set_dotted_name(TypeObject& t, const char* module, const char* name) {
  t.name_object = Value::from_object(intern_static(name));
  t.qualname_object = t.name_object;
  t.module_name = Value::from_object(intern_static(module));
}

void init_iterator_type(TypeObject& t, const char* name, UnaryFn next_fn) {
  t.name = name;
  t.type_flags = kTypeGc;
  t.basic_size = sizeof(DequeIterObject);
  t.dealloc = iter_dealloc;
  t.traverse = iter_traverse;
  t.clear = iter_clear;
  t.iter = iter_self;
  t.iternext = next_fn;
  t.methods = kIterMethods;
  ready_static_type(&t);
}

void init_deque_types() {
  if (has_flag(&deque_type, kTypeReady)) return;
  TypeObject& t = deque_type;
  t.name = "collections.deque";
  t.type_flags = kTypeBaseType | kTypeGc | kTypeMatchSequence;
  t.basic_size = sizeof(DequeObject);
  t.dealloc = deque_dealloc;
  t.traverse = deque_traverse;
  t.clear = deque_clear_refs;
  t.new_instance = deque_new_instance;
  t.init = deque_init;
  t.repr = deque_repr;
  t.richcompare = deque_richcompare;
  t.length = deque_length;
  t.getitem = deque_getitem;
  t.setitem = deque_setitem;
  t.contains = deque_contains;
  t.iter = deque_iter;
  t.binary[int(BinaryOp::kAdd)] = deque_add;
  t.inplace[int(BinaryOp::kAdd)] = deque_inplace_add;
  t.binary[int(BinaryOp::kMultiply)] = deque_multiply;
  t.inplace[int(BinaryOp::kMultiply)] = deque_inplace_multiply;
  t.methods = kDequeMethods;
  t.getsets = kDequeGetSets;
  t.doc = "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.";
  ready_static_type(&t);
  set_dotted_name(t, "collections", "deque");
  add_static_classmethod(&t, &kClassGetItemDef);
  init_iterator_type(deque_iterator_type, "_collections._deque_iterator", iter_next);
  set_dotted_name(deque_iterator_type, "_collections", "_deque_iterator");
  init_iterator_type(deque_reverse_iterator_type, "_collections._deque_reverse_iterator", iter_reverse_next);
  set_dotted_name(deque_reverse_iterator_type, "_collections", "_deque_reverse_iterator");
}

}  // namespace

ModuleObject* make_collections_module(vm::VM& vm) {
  init_deque_types();
  ModuleObject* m = module_new(vm, vm.intern("_collections"));
  add_owned(vm, m, "__doc__", Value::from_object(str_from_utf8("High performance data structures.\n"
                                                                "- deque:        ordered collection accessible from endpoints only\n")));
  add_value(vm, m, "deque", Value::from_object(&deque_type));
  add_value(vm, m, "_deque_iterator", Value::from_object(&deque_iterator_type));
  add_value(vm, m, "_deque_reverse_iterator", Value::from_object(&deque_reverse_iterator_type));
  add_collections_extras(vm, m);
  return m;
}

}  // namespace glasspy::modules
