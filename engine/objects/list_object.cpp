// The list type (object model): representation, core operations and the type's slots
// (repr, comparison, indexing and slicing with steps, + and *). The named methods are in
// list_methods.cpp, sort in list_sort.cpp. Registered by init_list_type().
#include "objects/list_object.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/iterators.h"
#include "objects/memory_limit.h"
#include "objects/ops.h"
#include "objects/range_object.h"
#include "objects/slice_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject list_type;

ListObject* list_new(int64_t capacity) {
  ListObject* l = alloc<ListObject>(&list_type);
  if (capacity > 0) list_reserve(l, capacity);
  gc::track(l);
  return l;
}

// Grows the storage to `capacity`; false (nothing changed) if realloc fails.
bool list_try_reserve(ListObject* l, int64_t capacity) {
  if (capacity <= l->capacity) return true;
  void* items = std::realloc(l->items, static_cast<size_t>(capacity) * sizeof(Value));
  if (items == nullptr) return false;
  l->items = static_cast<Value*>(items);
  l->capacity = capacity;
  return true;
}

void list_reserve(ListObject* l, int64_t capacity) {
  if (!list_try_reserve(l, capacity)) std::abort();
}

// Sets the size to `n` (items beyond the old size are the caller's to fill), growing or
// shrinking the storage as CPython's list_resize does (over-allocation ~1/8).
void list_resize(ListObject* l, int64_t n) {
  if (l->capacity >= n && n >= (l->capacity >> 1)) {
    l->size = n;
    return;
  }
  int64_t capacity = (n + (n >> 3) + 6) & ~int64_t{3};
  if (n - l->size > capacity - n) capacity = (n + 3) & ~int64_t{3};
  if (n == 0) capacity = 0;
  if (capacity == 0) {
    std::free(l->items);
    l->items = nullptr;
  } else {
    void* items = std::realloc(l->items, capacity * sizeof(Value));
    if (items == nullptr) std::abort();
    l->items = static_cast<Value*>(items);
  }
  l->capacity = capacity;
  l->size = n;
}

ListObject* list_from(const Value* items, int64_t n) {
  ListObject* l = list_new(n);
  for (int64_t i = 0; i < n; ++i) {
    incref(items[i]);
    l->items[i] = items[i];
  }
  l->size = n;
  return l;
}

void list_append_owned(ListObject* l, Value v) {
  if (l->size == l->capacity) {
    // CPython's growth pattern: ~1.125x plus a little, so appends are amortised O(1).
    int64_t n = l->size + 1;
    if (!list_try_reserve(l, (n + (n >> 3) + 6) & ~int64_t{3})) {
      // Out of memory (wasm's 2 GiB): room for this one item (a realloc that can often
      // grow in place), and MemoryError at the VM's next check instead of an abort.
      request_memory_error();
      list_reserve(l, n);
    }
  }
  l->items[l->size++] = v;
}

void list_append(ListObject* l, Value v) {
  incref(v);
  list_append_owned(l, v);
}

ListObject* list_slice(ListObject* l, int64_t start, int64_t stop) {
  return list_from(l->items + start, stop - start);
}

bool list_extend(VM& vm, ListObject* l, Value iterable) {
  if (is_exact_list(iterable) || is_exact_tuple(iterable)) {
    // Read the source after growing: l.extend(l) doubles the list.
    int64_t n = is_exact_list(iterable) ? as_list(iterable)->size : as_tuple(iterable)->size;
    if (n == 0) return true;
    int64_t old = l->size;
    list_reserve(l, old + n);
    const Value* src = is_exact_list(iterable) ? as_list(iterable)->items : as_tuple(iterable)->items();
    for (int64_t i = 0; i < n; ++i) {
      incref(src[i]);
      l->items[old + i] = src[i];
    }
    l->size = old + n;
    return true;
  }
  if (is_range(iterable) && !check_presize(vm, iterable, sizeof(Value))) return false;
  Ref it = Ref::steal(iter(vm, iterable));
  if (!it) return false;
  TypeObject* it_type = type_of(it.get());
  UnaryFn next_fn = it_type->iternext;
  for (;;) {
    if (!vm.poll_native_work()) return false;
    Value v = next_fn != nullptr ? next_fn(vm, it.get()) : next(vm, it.get());
    if (v.is_null()) return !vm.has_error();
    list_append_owned(l, v);
  }
}

Value list_from_iterable(VM& vm, Value iterable) {
  ListObject* l = list_new();
  Ref ref = Ref::steal(Value::from_object(l));
  if (!list_extend(vm, l, iterable)) return Value();
  return ref.release();
}

Value compare_sizes(int64_t an, int64_t bn, CompareOp op);

namespace {

void list_dealloc(Object* self) {
  ListObject* l = static_cast<ListObject*>(self);
  // Last item first, as CPython (visible in the order of __del__ calls).
  for (int64_t i = l->size; --i >= 0;) decref(l->items[i]);
  std::free(l->items);
  free_object(self);
}

void list_traverse(Object* self, VisitFn visit, void* context) {
  ListObject* l = static_cast<ListObject*>(self);
  for (int64_t i = 0; i < l->size; ++i) visit(l->items[i], context);
}

void list_clear_refs(Object* self) {
  ListObject* l = static_cast<ListObject*>(self);
  Value* items = l->items;
  int64_t n = l->size;
  l->items = nullptr;
  l->size = l->capacity = 0;
  for (int64_t i = n; --i >= 0;) decref(items[i]);
  std::free(items);
}

Value list_repr(VM& vm, Value self) {
  ListObject* l = as_list(self);
  if (l->size == 0) return Value::from_object(str_from_ascii("[]"));
  if (!vm.enter_repr(self)) return Value::from_object(str_from_ascii("[...]"));
  std::string out = "[";
  // The size is re-read: an item's __repr__ may change the list.
  for (int64_t i = 0; i < l->size; ++i) {
    if (i > 0) out += ", ";
    Ref item = Ref::borrow(l->items[i]);
    Ref text = Ref::steal(repr(vm, item.get()));
    if (!text) {
      vm.leave_repr(self);
      return Value();
    }
    out += str_utf8(as_str(text.get()));
  }
  vm.leave_repr(self);
  out += "]";
  return Value::from_object(str_from_utf8(out));
}

int64_t list_length(VM&, Value self) { return as_list(self)->size; }

Value list_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_list(a) || !is_list(b)) return not_implemented();
  ListObject* x = as_list(a);
  ListObject* y = as_list(b);
  if ((op == CompareOp::kEq || op == CompareOp::kNe) && x->size != y->size) return boolean(op == CompareOp::kNe);
  // The first index where the items differ; sizes re-read as __eq__ may change the lists.
  int64_t i = 0;
  for (; i < x->size && i < y->size; ++i) {
    Value xi = x->items[i], yi = y->items[i];
    if (xi.is(yi)) continue;
    Ref hold_x = Ref::borrow(xi);
    Ref hold_y = Ref::borrow(yi);
    int same = eq(vm, xi, yi);
    if (same < 0) return Value();
    if (!same) break;
  }
  if (i >= x->size || i >= y->size) return compare_sizes(x->size, y->size, op);
  if (op == CompareOp::kEq) return boolean(false);
  if (op == CompareOp::kNe) return boolean(true);
  Ref hold_x = Ref::borrow(x->items[i]);
  Ref hold_y = Ref::borrow(y->items[i]);
  return rich_compare(vm, hold_x.get(), hold_y.get(), op);
}

Value index_type_error(VM& vm, Value key) {
  return vm.raise(&exc_TypeError, std::string("list indices must be integers or slices, not ") + type_name(key));
}

// The item index of an int key (negative from the end); false with IndexError if outside.
bool item_index(VM& vm, ListObject* l, Value key, int64_t* out, const char* message) {
  int64_t i;
  if (key.is_small_int()) {
    i = key.as_small_int();
  } else if (!index_int64(vm, key, &i)) {
    return false;
  }
  if (i < 0) i += l->size;
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(l->size)) {
    vm.raise(&exc_IndexError, message);
    return false;
  }
  *out = i;
  return true;
}

Value list_subscript(VM& vm, Value self, Value key) {
  ListObject* l = as_list(self);
  if (key.is_small_int()) {
    int64_t i = key.as_small_int();
    if (i < 0) i += l->size;
    if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(l->size))
      return vm.raise(&exc_IndexError, "list index out of range");
    incref(l->items[i]);
    return l->items[i];
  }
  if (is_slice(key)) {
    int64_t start, stop, step, n;
    if (!slice_indices(vm, key, l->size, &start, &stop, &step, &n)) return Value();
    if (n <= 0) return Value::from_object(list_new());
    if (step == 1) return Value::from_object(list_slice(l, start, stop));
    ListObject* r = list_new(n);
    for (int64_t k = 0, i = start; k < n; ++k, i += step) {
      incref(l->items[i]);
      r->items[k] = l->items[i];
    }
    r->size = n;
    return Value::from_object(r);
  }
  if (is_int(key) || type_of(key)->index != nullptr) {
    int64_t i;
    if (!item_index(vm, l, key, &i, "list index out of range")) return Value();
    incref(l->items[i]);
    return l->items[i];
  }
  return index_type_error(vm, key);
}

// PySequence_Fast: the items of a list or tuple as they are, anything else as a new list;
// `message` replaces the TypeError of a non-iterable.
Value sequence_fast(VM& vm, Value v, const char* message) {
  if (is_exact_list(v) || is_exact_tuple(v)) {
    incref(v);
    return v;
  }
  Ref it = Ref::steal(iter(vm, v));
  if (!it) {
    if (vm.error_matches(&exc_TypeError)) {
      vm.clear_error();
      vm.raise(&exc_TypeError, message);
    }
    return Value();
  }
  return list_from_iterable(vm, it.get());
}

void fast_items(Value seq, const Value** items, int64_t* n) {
  if (is_exact_list(seq)) {
    *items = as_list(seq)->items;
    *n = as_list(seq)->size;
  } else {
    *items = as_tuple(seq)->items();
    *n = as_tuple(seq)->size;
  }
}

// l[low:high] = value (value null: delete), step 1 (CPython's list_ass_slice).
bool assign_simple_slice(VM& vm, ListObject* l, int64_t low, int64_t high, Value value) {
  Ref seq;
  const Value* items = nullptr;
  int64_t n = 0;
  if (!value.is_null()) {
    if (value.is(Value::from_object(l))) {
      seq = Ref::steal(Value::from_object(list_slice(l, 0, l->size)));
    } else {
      seq = Ref::steal(sequence_fast(vm, value, "can only assign an iterable"));
      if (!seq) return false;
    }
    fast_items(seq.get(), &items, &n);
  }
  if (low < 0) low = 0;
  else if (low > l->size) low = l->size;
  if (high < low) high = low;
  else if (high > l->size) high = l->size;
  int64_t removed = high - low;
  // Keep the replaced items until the list is consistent (their __del__ may look at it).
  Value* old = nullptr;
  Value small[8];
  if (removed > 0) {
    old = removed <= 8 ? small : static_cast<Value*>(std::malloc(removed * sizeof(Value)));
    std::memcpy(old, l->items + low, removed * sizeof(Value));
  }
  int64_t delta = n - removed;
  int64_t old_size = l->size;
  if (delta < 0) {
    std::memmove(l->items + high + delta, l->items + high, (old_size - high) * sizeof(Value));
    list_resize(l, old_size + delta);
  } else if (delta > 0) {
    list_resize(l, old_size + delta);
    std::memmove(l->items + high + delta, l->items + high, (old_size - high) * sizeof(Value));
  }
  for (int64_t k = 0; k < n; ++k) {
    incref(items[k]);
    l->items[low + k] = items[k];
  }
  for (int64_t k = 0; k < removed; ++k) decref(old[k]);
  if (old != small) std::free(old);
  return true;
}

bool list_ass_subscript(VM& vm, Value self, Value key, Value value) {
  ListObject* l = as_list(self);
  if (key.is_small_int() || (!is_slice(key) && (is_int(key) || type_of(key)->index != nullptr))) {
    int64_t i;
    if (!item_index(vm, l, key, &i, "list assignment index out of range")) return false;
    Value old = l->items[i];
    if (value.is_null()) {
      std::memmove(l->items + i, l->items + i + 1, (l->size - i - 1) * sizeof(Value));
      list_resize(l, l->size - 1);
    } else {
      incref(value);
      l->items[i] = value;
    }
    decref(old);
    return true;
  }
  if (!is_slice(key)) {
    index_type_error(vm, key);
    return false;
  }
  int64_t start, stop, step, n;
  if (!slice_indices(vm, key, l->size, &start, &stop, &step, &n)) return false;
  if (step == 1) return assign_simple_slice(vm, l, start, stop, value);
  if (value.is_null()) {
    if (n <= 0) return true;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (n - 1) - 1;
      step = -step;
    }
    Value* garbage = static_cast<Value*>(std::malloc(n * sizeof(Value)));
    int64_t cur = start, k = 0;
    for (; cur < stop; cur += step, ++k) {
      garbage[k] = l->items[cur];
      int64_t lim = step - 1;
      if (cur + step >= l->size) lim = l->size - cur - 1;
      std::memmove(l->items + cur - k, l->items + cur + 1, lim * sizeof(Value));
    }
    cur = start + n * step;
    if (cur < l->size) std::memmove(l->items + cur - n, l->items + cur, (l->size - cur) * sizeof(Value));
    list_resize(l, l->size - n);
    for (int64_t j = 0; j < n; ++j) decref(garbage[j]);
    std::free(garbage);
    return true;
  }
  Ref seq;
  if (value.is(self)) {
    seq = Ref::steal(Value::from_object(list_slice(l, 0, l->size)));
  } else {
    seq = Ref::steal(sequence_fast(vm, value, "must assign iterable to extended slice"));
    if (!seq) return false;
  }
  const Value* items;
  int64_t count;
  fast_items(seq.get(), &items, &count);
  if (count != n) {
    vm.raise(&exc_ValueError, "attempt to assign sequence of size " + std::to_string(count) +
                                  " to extended slice of size " + std::to_string(n));
    return false;
  }
  if (n == 0) return true;
  Value* garbage = static_cast<Value*>(std::malloc(n * sizeof(Value)));
  for (int64_t k = 0, cur = start; k < n; ++k, cur += step) {
    garbage[k] = l->items[cur];
    incref(items[k]);
    l->items[cur] = items[k];
  }
  for (int64_t k = 0; k < n; ++k) decref(garbage[k]);
  std::free(garbage);
  return true;
}

int list_contains(VM& vm, Value self, Value item) {
  ListObject* l = as_list(self);
  for (int64_t i = 0; i < l->size; ++i) {
    Value v = l->items[i];
    if (v.is(item)) return 1;
    if (v.is_small_int() && item.is_small_int()) continue;
    Ref hold = Ref::borrow(v);
    int r = eq(vm, v, item);
    if (r != 0) return r;
  }
  return 0;
}

Value list_iter(VM&, Value self) { return Value::from_object(sequence_iterator_new(self)); }

Value list_new_instance(VM&, TypeObject* type, CallArgs) {
  ListObject* l = alloc<ListObject>(type);
  gc::track(l);
  return Value::from_object(l);
}

bool list_init(VM& vm, Value self, CallArgs args) {
  if (args.nkw() != 0 && type_of(self)->new_instance == list_type.new_instance) {
    vm.raise(&exc_TypeError, "list() takes no keyword arguments");
    return false;
  }
  if (args.nargs > 1) {
    vm.raise(&exc_TypeError, "list expected at most 1 argument, got " + std::to_string(args.nargs));
    return false;
  }
  ListObject* l = as_list(self);
  if (l->size > 0) list_clear_refs(l);
  if (args.nargs == 0) return true;
  return list_extend(vm, l, args.args[0]);
}

// A heap type may define __radd__/__rmul__: let ops try it before raising.
bool may_reflect(Value v, BinaryOp op) {
  TypeObject* t = type_of(v);
  return has_flag(t, kTypeHeap) && t->binary[int(op)] != nullptr;
}

Value list_add(VM& vm, Value a, Value b) {
  if (!is_list(a)) return not_implemented();
  if (!is_list(b)) {
    if (may_reflect(b, BinaryOp::kAdd)) return not_implemented();
    return vm.raise(&exc_TypeError, std::string("can only concatenate list (not \"") + type_name(b) + "\") to list");
  }
  ListObject* x = as_list(a);
  ListObject* y = as_list(b);
  ListObject* r = list_new(x->size + y->size);
  for (int64_t i = 0; i < x->size; ++i) {
    incref(x->items[i]);
    r->items[i] = x->items[i];
  }
  for (int64_t i = 0; i < y->size; ++i) {
    incref(y->items[i]);
    r->items[x->size + i] = y->items[i];
  }
  r->size = x->size + y->size;
  return Value::from_object(r);
}

Value list_inplace_add(VM& vm, Value a, Value b) {
  if (!is_list(a)) return not_implemented();
  if (!list_extend(vm, as_list(a), b)) return Value();
  incref(a);
  return a;
}

// The count of seq * n, or false with the error raised (or *not_mine set for a type that
// may handle the operation through its reflected slot).
bool repeat_count(VM& vm, Value seq, Value count, bool seq_first, int64_t* out, bool* not_mine) {
  *not_mine = false;
  if (count.is_small_int()) {
    *out = count.as_small_int();
    return true;
  }
  if (!is_int(count) && type_of(count)->index == nullptr) {
    if (seq_first && may_reflect(count, BinaryOp::kMultiply)) {
      *not_mine = true;
      return false;
    }
    vm.raise(&exc_TypeError, std::string("can't multiply sequence by non-int of type '") + type_name(count) + "'");
    return false;
  }
  Ref i = Ref::steal(index(vm, count));
  if (!i) return false;
  if (!int_to_int64(i.get(), out)) {
    vm.raise(&exc_OverflowError, std::string("cannot fit '") + type_name(count) + "' into an index-sized integer");
    return false;
  }
  (void)seq;
  return true;
}

Value list_repeat(VM& vm, ListObject* l, int64_t n) {
  if (n <= 0 || l->size == 0) return Value::from_object(list_new());
  if (l->size > INT64_MAX / 16 / n) return raise_memory_error(vm);
  int64_t total = l->size * n;
  if (!check_allocation(vm, static_cast<uint64_t>(total), sizeof(Value))) return Value();
  ListObject* r = list_new(total);
  if (l->size == 1) {
    Value v = l->items[0];
    for (int64_t i = 0; i < total; ++i) r->items[i] = v;
    if (v.is_object()) v.as_object()->refcount += static_cast<uint32_t>(total);
  } else {
    for (int64_t k = 0; k < n; ++k)
      for (int64_t i = 0; i < l->size; ++i) {
        incref(l->items[i]);
        r->items[k * l->size + i] = l->items[i];
      }
  }
  r->size = total;
  return Value::from_object(r);
}

Value list_multiply(VM& vm, Value a, Value b) {
  bool seq_first = is_list(a);
  Value seq = seq_first ? a : b;
  Value count = seq_first ? b : a;
  if (!is_list(seq)) return not_implemented();
  int64_t n;
  bool not_mine;
  if (!repeat_count(vm, seq, count, seq_first, &n, &not_mine)) return not_mine ? not_implemented() : Value();
  return list_repeat(vm, as_list(seq), n);
}

Value list_inplace_multiply(VM& vm, Value a, Value b) {
  if (!is_list(a)) return not_implemented();
  int64_t n;
  bool not_mine;
  if (!repeat_count(vm, a, b, true, &n, &not_mine)) return not_mine ? not_implemented() : Value();
  ListObject* l = as_list(a);
  if (n <= 0 || l->size == 0) {
    list_clear_refs(l);
  } else if (n > 1) {
    if (l->size > INT64_MAX / 16 / n) return raise_memory_error(vm);
    int64_t size = l->size;
    if (!check_allocation(vm, static_cast<uint64_t>(size * n), sizeof(Value))) return Value();
    list_reserve(l, size * n);
    for (int64_t k = 1; k < n; ++k)
      for (int64_t i = 0; i < size; ++i) {
        incref(l->items[i]);
        l->items[k * size + i] = l->items[i];
      }
    l->size = size * n;
  }
  incref(a);
  return a;
}

}  // namespace

// From list_methods.cpp.
extern const MethodDef kListMethods[];
void init_list_reverseiterator_type();

void init_list_type() {
  TypeObject& t = list_type;
  t.name = "list";
  t.type_flags = kTypeBaseType | kTypeGc | kTypeListSubclass | kTypeImmutable;
  t.basic_size = sizeof(ListObject);
  t.dealloc = list_dealloc;
  t.traverse = list_traverse;
  t.clear = list_clear_refs;
  t.new_instance = list_new_instance;
  t.init = list_init;
  t.repr = list_repr;
  t.richcompare = list_richcompare;
  t.length = list_length;
  t.getitem = list_subscript;
  t.setitem = list_ass_subscript;
  t.contains = list_contains;
  t.iter = list_iter;
  t.binary[int(BinaryOp::kAdd)] = list_add;
  t.inplace[int(BinaryOp::kAdd)] = list_inplace_add;
  t.binary[int(BinaryOp::kMultiply)] = list_multiply;
  t.inplace[int(BinaryOp::kMultiply)] = list_inplace_multiply;
  t.methods = kListMethods;
  t.doc =
      "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe "
      "argument must be an iterable if specified.";
  init_list_reverseiterator_type();
}

}  // namespace glasspy::objects
