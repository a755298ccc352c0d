// The list type (object model): representation, core operations and the type's slots.
#include "objects/list_object.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/iterators.h"
#include "objects/ops.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject list_type;

ListObject* list_new(int64_t capacity) {
  ListObject* l = alloc<ListObject>(&list_type);
  if (capacity > 0) list_reserve(l, capacity);
  gc::track(l);
  return l;
}

void list_reserve(ListObject* l, int64_t capacity) {
  if (capacity <= l->capacity) return;
  void* items = std::realloc(l->items, capacity * sizeof(Value));
  if (items == nullptr) std::abort();
  l->items = static_cast<Value*>(items);
  l->capacity = capacity;
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
    list_reserve(l, (n + (n >> 3) + 6) & ~int64_t{3});
  }
  l->items[l->size++] = v;
}

void list_append(ListObject* l, Value v) {
  incref(v);
  list_append_owned(l, v);
}

Value compare_item_arrays(VM& vm, const Value* a, int64_t an, const Value* b, int64_t bn, CompareOp op);

namespace {

void list_dealloc(Object* self) {
  ListObject* l = static_cast<ListObject*>(self);
  for (int64_t i = 0; i < l->size; ++i) decref(l->items[i]);
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
  for (int64_t i = 0; i < n; ++i) decref(items[i]);
  std::free(items);
}

Value list_repr(VM& vm, Value self) {
  ListObject* l = as_list(self);
  if (l->size == 0) return Value::from_object(str_from_ascii("[]"));
  if (!vm.enter_repr(self)) return Value::from_object(str_from_ascii("[...]"));
  std::string out = "[";
  for (int64_t i = 0; i < l->size; ++i) {
    if (i > 0) out += ", ";
    std::string item;
    Value v = l->items[i];
    incref(v);
    bool ok = repr_utf8(vm, v, &item);
    decref(v);
    if (!ok) {
      vm.leave_repr(self);
      return Value();
    }
    out += item;
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
  return compare_item_arrays(vm, x->items, x->size, y->items, y->size, op);
}

bool list_index(VM& vm, ListObject* l, Value key, int64_t* out) {
  int64_t i;
  if (!index_int64(vm, key, &i)) return false;
  if (i < 0) i += l->size;
  if (i < 0 || i >= l->size) {
    vm.raise(&exc_IndexError, "list index out of range");
    return false;
  }
  *out = i;
  return true;
}

Value list_getitem(VM& vm, Value self, Value key) {
  ListObject* l = as_list(self);
  if (is_int(key)) {
    int64_t i;
    if (!list_index(vm, l, key, &i)) return Value();
    incref(l->items[i]);
    return l->items[i];
  }
  return vm.raise(&exc_TypeError, std::string("list indices must be integers or slices, not ") + type_name(key));
}

bool list_setitem(VM& vm, Value self, Value key, Value value) {
  ListObject* l = as_list(self);
  if (is_int(key)) {
    int64_t i;
    if (value.is_null()) {
      if (!index_int64(vm, key, &i)) return false;
      if (i < 0) i += l->size;
      if (i < 0 || i >= l->size) {
        vm.raise(&exc_IndexError, "list assignment index out of range");
        return false;
      }
      Value old = l->items[i];
      std::memmove(l->items + i, l->items + i + 1, (l->size - i - 1) * sizeof(Value));
      --l->size;
      decref(old);
      return true;
    }
    if (!index_int64(vm, key, &i)) return false;
    if (i < 0) i += l->size;
    if (i < 0 || i >= l->size) {
      vm.raise(&exc_IndexError, "list assignment index out of range");
      return false;
    }
    incref(value);
    Value old = l->items[i];
    l->items[i] = value;
    decref(old);
    return true;
  }
  vm.raise(&exc_TypeError, std::string("list indices must be integers or slices, not ") + type_name(key));
  return false;
}

int list_contains(VM& vm, Value self, Value item) {
  ListObject* l = as_list(self);
  for (int64_t i = 0; i < l->size; ++i) {
    Value v = l->items[i];
    incref(v);
    int r = eq(vm, v, item);
    decref(v);
    if (r != 0) return r;
  }
  return 0;
}

Value list_iter(VM&, Value self) { return Value::from_object(sequence_iterator_new(self)); }

Value list_append_method(VM&, Value self, CallArgs args) {
  list_append(as_list(self), args.args[0]);
  return none();
}

const MethodDef kListMethods[] = {
    {"append", list_append_method, ArgShape::kOneArg, 1, 1, "Append object to the end of the list."},
    {nullptr, nullptr},
};

}  // namespace

void init_list_type() {
  TypeObject& t = list_type;
  t.name = "list";
  t.type_flags = kTypeBaseType | kTypeGc | kTypeListSubclass;
  t.basic_size = sizeof(ListObject);
  t.dealloc = list_dealloc;
  t.traverse = list_traverse;
  t.clear = list_clear_refs;
  t.repr = list_repr;
  t.richcompare = list_richcompare;
  t.length = list_length;
  t.getitem = list_getitem;
  t.setitem = list_setitem;
  t.contains = list_contains;
  t.iter = list_iter;
  t.methods = kListMethods;
}

}  // namespace glasspy::objects
