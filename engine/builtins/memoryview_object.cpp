// The memoryview type (builtins stage): construction, indexing (items, slices of the first
// dimension, tuples of indices), item and slice assignment, comparison, hashing,
// iteration (memory_iterator) and release. A bytearray cannot be resized while a view of
// it is alive. Methods and attributes are in memoryview_methods.cpp.
#include "builtins/memoryview_object.h"

#include <cstring>
#include <string>

#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/bytes_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

TypeObject memoryview_type;
TypeObject memory_iterator_type;

// memoryview_methods.cpp
void init_memoryview_methods(TypeObject& t);
bool memoryview_check_released(VM& vm, const MemoryViewObject* m);
MemoryViewObject* memoryview_copy(const MemoryViewObject* m);

namespace {

MemoryViewObject* as_view(Value v) { return as_memoryview(v); }

void release(MemoryViewObject* m) {
  if (m->released) return;
  m->released = true;
  if (is_bytearray(m->base)) --as_bytearray(m->base)->exports;
}

void view_dealloc(Object* self) {
  MemoryViewObject* m = static_cast<MemoryViewObject*>(self);
  release(m);
  decref(m->base);
  m->~MemoryViewObject();
  free_object(self);
}

// A view of a whole bytes or bytearray object: format 'B', one dimension.
MemoryViewObject* view_of_bytes(Value object, int64_t size) {
  MemoryViewObject* m = alloc<MemoryViewObject>(&memoryview_type);
  incref(object);
  m->base = object;
  m->shape.assign(1, size);
  m->strides.assign(1, 1);
  m->readonly = !is_bytearray(object);
  if (is_bytearray(object)) ++as_bytearray(object)->exports;
  return m;
}

Value view_new_slot(VM& vm, TypeObject*, CallArgs args) {
  if (args.nkw() != 0 || args.nargs != 1) {
    if (args.nargs + args.nkw() == 0) return vm.raise(&exc_TypeError, "memoryview() missing required argument 'object' (pos 1)");
    if (args.nkw() == 0)
      return vm.raise(&exc_TypeError, "memoryview() takes at most 1 argument (" + std::to_string(args.nargs) + " given)");
  }
  Value object = args.nargs > 0 ? args.args[0] : args.kw_value(0);
  if (is_memoryview(object)) {
    if (!memoryview_check_released(vm, as_view(object))) return Value();
    return Value::from_object(memoryview_copy(as_view(object)));
  }
  if (is_bytes(object)) return Value::from_object(view_of_bytes(object, as_bytes(object)->size));
  if (is_bytearray(object)) return Value::from_object(view_of_bytes(object, as_bytearray(object)->size));
  return vm.raise(&exc_TypeError,
                  std::string("memoryview: a bytes-like object is required, not '") + type_name(object) + "'");
}

Value view_repr(VM&, Value self) {
  MemoryViewObject* m = as_view(self);
  std::string text = std::string(m->released ? "<released memory at " : "<memory at ") + address_text(self) + ">";
  return Value::from_object(str_from_ascii(text));
}

int64_t view_length(VM& vm, Value self) {
  MemoryViewObject* m = as_view(self);
  if (!memoryview_check_released(vm, m)) return -1;
  return m->ndim() == 0 ? 1 : m->shape[0];
}

bool has_index(Value v) { return is_int(v) || (v.is_object() && !v.is_double() && type_of(v)->index != nullptr); }

// An index as ssize_t, IndexError if it does not fit (PyNumber_AsSsize_t(key, IndexError)).
bool ssize_index(VM& vm, Value key, int64_t* out) {
  Ref number = Ref::steal(index(vm, key));
  if (number.is_null()) return false;
  if (!int_to_int64(number.get(), out)) {
    vm.raise(&exc_IndexError, std::string("cannot fit '") + type_name(number.get()) + "' into an index-sized integer");
    return false;
  }
  return true;
}

// The address of item `index` along dimension `dim` from `p`.
bool lookup_dimension(VM& vm, const MemoryViewObject* m, uint8_t** p, int64_t dim, int64_t index) {
  int64_t n = m->shape[dim];
  if (index < 0) index += n;
  if (index < 0 || index >= n) {
    vm.raise(&exc_IndexError, "index out of bounds on dimension " + std::to_string(dim + 1));
    return false;
  }
  *p += index * m->strides[dim];
  return true;
}

bool all_items(Value key, bool (*test)(Value)) {
  if (!is_tuple(key)) return false;
  TupleObject* t = as_tuple(key);
  for (int64_t i = 0; i < t->size; ++i)
    if (!test(t->item(i))) return false;
  return true;
}
bool is_multiindex(Value key) { return all_items(key, has_index); }
bool is_multislice(Value key) { return all_items(key, [](Value v) { return is_slice(v); }); }

// The address of the item a full tuple of indices names.
bool item_from_tuple(VM& vm, const MemoryViewObject* m, Value key, uint8_t** p) {
  TupleObject* t = as_tuple(key);
  if (t->size < m->ndim()) {
    vm.raise(&exc_NotImplementedError, "sub-views are not implemented");
    return false;
  }
  if (t->size > m->ndim()) {
    vm.raise(&exc_TypeError, "cannot index " + std::to_string(m->ndim()) + "-dimension view with " +
                                 std::to_string(t->size) + "-element tuple");
    return false;
  }
  *p = memoryview_base_data(m) + m->offset;
  for (int64_t d = 0; d < m->ndim(); ++d) {
    int64_t i;
    if (!ssize_index(vm, t->item(d), &i) || !lookup_dimension(vm, m, p, d, i)) return false;
  }
  return true;
}

Value invalid_0dim(VM& vm) { return vm.raise(&exc_TypeError, "invalid indexing of 0-dim memory"); }
Value invalid_key(VM& vm) { return vm.raise(&exc_TypeError, "memoryview: invalid slice key"); }

bool is_empty_tuple(Value key) { return is_tuple(key) && as_tuple(key)->size == 0; }

Value view_getitem(VM& vm, Value self, Value key) {
  MemoryViewObject* m = as_view(self);
  if (!memoryview_check_released(vm, m)) return Value();
  uint8_t* p = memoryview_base_data(m) + m->offset;
  if (m->ndim() == 0) {
    if (is_empty_tuple(key)) return memoryview_unpack(m, p);
    if (key.is(ellipsis())) {
      incref(self);
      return self;
    }
    return invalid_0dim(vm);
  }
  if (has_index(key)) {
    int64_t i;
    if (!ssize_index(vm, key, &i)) return Value();
    if (m->ndim() > 1) return vm.raise(&exc_NotImplementedError, "multi-dimensional sub-views are not implemented");
    if (!lookup_dimension(vm, m, &p, 0, i)) return Value();
    return memoryview_unpack(m, p);
  }
  if (is_slice(key)) {
    int64_t start, stop, step, count;
    if (!slice_indices(vm, key, m->shape[0], &start, &stop, &step, &count)) return Value();
    MemoryViewObject* sub = memoryview_copy(m);
    sub->offset += start * m->strides[0];
    sub->shape[0] = count;
    sub->strides[0] *= step;
    return Value::from_object(sub);
  }
  if (is_multiindex(key)) {
    if (!item_from_tuple(vm, m, key, &p)) return Value();
    return memoryview_unpack(m, p);
  }
  if (is_multislice(key)) return vm.raise(&exc_NotImplementedError, "multi-dimensional slicing is not implemented");
  return invalid_key(vm);
}

// m[slice] = value for a one-dimensional view: value must have the same format and length.
bool assign_slice(VM& vm, MemoryViewObject* m, Value key, Value value) {
  MemoryViewObject* src;
  Ref holder;
  if (is_memoryview(value)) {
    src = as_view(value);
    if (!memoryview_check_released(vm, src)) return false;
  } else if (is_bytes(value) || is_bytearray(value)) {
    holder = Ref::steal(Value::from_object(
        view_of_bytes(value, is_bytes(value) ? as_bytes(value)->size : as_bytearray(value)->size)));
    src = as_view(holder.get());
  } else {
    vm.raise(&exc_TypeError, std::string("a bytes-like object is required, not '") + type_name(value) + "'");
    return false;
  }
  int64_t start, stop, step, count;
  if (!slice_indices(vm, key, m->shape[0], &start, &stop, &step, &count)) return false;
  std::string_view dest_format = m->format, src_format = src->format;
  if (!dest_format.empty() && dest_format[0] == '@') dest_format.remove_prefix(1);
  if (!src_format.empty() && src_format[0] == '@') src_format.remove_prefix(1);
  if (dest_format != src_format || m->itemsize != src->itemsize || src->ndim() != 1 || src->shape[0] != count) {
    vm.raise(&exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
    return false;
  }
  std::string data = memoryview_bytes(src);  // a copy: source and destination may overlap
  uint8_t* p = memoryview_base_data(m) + m->offset + start * m->strides[0];
  for (int64_t k = 0; k < count; ++k)
    std::memcpy(p + k * step * m->strides[0], data.data() + k * m->itemsize, static_cast<size_t>(m->itemsize));
  return true;
}

bool view_setitem(VM& vm, Value self, Value key, Value value) {
  MemoryViewObject* m = as_view(self);
  if (!memoryview_check_released(vm, m)) return false;
  if (m->readonly) {
    vm.raise(&exc_TypeError, "cannot modify read-only memory");
    return false;
  }
  if (value.is_null()) {
    vm.raise(&exc_TypeError, "cannot delete memory");
    return false;
  }
  uint8_t* p = memoryview_base_data(m) + m->offset;
  if (m->ndim() == 0) {
    if (key.is(ellipsis()) || is_empty_tuple(key)) return memoryview_pack(vm, m, value, p);
    (void)invalid_0dim(vm);
    return false;
  }
  if (has_index(key)) {
    if (m->ndim() > 1) {
      vm.raise(&exc_NotImplementedError, "sub-views are not implemented");
      return false;
    }
    int64_t i;
    if (!ssize_index(vm, key, &i) || !lookup_dimension(vm, m, &p, 0, i)) return false;
    return memoryview_pack(vm, m, value, p);
  }
  if (is_slice(key) && m->ndim() == 1) return assign_slice(vm, m, key, value);
  if (is_multiindex(key)) return item_from_tuple(vm, m, key, &p) && memoryview_pack(vm, m, value, p);
  if (is_slice(key) || is_multislice(key)) {
    vm.raise(&exc_NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
    return false;
  }
  (void)invalid_key(vm);
  return false;
}

Value view_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (op != CompareOp::kEq && op != CompareOp::kNe) return not_implemented();
  MemoryViewObject* m = as_view(a);
  int equal;
  Ref holder;
  if (m->released || (is_memoryview(b) && as_view(b)->released)) {
    equal = a.is(b);
  } else {
    MemoryViewObject* other;
    if (is_memoryview(b)) {
      other = as_view(b);
    } else if (is_bytes(b) || is_bytearray(b)) {
      holder = Ref::steal(Value::from_object(view_of_bytes(b, is_bytes(b) ? as_bytes(b)->size : as_bytearray(b)->size)));
      other = as_view(holder.get());
    } else {
      return not_implemented();
    }
    equal = memoryview_equal(vm, m, other);
    if (equal < 0) return Value();
  }
  return boolean((equal != 0) == (op == CompareOp::kEq));
}

bool view_hash(VM& vm, Value self, int64_t* out) {
  MemoryViewObject* m = as_view(self);
  if (!memoryview_check_released(vm, m)) return false;
  if (!m->readonly) {
    vm.raise(&exc_ValueError, "cannot hash writable memoryview object");
    return false;
  }
  if (m->code != 'B' && m->code != 'b' && m->code != 'c') {
    vm.raise(&exc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    return false;
  }
  // Equal to hash(bytes) of the same content, as CPython's.
  Ref bytes = Ref::steal(make_bytes(memoryview_bytes(m)));
  return hash(vm, bytes.get(), out);
}

// --- memory_iterator ---

struct MemoryIteratorObject : Object {
  Value view;  // null once exhausted
  int64_t index = 0;
};

Value view_iter(VM& vm, Value self) {
  MemoryViewObject* m = as_view(self);
  if (!memoryview_check_released(vm, m)) return Value();
  if (m->ndim() == 0) return invalid_0dim(vm);
  if (m->ndim() > 1) return vm.raise(&exc_NotImplementedError, "multi-dimensional sub-views are not implemented");
  auto* it = alloc<MemoryIteratorObject>(&memory_iterator_type);
  incref(self);
  it->view = self;
  return Value::from_object(it);
}

Value memory_iterator_next(VM& vm, Value self) {
  auto* it = static_cast<MemoryIteratorObject*>(self.as_object());
  if (it->view.is_null()) return Value();
  MemoryViewObject* m = as_view(it->view);
  if (it->index >= m->shape[0]) {
    Value view = it->view;
    it->view = Value();
    decref(view);
    return Value();
  }
  if (!memoryview_check_released(vm, m)) return Value();
  const uint8_t* p = memoryview_base_data(m) + m->offset + it->index++ * m->strides[0];
  return memoryview_unpack(m, p);
}

Value memory_iterator_self(VM&, Value self) {
  incref(self);
  return self;
}

void memory_iterator_dealloc(Object* self) {
  decref(static_cast<MemoryIteratorObject*>(self)->view);
  free_object(self);
}

// bytes_like_view for memoryviews: the bytes of a C-contiguous view.
bool contiguous_bytes(Value v, std::string_view* out) {
  if (!is_memoryview(v)) return false;
  MemoryViewObject* m = as_view(v);
  if (m->released || !memoryview_c_contiguous(m)) return false;
  *out = std::string_view(reinterpret_cast<const char*>(memoryview_base_data(m) + m->offset),
                          static_cast<size_t>(memoryview_item_count(m) * m->itemsize));
  return true;
}

}  // namespace

bool memoryview_check_released(VM& vm, const MemoryViewObject* m) {
  if (!m->released) return true;
  vm.raise(&exc_ValueError, "operation forbidden on released memoryview object");
  return false;
}

MemoryViewObject* memoryview_copy(const MemoryViewObject* m) {
  MemoryViewObject* c = alloc<MemoryViewObject>(&memoryview_type);
  incref(m->base);
  c->base = m->base;
  c->offset = m->offset;
  c->format = m->format;
  c->code = m->code;
  c->itemsize = m->itemsize;
  c->shape = m->shape;
  c->strides = m->strides;
  c->readonly = m->readonly;
  if (is_bytearray(m->base)) ++as_bytearray(m->base)->exports;
  return c;
}

void memoryview_release(MemoryViewObject* m) { release(m); }

void init_memoryview_type() {
  static bool done = false;
  if (done) return;
  done = true;
  TypeObject& t = memoryview_type;
  t.name = "memoryview";
  t.type_flags = kTypeImmutable;
  t.basic_size = sizeof(MemoryViewObject);
  t.dealloc = view_dealloc;
  t.new_instance = view_new_slot;
  t.repr = view_repr;
  t.hash = view_hash;
  t.richcompare = view_richcompare;
  t.length = view_length;
  t.getitem = view_getitem;
  t.setitem = view_setitem;
  t.iter = view_iter;
  t.doc = "Create a new memoryview object which references the given object.";
  init_memoryview_methods(t);
  ready_static_type(&t);

  TypeObject& it = memory_iterator_type;
  it.name = "memory_iterator";
  it.type_flags = kTypeImmutable;
  it.basic_size = sizeof(MemoryIteratorObject);
  it.dealloc = memory_iterator_dealloc;
  it.iter = memory_iterator_self;
  it.iternext = memory_iterator_next;
  ready_static_type(&it);
  memoryview_bytes_hook = contiguous_bytes;
}

}  // namespace glasspy::builtins
