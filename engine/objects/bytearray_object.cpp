// The bytearray type (object model): a mutable, growable byte buffer with bytes' methods
// (bytes_methods_*.cpp) plus item and slice assignment, deletion, += and *=, and the list-
// like mutators. Registered by init_bytearray_type() (builtin_types.cpp).
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "objects/alloc.h"
#include "objects/bytes_methods.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/ops.h"
#include "objects/slice_object.h"
#include "objects/str_methods.h"
#include "objects/tuple_object.h"
#include "text/py_repr.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject bytearray_type;
TypeObject bytearray_iterator_type;

void bytearray_resize(ByteArrayObject* b, int64_t size) {
  if (size > b->capacity || (size < b->capacity / 4 && b->capacity > 64)) {
    int64_t capacity = size + (size >> 3) + (size < 9 ? 3 : 6);
    if (size == 0) capacity = 0;
    uint8_t* items = capacity == 0 ? nullptr : static_cast<uint8_t*>(std::malloc(capacity + 1));
    if (capacity != 0 && items == nullptr) std::abort();
    int64_t keep = b->size < size ? b->size : size;
    if (keep > 0 && items != nullptr) std::memcpy(items, b->items, keep);
    std::free(b->items);
    b->items = items;
    b->capacity = capacity;
  }
  if (size > b->size) std::memset(b->items + b->size, 0, size - b->size);
  b->size = size;
  if (b->items != nullptr) b->items[size] = 0;
}

namespace {

ByteArrayObject* bytearray_alloc(TypeObject* type, std::string_view data) {
  ByteArrayObject* b = alloc<ByteArrayObject>(type);
  if (!data.empty()) {
    bytearray_resize(b, static_cast<int64_t>(data.size()));
    std::memcpy(b->items, data.data(), data.size());
  }
  return b;
}

}  // namespace

Value make_bytearray(std::string_view data) { return Value::from_object(bytearray_alloc(&bytearray_type, data)); }

namespace {

ByteArrayObject* self_of(Value v) { return as_bytearray(v); }

// A bytearray a memoryview exports cannot change size (CPython's _canresize).
bool can_resize(VM& vm, const ByteArrayObject* b, int64_t new_size) {
  if (new_size == b->size || b->exports == 0) return true;
  vm.raise(&exc_BufferError, "Existing exports of data: object cannot be re-sized");
  return false;
}

// Replaces b[start:stop] by `with` (any lengths); false (BufferError) if exported.
[[nodiscard]] bool splice(VM& vm, ByteArrayObject* b, int64_t start, int64_t stop, std::string_view with) {
  int64_t old_size = b->size;
  int64_t removed = stop - start;
  int64_t added = static_cast<int64_t>(with.size());
  int64_t new_size = old_size - removed + added;
  if (!can_resize(vm, b, new_size)) return false;
  std::string tail(reinterpret_cast<const char*>(b->items) + stop, old_size - stop);
  bytearray_resize(b, new_size);
  if (added > 0) std::memcpy(b->items + start, with.data(), added);
  if (!tail.empty()) std::memcpy(b->items + start + added, tail.data(), tail.size());
  return true;
}

// An int argument that must be a byte.
bool byte_value(VM& vm, Value v, uint8_t* out) {
  int64_t x;
  if (v.is_small_int()) {
    x = v.as_small_int();
  } else {
    Ref i = Ref::steal(index(vm, v));
    if (i.is_null()) return false;
    if (!int_to_int64(i.get(), &x)) x = -1;
  }
  if (x < 0 || x > 255) {
    vm.raise(&exc_ValueError, "byte must be in range(0, 256)");
    return false;
  }
  *out = static_cast<uint8_t>(x);
  return true;
}

void bytearray_dealloc(Object* self) {
  ByteArrayObject* b = static_cast<ByteArrayObject*>(self);
  std::free(b->items);
  b->items = nullptr;
  free_object(self);
}

Value bytearray_new(VM&, TypeObject* type, CallArgs) { return Value::from_object(bytearray_alloc(type, {})); }

// bytearray.__init__(source=..., encoding=..., errors=...): (re)fills the buffer.
bool bytearray_init(VM& vm, Value self, CallArgs args) {
  if (args.nargs > 3 && args.nkw() == 0) {
    vm.raise(&exc_TypeError, "bytearray() takes at most 3 arguments (" + std::to_string(args.nargs) + " given)");
    return false;
  }
  Value a[3];
  if (!vm::parse_args(vm, args, "bytearray", {"source", "encoding", "errors"}, 0, a)) return false;
  std::string data;
  if (!bytes_from_source(vm, a[0], a[1], a[2], "bytearray", &data)) return false;
  ByteArrayObject* b = self_of(self);
  if (!can_resize(vm, b, static_cast<int64_t>(data.size()))) return false;
  bytearray_resize(b, static_cast<int64_t>(data.size()));
  if (!data.empty()) std::memcpy(b->items, data.data(), data.size());
  return true;
}

// CPython's bytearray repr escapes every single quote, even inside b"...".
Value bytearray_repr(VM&, Value self) {
  std::string body = text::repr_bytes(self_of(self)->view());
  std::string out = std::string(type_of(self)->name) + "(";
  if (body[1] == '"') {
    for (char c : body) {
      if (c == '\'') out += '\\';
      out += c;
    }
  } else {
    out += body;
  }
  out += ')';
  return Value::from_object(str_from_ascii(out));
}

Value bytearray_richcompare(VM&, Value a, Value b, CompareOp op) {
  std::string_view x, y;
  if (!bytes_like_view(a, &x) || !bytes_like_view(b, &y)) return not_implemented();
  return compare_bytes(x, y, op);
}

bool may_reflect(Value v, BinaryOp op) {
  TypeObject* t = type_of(v);
  return has_flag(t, kTypeHeap) && t->binary[int(op)] != nullptr;
}

Value bytearray_add(VM& vm, Value a, Value b) {
  if (!is_bytearray(a)) return not_implemented();
  std::string_view y;
  if (!bytes_like_view(b, &y)) {
    if (may_reflect(b, BinaryOp::kAdd)) return not_implemented();
    return vm.raise(&exc_TypeError, std::string("can't concat ") + type_name(b) + " to " + type_name(a));
  }
  std::string out(self_of(a)->view());
  out.append(y);
  return make_bytearray(out);
}

Value bytearray_inplace_add(VM& vm, Value a, Value b) {
  std::string_view y;
  if (!bytes_like_view(b, &y))
    return vm.raise(&exc_TypeError, std::string("can't concat ") + type_name(b) + " to " + type_name(a));
  std::string copy(y);  // b may be a itself
  ByteArrayObject* x = self_of(a);
  int64_t old = x->size;
  if (!can_resize(vm, x, old + static_cast<int64_t>(copy.size()))) return Value();
  bytearray_resize(x, old + static_cast<int64_t>(copy.size()));
  if (!copy.empty()) std::memcpy(x->items + old, copy.data(), copy.size());
  incref(a);
  return a;
}

Value bytearray_multiply(VM& vm, Value a, Value b) { return bytes_like_repeat(vm, a, b, true); }

Value bytearray_inplace_multiply(VM& vm, Value a, Value b) {
  Ref r = Ref::steal(bytes_like_repeat(vm, a, b, true));
  if (r.is_null() || is_not_implemented(r.get())) return r.release();
  ByteArrayObject* x = self_of(a);
  std::string data(self_of(r.get())->view());
  if (!can_resize(vm, x, static_cast<int64_t>(data.size()))) return Value();
  bytearray_resize(x, static_cast<int64_t>(data.size()));
  if (!data.empty()) std::memcpy(x->items, data.data(), data.size());
  incref(a);
  return a;
}

Value bytearray_remainder(VM& vm, Value a, Value b) {
  if (!is_bytearray(a)) return not_implemented();
  std::string format(self_of(a)->view());
  return bytes_percent_format(vm, format, b, true);
}

int64_t bytearray_length(VM&, Value self) { return self_of(self)->size; }
int bytearray_contains(VM& vm, Value self, Value item) { return bytes_like_contains(vm, self, item); }
Value bytearray_getitem(VM& vm, Value self, Value key) { return bytes_like_getitem(vm, self, key); }

// The bytes of a slice assignment's value: bytes-like or an iterable of ints.
bool assigned_bytes(VM& vm, Value value, std::string* out) {
  std::string_view view;
  if (bytes_like_view(value, &view)) {
    out->assign(view);
    return true;
  }
  if (is_str(value) || is_int(value) || value.is_double()) {
    vm.raise(&exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return false;
  }
  Ref it = Ref::steal(iter(vm, value));
  if (it.is_null()) {
    if (vm.error_matches(&exc_TypeError)) {
      vm.clear_error();
      vm.raise(&exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }
    return false;
  }
  for (;;) {
    Ref item = Ref::steal(next(vm, it.get()));
    if (item.is_null()) return !vm.has_error();
    uint8_t b;
    if (!byte_value(vm, item.get(), &b)) return false;
    out->push_back(static_cast<char>(b));
  }
}

bool bytearray_setitem(VM& vm, Value self, Value key, Value value) {
  ByteArrayObject* b = self_of(self);
  if (is_slice(key)) {
    std::string with;
    if (!value.is_null() && !assigned_bytes(vm, value, &with)) return false;
    int64_t start, stop, step, count;
    if (!slice_indices(vm, key, b->size, &start, &stop, &step, &count)) return false;
    if (step == 1) {
      return splice(vm, b, start, start + count, with);
    }
    if (value.is_null()) {
      // Delete every step-th byte of the slice.
      std::string kept;
      std::string_view h = b->view();
      std::vector<bool> drop(h.size(), false);
      for (int64_t i = 0, j = start; i < count; ++i, j += step) drop[j] = true;
      for (size_t i = 0; i < h.size(); ++i)
        if (!drop[i]) kept.push_back(h[i]);
      if (!can_resize(vm, b, static_cast<int64_t>(kept.size()))) return false;
      bytearray_resize(b, static_cast<int64_t>(kept.size()));
      if (!kept.empty()) std::memcpy(b->items, kept.data(), kept.size());
      return true;
    }
    if (static_cast<int64_t>(with.size()) != count) {
      vm.raise(&exc_ValueError, "attempt to assign bytes of size " + std::to_string(with.size()) +
                                    " to extended slice of size " + std::to_string(count));
      return false;
    }
    for (int64_t i = 0, j = start; i < count; ++i, j += step) b->items[j] = static_cast<uint8_t>(with[i]);
    return true;
  }
  if (!is_int(key) && (key.is_double() || type_of(key)->index == nullptr)) {
    vm.raise(&exc_TypeError, std::string("bytearray indices must be integers or slices, not ") + type_name(key));
    return false;
  }
  int64_t i;
  if (!index_int64(vm, key, &i)) return false;
  uint8_t byte = 0;
  if (!value.is_null() && !byte_value(vm, value, &byte)) return false;
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) {
    vm.raise(&exc_IndexError, "bytearray index out of range");
    return false;
  }
  if (value.is_null()) return splice(vm, b, i, i + 1, {});
  b->items[i] = byte;
  return true;
}

Value bytearray_iter(VM&, Value self) { return bytes_like_iter(self, &bytearray_iterator_type); }

// --- mutators ---

Value bytearray_append(VM& vm, Value self, CallArgs args) {
  uint8_t byte;
  if (!byte_value(vm, args.args[0], &byte)) return Value();
  ByteArrayObject* b = self_of(self);
  if (!can_resize(vm, b, b->size + 1)) return Value();
  bytearray_resize(b, b->size + 1);
  b->items[b->size - 1] = byte;
  return none();
}

Value bytearray_extend(VM& vm, Value self, CallArgs args) {
  Value v = args.args[0];
  std::string data;
  std::string_view view;
  if (bytes_like_view(v, &view)) {
    data.assign(view);
  } else {
    Ref it = Ref::steal(iter(vm, v));
    if (it.is_null()) {
      if (vm.error_matches(&exc_TypeError)) {
        vm.clear_error();
        return vm.raise(&exc_TypeError, std::string("can't extend bytearray with ") + type_name(v));
      }
      return Value();
    }
    for (;;) {
      Ref item = Ref::steal(next(vm, it.get()));
      if (item.is_null()) {
        if (vm.has_error()) return Value();
        break;
      }
      uint8_t byte;
      if (!byte_value(vm, item.get(), &byte)) return Value();
      data.push_back(static_cast<char>(byte));
    }
  }
  ByteArrayObject* b = self_of(self);
  int64_t old = b->size;
  if (!can_resize(vm, b, old + static_cast<int64_t>(data.size()))) return Value();
  bytearray_resize(b, old + static_cast<int64_t>(data.size()));
  if (!data.empty()) std::memcpy(b->items + old, data.data(), data.size());
  return none();
}

Value bytearray_pop(VM& vm, Value self, CallArgs args) {
  if (!check_clinic_args(vm, args, "bytearray", "pop", 0, 1)) return Value();
  int64_t i = -1;
  if (args.nargs == 1 && !ssize_arg(vm, args.args[0], &i)) return Value();
  ByteArrayObject* b = self_of(self);
  if (b->size == 0) return vm.raise(&exc_IndexError, "pop from empty bytearray");
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) return vm.raise(&exc_IndexError, "pop index out of range");
  uint8_t byte = b->items[i];
  if (!splice(vm, b, i, i + 1, {})) return Value();
  return Value::from_small_int(byte);
}

Value bytearray_remove(VM& vm, Value self, CallArgs args) {
  uint8_t byte;
  if (!byte_value(vm, args.args[0], &byte)) return Value();
  ByteArrayObject* b = self_of(self);
  const void* at = b->size == 0 ? nullptr : std::memchr(b->items, byte, b->size);
  if (at == nullptr) return vm.raise(&exc_ValueError, "value not found in bytearray");
  int64_t i = static_cast<const uint8_t*>(at) - b->items;
  if (!splice(vm, b, i, i + 1, {})) return Value();
  return none();
}

Value bytearray_insert(VM& vm, Value self, CallArgs args) {
  if (!check_clinic_args(vm, args, "bytearray", "insert", 2, 2)) return Value();
  int64_t i;
  if (!ssize_arg(vm, args.args[0], &i)) return Value();
  uint8_t byte;
  if (!byte_value(vm, args.args[1], &byte)) return Value();
  ByteArrayObject* b = self_of(self);
  if (i < 0) {
    i += b->size;
    if (i < 0) i = 0;
  }
  if (i > b->size) i = b->size;
  char c = static_cast<char>(byte);
  if (!splice(vm, b, i, i, std::string_view(&c, 1))) return Value();
  return none();
}

Value bytearray_clear(VM& vm, Value self, CallArgs) {
  if (!can_resize(vm, self_of(self), 0)) return Value();
  bytearray_resize(self_of(self), 0);
  return none();
}

Value bytearray_copy(VM&, Value self, CallArgs) { return make_bytearray(self_of(self)->view()); }

Value bytearray_reverse(VM&, Value self, CallArgs) {
  ByteArrayObject* b = self_of(self);
  for (int64_t x = 0, y = b->size - 1; x < y; ++x, --y) {
    uint8_t t = b->items[x];
    b->items[x] = b->items[y];
    b->items[y] = t;
  }
  return none();
}

Value bytearray_alloc_method(VM&, Value self, CallArgs) {
  ByteArrayObject* b = self_of(self);
  return Value::from_small_int(b->items == nullptr ? 0 : b->capacity + 1);
}

}  // namespace

// bytearray.fromhex: a class method; a subclass gets cls(the bytearray), as CPython.
Value bytearray_fromhex(VM& vm, Value cls, CallArgs args) {
  if (!check_clinic_args(vm, args, "bytearray", "fromhex", 1, 1)) return Value();
  std::string out;
  if (!parse_fromhex(vm, args.args[0], &out)) return Value();
  Value result = make_bytearray(out);
  if (cls.as_object() == &bytearray_type) return result;
  Value instance = call1(vm, cls, result);
  decref(result);
  return instance;
}

namespace {

const MethodDef kByteArrayMethods[] = {
#define GP_BYTES_METHOD(name, shape, min, max) {#name, bytes_method_##name, ArgShape::shape, min, max, nullptr},
#include "objects/bytes_method_list.def"
#undef GP_BYTES_METHOD
    {"append", bytearray_append, ArgShape::kOneArg, 1, 1, nullptr},
    {"extend", bytearray_extend, ArgShape::kOneArg, 1, 1, nullptr},
    {"pop", bytearray_pop, ArgShape::kKeywords, 0, -1, nullptr},
    {"remove", bytearray_remove, ArgShape::kOneArg, 1, 1, nullptr},
    {"insert", bytearray_insert, ArgShape::kKeywords, 0, -1, nullptr},
    {"clear", bytearray_clear, ArgShape::kNoArgs, 0, 0, nullptr},
    {"copy", bytearray_copy, ArgShape::kNoArgs, 0, 0, nullptr},
    {"reverse", bytearray_reverse, ArgShape::kNoArgs, 0, 0, nullptr},
    {"__alloc__", bytearray_alloc_method, ArgShape::kNoArgs, 0, 0, nullptr},
    {nullptr, nullptr},
};

}  // namespace

void init_bytearray_type() {
  TypeObject& t = bytearray_type;
  t.name = "bytearray";
  t.type_flags = kTypeBaseType;
  t.basic_size = sizeof(ByteArrayObject);
  t.dealloc = bytearray_dealloc;
  t.new_instance = bytearray_new;
  t.init = bytearray_init;
  t.repr = bytearray_repr;
  t.str = bytearray_repr;
  t.richcompare = bytearray_richcompare;
  t.binary[int(BinaryOp::kAdd)] = bytearray_add;
  t.binary[int(BinaryOp::kMultiply)] = bytearray_multiply;
  t.binary[int(BinaryOp::kRemainder)] = bytearray_remainder;
  t.inplace[int(BinaryOp::kAdd)] = bytearray_inplace_add;
  t.inplace[int(BinaryOp::kMultiply)] = bytearray_inplace_multiply;
  t.length = bytearray_length;
  t.getitem = bytearray_getitem;
  t.setitem = bytearray_setitem;
  t.contains = bytearray_contains;
  t.iter = bytearray_iter;
  t.methods = kByteArrayMethods;
  t.doc =
      "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
      "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by "
      "the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray "
      "object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified "
      "encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer";
  init_bytes_like_iterator(bytearray_iterator_type, "bytearray_iterator");
}

}  // namespace glasspy::objects
