// The named methods of list (object model): append, extend, insert, remove, pop, index,
// count, clear, copy, reverse, sort, __reversed__, __sizeof__, with CPython's messages;
// and the list_reverseiterator type. The slots are in list_object.cpp.
#include <cstring>
#include <string>

#include "objects/alloc.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject list_reverseiterator_type;

void list_resize(ListObject* l, int64_t n);

namespace {

ListObject* L(Value v) { return as_list(v); }

// A Py_ssize_t argument: __index__, OverflowError past int64.
bool ssize_arg(VM& vm, Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  Ref i = Ref::steal(index(vm, v));
  if (!i) return false;
  if (int_to_int64(i.get(), out)) return true;
  vm.raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
  return false;
}

// A start/stop argument of index(): clamped like a slice index, None not allowed.
bool slice_index_not_none(VM& vm, Value v, int64_t* out) {
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

// Item i equals x: 1, 0, -1 (the item is held while __eq__ runs).
int item_equals(VM& vm, ListObject* l, int64_t i, Value x) {
  Value v = l->items[i];
  if (v.is(x)) return 1;
  if (v.is_small_int() && x.is_small_int()) return 0;
  Ref hold = Ref::borrow(v);
  return eq(vm, v, x);
}

Value m_append(VM&, Value self, CallArgs args) {
  list_append(L(self), args.args[0]);
  return none();
}

Value m_extend(VM& vm, Value self, CallArgs args) {
  if (!list_extend(vm, L(self), args.args[0])) return Value();
  return none();
}

Value m_insert(VM& vm, Value self, CallArgs args) {
  ListObject* l = L(self);
  int64_t i;
  if (!ssize_arg(vm, args.args[0], &i)) return Value();
  int64_t n = l->size;
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  incref(args.args[1]);
  list_resize(l, n + 1);
  std::memmove(l->items + i + 1, l->items + i, (n - i) * sizeof(Value));
  l->items[i] = args.args[1];
  return none();
}

Value m_remove(VM& vm, Value self, CallArgs args) {
  ListObject* l = L(self);
  for (int64_t i = 0; i < l->size; ++i) {
    int r = item_equals(vm, l, i, args.args[0]);
    if (r < 0) return Value();
    if (r > 0) {
      Value old = l->items[i];
      std::memmove(l->items + i, l->items + i + 1, (l->size - i - 1) * sizeof(Value));
      list_resize(l, l->size - 1);
      decref(old);
      return none();
    }
  }
  return vm.raise(&exc_ValueError, "list.remove(x): x not in list");
}

Value m_pop(VM& vm, Value self, CallArgs args) {
  ListObject* l = L(self);
  int64_t i = -1;
  if (args.nargs > 0 && !ssize_arg(vm, args.args[0], &i)) return Value();
  if (l->size == 0) return vm.raise(&exc_IndexError, "pop from empty list");
  if (i < 0) i += l->size;
  if (i < 0 || i >= l->size) return vm.raise(&exc_IndexError, "pop index out of range");
  Value v = l->items[i];
  std::memmove(l->items + i, l->items + i + 1, (l->size - i - 1) * sizeof(Value));
  list_resize(l, l->size - 1);
  return v;
}

Value m_index(VM& vm, Value self, CallArgs args) {
  ListObject* l = L(self);
  int64_t start = 0, stop = INT64_MAX;
  if (args.nargs > 1 && !slice_index_not_none(vm, args.args[1], &start)) return Value();
  if (args.nargs > 2 && !slice_index_not_none(vm, args.args[2], &stop)) return Value();
  if (start < 0) {
    start += l->size;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += l->size;
    if (stop < 0) stop = 0;
  }
  for (int64_t i = start; i < stop && i < l->size; ++i) {
    int r = item_equals(vm, l, i, args.args[0]);
    if (r < 0) return Value();
    if (r > 0) return make_int(i);
  }
  std::string text;
  if (!repr_utf8(vm, args.args[0], &text)) return Value();
  return vm.raise(&exc_ValueError, text + " is not in list");
}

Value m_count(VM& vm, Value self, CallArgs args) {
  ListObject* l = L(self);
  int64_t n = 0;
  for (int64_t i = 0; i < l->size; ++i) {
    int r = item_equals(vm, l, i, args.args[0]);
    if (r < 0) return Value();
    n += r;
  }
  return make_int(n);
}

Value m_clear(VM&, Value self, CallArgs) {
  ListObject* l = L(self);
  Value* items = l->items;
  int64_t n = l->size;
  l->items = nullptr;
  l->size = l->capacity = 0;
  for (int64_t i = 0; i < n; ++i) decref(items[i]);
  std::free(items);
  return none();
}

Value m_copy(VM&, Value self, CallArgs) { return Value::from_object(list_slice(L(self), 0, L(self)->size)); }

Value m_reverse(VM&, Value self, CallArgs) {
  ListObject* l = L(self);
  for (int64_t i = 0, j = l->size - 1; i < j; ++i, --j) std::swap(l->items[i], l->items[j]);
  return none();
}

Value m_sort(VM& vm, Value self, CallArgs args) {
  if (args.nargs > 0) return vm.raise(&exc_TypeError, "sort() takes no positional arguments");
  Value key, reverse;
  for (size_t i = 0; i < args.nkw(); ++i) {
    StrObject* name = as_str(args.kwnames->items()[i]);
    if (str_equals_utf8(name, "key")) {
      key = args.kw_value(i);
    } else if (str_equals_utf8(name, "reverse")) {
      reverse = args.kw_value(i);
    } else {
      return vm.raise(&exc_TypeError,
                      "'" + std::string(str_utf8(name)) + "' is an invalid keyword argument for sort()");
    }
  }
  bool rev = false;
  if (!reverse.is_null()) {
    if (!is_int(reverse) && type_of(reverse)->index == nullptr)
      return vm.raise(&exc_TypeError,
                      std::string("'") + type_name(reverse) + "' object cannot be interpreted as an integer");
    Ref i = Ref::steal(index(vm, reverse));
    if (!i) return Value();
    rev = !int_to_bigint(i.get()).is_zero();
  }
  if (!list_sort(vm, L(self), key, rev)) return Value();
  return none();
}

struct ListReverseIterator : Object {
  ListObject* list = nullptr;  // null once exhausted
  int64_t index = 0;           // next item to produce
};

Value m_reversed(VM&, Value self, CallArgs) {
  auto* it = alloc<ListReverseIterator>(&list_reverseiterator_type);
  incref(self);
  it->list = L(self);
  it->index = L(self)->size - 1;
  return Value::from_object(it);
}

Value m_sizeof(VM&, Value self, CallArgs) { return make_int(40 + L(self)->capacity * 8); }

Value rev_next(VM&, Value self) {
  auto* it = static_cast<ListReverseIterator*>(self.as_object());
  ListObject* l = it->list;
  if (l == nullptr) return Value();
  if (it->index >= 0 && it->index < l->size) {
    Value v = l->items[it->index--];
    incref(v);
    return v;
  }
  it->index = -1;
  it->list = nullptr;
  decref(l);
  return Value();
}

Value rev_self(VM&, Value self) {
  incref(self);
  return self;
}

void rev_dealloc(Object* self) {
  auto* it = static_cast<ListReverseIterator*>(self);
  if (it->list) decref(it->list);
  free_object(self);
}

void rev_traverse(Object* self, VisitFn visit, void* context) {
  auto* it = static_cast<ListReverseIterator*>(self);
  if (it->list) visit(Value::from_object(it->list), context);
}

Value rev_length_hint(VM&, Value self, CallArgs) {
  auto* it = static_cast<ListReverseIterator*>(self.as_object());
  int64_t n = it->list != nullptr && it->index < it->list->size ? it->index + 1 : 0;
  return make_int(n);
}

const MethodDef kReverseIteratorMethods[] = {
    {"__length_hint__", rev_length_hint, ArgShape::kNoArgs, 0, 0,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr},
};

}  // namespace

extern const MethodDef kListMethods[] = {
    {"__reversed__", m_reversed, ArgShape::kNoArgs, 0, 0, "Return a reverse iterator over the list."},
    {"__sizeof__", m_sizeof, ArgShape::kNoArgs, 0, 0, "Return the size of the list in memory, in bytes."},
    {"clear", m_clear, ArgShape::kNoArgs, 0, 0, "Remove all items from list."},
    {"copy", m_copy, ArgShape::kNoArgs, 0, 0, "Return a shallow copy of the list."},
    {"append", m_append, ArgShape::kOneArg, 1, 1, "Append object to the end of the list."},
    {"insert", m_insert, ArgShape::kPositional, 2, 2, "Insert object before index."},
    {"extend", m_extend, ArgShape::kOneArg, 1, 1, "Extend list by appending elements from the iterable."},
    {"pop", m_pop, ArgShape::kPositional, 0, 1,
     "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of "
     "range."},
    {"remove", m_remove, ArgShape::kOneArg, 1, 1,
     "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
    {"index", m_index, ArgShape::kPositional, 1, 3,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", m_count, ArgShape::kOneArg, 1, 1, "Return number of occurrences of value."},
    {"reverse", m_reverse, ArgShape::kNoArgs, 0, 0, "Reverse *IN PLACE*."},
    {"sort", m_sort, ArgShape::kKeywords, 0, -1,
     "Sort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the list itself is "
     "modified) and stable (i.e. the\norder of two equal elements is maintained).\n\nIf a key function is "
     "given, apply it once to each list item and sort them,\nascending or descending, according to their "
     "function values.\n\nThe reverse flag can be set to sort in descending order."},
    {nullptr, nullptr},
};

void init_list_reverseiterator_type() {
  TypeObject& t = list_reverseiterator_type;
  t.name = "list_reverseiterator";
  t.type_flags = kTypeGc | kTypeImmutable;
  t.basic_size = sizeof(ListReverseIterator);
  t.dealloc = rev_dealloc;
  t.traverse = rev_traverse;
  t.iter = rev_self;
  t.iternext = rev_next;
  t.methods = kReverseIteratorMethods;
}

}  // namespace glasspy::objects
