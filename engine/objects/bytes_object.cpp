// The bytes type (object model): representation, construction (bytes(x) in all its
// forms), the slots (repr, hash, comparisons, + * %, in, indexing, iteration) and the
// helpers bytearray shares. Registered by init_bytes_type() (builtin_types.cpp).
#include <cstring>
#include <string>

#include "objects/alloc.h"
#include "objects/bytes_methods.h"
#include "objects/callable_objects.h"
#include "objects/classmethod_descriptor.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/function_wrappers.h"
#include "gc/collector.h"
#include "objects/int_object.h"
#include "objects/memory_limit.h"
#include "objects/number_support.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/slice_object.h"
#include "objects/str_methods.h"
#include "objects/tuple_object.h"
#include "text/py_repr.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject bytes_type;
TypeObject bytes_iterator_type;

BytesObject* bytes_alloc(int64_t size) {
  if (size == 0) {
    static BytesObject* empty = [] {
      BytesObject* b = alloc<BytesObject>(&bytes_type, sizeof(BytesObject) + 1);
      b->refcount = kImmortalRefcount;
      b->flags |= kImmortal;
      return b;
    }();
    incref(empty);
    return empty;
  }
  BytesObject* b = alloc<BytesObject>(&bytes_type, sizeof(BytesObject) + size + 1);
  b->size = size;
  return b;
}

Value make_bytes(std::string_view data) {
  BytesObject* b = bytes_alloc(static_cast<int64_t>(data.size()));
  if (!data.empty()) std::memcpy(b->data(), data.data(), data.size());
  return Value::from_object(b);
}

bool bytes_like_view(Value v, std::string_view* out) {
  if (!v.is_object()) return false;
  if (is_bytes(v)) {
    *out = as_bytes(v)->view();
    return true;
  }
  if (is_bytearray(v)) {
    *out = as_bytearray(v)->view();
    return true;
  }
  return memoryview_bytes_hook != nullptr && memoryview_bytes_hook(v, out);
}

bool (*memoryview_bytes_hook)(Value v, std::string_view* out) = nullptr;

Value make_like(Value self, std::string_view data) {
  return is_bytearray(self) ? make_bytearray(data) : make_bytes(data);
}

Value compare_bytes(std::string_view a, std::string_view b, CompareOp op) {
  if (op == CompareOp::kEq) return boolean(a == b);
  if (op == CompareOp::kNe) return boolean(a != b);
  int c = a.compare(b);
  switch (op) {
    case CompareOp::kLt: return boolean(c < 0);
    case CompareOp::kLe: return boolean(c <= 0);
    case CompareOp::kGt: return boolean(c > 0);
    default: return boolean(c >= 0);
  }
}

Value bytes_repr_value(std::string_view data, const char* prefix, const char* suffix) {
  std::string out = prefix;
  out += text::repr_bytes(data);
  out += suffix;
  return Value::from_object(str_from_ascii(out));
}

namespace {

// Appends the ints of an iterable, each in range(256).
bool bytes_from_iterable(VM& vm, Value source, const char* name, std::string* out) {
  // bytes() sizes its buffer from a range's length first (CPython's length hint);
  // bytearray() grows as it goes.
  if (std::strcmp(name, "bytes") == 0 && !check_presize(vm, source, 1)) return false;
  Ref it = Ref::steal(iter(vm, source));
  if (it.is_null()) {
    if (vm.error_matches(&exc_TypeError)) {
      vm.clear_error();
      vm.raise(&exc_TypeError, std::string("cannot convert '") + type_name(source) + "' object to " + name);
    }
    return false;
  }
  for (;;) {
    Ref item = Ref::steal(next(vm, it.get()));
    if (item.is_null()) return !vm.has_error();
    int64_t b;
    if (item.get().is_small_int()) {
      b = item.get().as_small_int();
    } else {
      Ref i = Ref::steal(index(vm, item.get()));
      if (i.is_null()) return false;
      if (!int_to_int64(i.get(), &b)) b = -1;
    }
    if (b < 0 || b > 255) {
      vm.raise(&exc_ValueError, std::string(name) == "bytes" ? "bytes must be in range(0, 256)"
                                                               : "byte must be in range(0, 256)");
      return false;
    }
    out->push_back(static_cast<char>(b));
  }
}

}  // namespace

bool bytes_from_source(VM& vm, Value source, Value encoding, Value errors, const char* name, std::string* out) {
  if (source.is_null()) {
    if (!encoding.is_null()) {
      vm.raise(&exc_TypeError, "encoding without a string argument");
      return false;
    }
    if (!errors.is_null()) {
      vm.raise(&exc_TypeError, "errors without a string argument");
      return false;
    }
    return true;
  }
  if (is_str(source)) {
    if (encoding.is_null()) {
      vm.raise(&exc_TypeError, "string argument without an encoding");
      return false;
    }
    std::string enc, err = "strict";
    if (!is_str(encoding)) {
      vm.raise(&exc_TypeError,
               std::string(name) + "() argument 'encoding' must be str, not " + type_name(encoding));
      return false;
    }
    enc = std::string(str_utf8(as_str(encoding)));
    if (!errors.is_null()) {
      if (!is_str(errors)) {
        vm.raise(&exc_TypeError, std::string(name) + "() argument 'errors' must be str, not " + type_name(errors));
        return false;
      }
      err = std::string(str_utf8(as_str(errors)));
    }
    Ref encoded = Ref::steal(encode_str(vm, as_str(source), enc.c_str(), err.c_str()));
    if (encoded.is_null()) return false;
    out->assign(as_bytes(encoded.get())->view());
    return true;
  }
  if (!encoding.is_null()) {
    vm.raise(&exc_TypeError, "encoding without a string argument");
    return false;
  }
  if (!errors.is_null()) {
    vm.raise(&exc_TypeError, "errors without a string argument");
    return false;
  }
  std::string_view view;
  if (bytes_like_view(source, &view)) {
    out->assign(view);
    return true;
  }
  if (is_int(source) || (!source.is_double() && type_of(source)->index != nullptr)) {
    int64_t count;
    if (!ssize_arg(vm, source, &count)) {
      if (vm.error_matches(&exc_OverflowError)) {
        vm.clear_error();
        vm.raise(&exc_OverflowError, "cannot fit 'int' into an index-sized integer");
      }
      return false;
    }
    if (count < 0) {
      vm.raise(&exc_ValueError, "negative count");
      return false;
    }
    // CPython's limit for a bytes object's size (its header counted).
    if (std::strcmp(name, "bytes") == 0 && count > INT64_MAX - 33) {
      vm.raise(&exc_OverflowError, "byte string is too large");
      return false;
    }
    if (!check_allocation(vm, static_cast<uint64_t>(count))) return false;
    out->assign(count, '\0');
    return true;
  }
  return bytes_from_iterable(vm, source, name, out);
}

namespace {

void bytes_dealloc(Object* self) { free_object(self); }

// bytes(source=b'', encoding=..., errors=...), honouring subclasses and __bytes__.
Value bytes_new(VM& vm, TypeObject* type, CallArgs args) {
  if (args.nargs > 3 && args.nkw() == 0)
    return vm.raise(&exc_TypeError, "bytes() takes at most 3 arguments (" + std::to_string(args.nargs) + " given)");
  Value a[3];
  if (!vm::parse_args(vm, args, "bytes", {"source", "encoding", "errors"}, 0, a)) return Value();
  std::string data;
  Ref converted;
  if (!a[0].is_null() && a[1].is_null() && a[2].is_null() && !is_str(a[0])) {
    Value method = type_lookup(vm, type_of(a[0]), "__bytes__");
    if (!method.is_null()) {
      converted = Ref::steal(call_method(vm, a[0], vm.intern("__bytes__"), nullptr, 0));
      if (converted.is_null()) return Value();
      if (!is_bytes(converted.get()))
        return vm.raise(&exc_TypeError,
                        std::string("__bytes__ returned non-bytes (type ") + type_name(converted.get()) + ")");
      if (type == &bytes_type) return converted.release();
      data.assign(as_bytes(converted.get())->view());
    }
  }
  if (converted.is_null()) {
    if (type == &bytes_type && a[1].is_null() && a[2].is_null() && a[0].is_object() &&
        a[0].as_object()->type == &bytes_type) {
      incref(a[0]);
      return a[0];
    }
    if (!bytes_from_source(vm, a[0], a[1], a[2], "bytes", &data)) return Value();
  }
  if (type == &bytes_type) return make_bytes(data);
  BytesObject* b = alloc<BytesObject>(type, sizeof(BytesObject) + data.size() + 1);
  b->size = static_cast<int64_t>(data.size());
  if (!data.empty()) std::memcpy(b->data(), data.data(), data.size());
  return Value::from_object(b);
}

Value bytes_repr(VM&, Value self) { return bytes_repr_value(as_bytes(self)->view(), "", ""); }

bool bytes_hash(VM&, Value self, int64_t* out) {
  BytesObject* b = as_bytes(self);
  if (b->hash == -1) b->hash = hash_bytes(b->data(), static_cast<size_t>(b->size));
  *out = b->hash;
  return true;
}

Value bytes_richcompare(VM&, Value a, Value b, CompareOp op) {
  std::string_view x, y;
  // bytes compares with bytes only; bytearray (reflected) takes any buffer.
  if (!is_bytes(a) || !(is_bytes(b) || is_bytearray(b)) || !bytes_like_view(b, &y) || !bytes_like_view(a, &x))
    return not_implemented();
  return compare_bytes(x, y, op);
}

bool may_reflect(Value v, BinaryOp op) {
  TypeObject* t = type_of(v);
  return has_flag(t, kTypeHeap) && t->binary[int(op)] != nullptr;
}

Value bytes_add(VM& vm, Value a, Value b) {
  std::string_view x, y;
  if (!is_bytes(a)) return not_implemented();
  x = as_bytes(a)->view();
  if (!bytes_like_view(b, &y)) {
    if (may_reflect(b, BinaryOp::kAdd)) return not_implemented();
    return vm.raise(&exc_TypeError, std::string("can't concat ") + type_name(b) + " to " + type_name(a));
  }
  if (y.empty() && a.as_object()->type == &bytes_type) {
    incref(a);
    return a;
  }
  BytesObject* r = bytes_alloc(static_cast<int64_t>(x.size() + y.size()));
  std::memcpy(r->data(), x.data(), x.size());
  std::memcpy(r->data() + x.size(), y.data(), y.size());
  return Value::from_object(r);
}

}  // namespace

// seq * n for bytes and bytearray (either operand order).
Value bytes_like_repeat(VM& vm, Value a, Value b, bool bytearray) {
  bool seq_first = bytearray ? is_bytearray(a) : is_bytes(a);
  Value seq = seq_first ? a : b;
  Value count = seq_first ? b : a;
  if (!(bytearray ? is_bytearray(seq) : is_bytes(seq))) return not_implemented();
  if (!is_int(count) && (count.is_double() || type_of(count)->index == nullptr)) {
    if (seq_first && may_reflect(count, BinaryOp::kMultiply)) return not_implemented();
    return vm.raise(&exc_TypeError, std::string("can't multiply sequence by non-int of type '") + type_name(count) + "'");
  }
  int64_t n;
  if (!ssize_arg(vm, count, &n)) {
    if (vm.error_matches(&exc_OverflowError)) {
      vm.clear_error();
      return vm.raise(&exc_OverflowError, std::string("cannot fit '") + type_name(count) + "' into an index-sized integer");
    }
    return Value();
  }
  std::string_view data = byte_view(seq);
  if (n <= 0 || data.empty()) return make_like(seq, {});
  // CPython: bytes too long to count overflow; a bytearray that long cannot be allocated.
  if (static_cast<int64_t>(data.size()) > INT64_MAX / n)
    return bytearray ? raise_memory_error(vm) : vm.raise(&exc_OverflowError, "repeated bytes are too long");
  if (!check_allocation(vm, static_cast<uint64_t>(data.size()) * static_cast<uint64_t>(n))) return Value();
  std::string out;
  out.reserve(data.size() * n);
  for (int64_t i = 0; i < n; ++i) out.append(data);
  return make_like(seq, out);
}

namespace {

Value bytes_multiply(VM& vm, Value a, Value b) { return bytes_like_repeat(vm, a, b, false); }

Value bytes_remainder(VM& vm, Value a, Value b) {
  if (!is_bytes(a)) return not_implemented();
  std::string format(as_bytes(a)->view());
  return bytes_percent_format(vm, format, b, false);
}

}  // namespace

// `item in seq` for bytes and bytearray.
int bytes_like_contains(VM& vm, Value self, Value item) {
  std::string sub;
  std::string_view view;
  if (bytes_like_view(item, &view)) {
    sub.assign(view);
  } else if (is_int(item) || (!item.is_double() && type_of(item)->index != nullptr)) {
    if (!byte_sub_arg(vm, item, &sub)) return -1;
  } else if (!byte_like_arg(vm, item, &sub)) {
    return -1;
  }
  std::string_view h = byte_view(self);
  int64_t i = byte_find_polling(vm, h, sub, 0, static_cast<int64_t>(h.size()));
  return i == kByteSearchFailed ? -1 : i >= 0;
}

// seq[key] for bytes and bytearray: an int for an index, the same type for a slice.
Value bytes_like_getitem(VM& vm, Value self, Value key) {
  std::string_view h = byte_view(self);
  int64_t n = static_cast<int64_t>(h.size());
  if (is_slice(key)) {
    int64_t start, stop, step, count;
    if (!slice_indices(vm, key, n, &start, &stop, &step, &count)) return Value();
    h = byte_view(self);  // __index__ may have run
    if (step == 1) return make_like(self, h.substr(start, count));
    std::string out;
    out.reserve(count);
    for (int64_t i = 0, j = start; i < count; ++i, j += step) out.push_back(h[j]);
    return make_like(self, out);
  }
  if (key.is_small_int() || is_int(key) || (!key.is_double() && type_of(key)->index != nullptr)) {
    int64_t i;
    if (!index_int64(vm, key, &i)) return Value();
    h = byte_view(self);
    n = static_cast<int64_t>(h.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n)
      return vm.raise(&exc_IndexError, is_bytearray(self) ? "bytearray index out of range" : "index out of range");
    return Value::from_small_int(static_cast<unsigned char>(h[i]));
  }
  return vm.raise(&exc_TypeError, std::string(is_bytearray(self) ? "bytearray" : "byte") +
                                      " indices must be integers or slices, not " + type_name(key));
}

namespace {

int bytes_contains(VM& vm, Value self, Value item) { return bytes_like_contains(vm, self, item); }
int64_t bytes_length(VM&, Value self) { return as_bytes(self)->size; }
Value bytes_getitem(VM& vm, Value self, Value key) { return bytes_like_getitem(vm, self, key); }

// --- iterator ---

struct BytesIteratorObject : Object {
  Value sequence;  // null once exhausted
  int64_t index = 0;
};

void bytes_iterator_dealloc(Object* self) {
  decref(static_cast<BytesIteratorObject*>(self)->sequence);
  free_object(self);
}

Value bytes_iterator_next(VM&, Value self) {
  auto* it = static_cast<BytesIteratorObject*>(self.as_object());
  if (it->sequence.is_null()) return Value();
  std::string_view h = byte_view(it->sequence);
  if (it->index >= static_cast<int64_t>(h.size())) {
    Value seq = it->sequence;
    it->sequence = Value();
    decref(seq);
    return Value();
  }
  return Value::from_small_int(static_cast<unsigned char>(h[it->index++]));
}

Value iterator_self(VM&, Value self) {
  incref(self);
  return self;
}

}  // namespace

// An iterator over a bytes or bytearray (ints), of type `type`.
Value bytes_like_iter(Value self, TypeObject* type) {
  auto* it = alloc<BytesIteratorObject>(type);
  incref(self);
  it->sequence = self;
  return Value::from_object(it);
}

void init_bytes_like_iterator(TypeObject& t, const char* name) {
  t.name = name;
  t.type_flags = kTypeImmutable;
  t.basic_size = sizeof(BytesIteratorObject);
  t.dealloc = bytes_iterator_dealloc;
  t.iter = iterator_self;
  t.iternext = bytes_iterator_next;
}

namespace {

Value bytes_iter(VM&, Value self) { return bytes_like_iter(self, &bytes_iterator_type); }

}  // namespace

// bytes.fromhex: a class method; a subclass gets cls(the bytes), as CPython.
Value bytes_fromhex(VM& vm, Value cls, CallArgs args) {
  if (!check_clinic_args(vm, args, "bytes", "fromhex", 1, 1)) return Value();
  std::string out;
  if (!parse_fromhex(vm, args.args[0], &out)) return Value();
  Value result = make_bytes(out);
  if (cls.as_object() == &bytes_type) return result;
  Value instance = call1(vm, cls, result);
  decref(result);
  return instance;
}

Value bytearray_fromhex(VM& vm, Value self, CallArgs args);  // bytearray_object.cpp

namespace {

// A static method of a built-in type, as CPython's METH_STATIC: a staticmethod in the dict
// wrapping a builtin whose __self__ is the type (the function ignores it).
void add_static_builtin(TypeObject* owner, const MethodDef* def) {
  NativeFunctionObject* f = native_function_new(def, Value::from_object(owner));
  f->refcount = kImmortalRefcount;
  FunctionWrapperObject* w = function_wrapper_new(&staticmethod_type, Value::from_object(f));
  gc::untrack(w);  // immortal, reachable only from a static type's dict
  w->refcount = kImmortalRefcount;
  w->flags |= kImmortal;
  dict_set_str(owner->dict, intern_static(def->name), Value::from_object(w));
}

const MethodDef kStrMaketrans = {"maketrans", str_method_maketrans, ArgShape::kKeywords, 0, -1, nullptr};
const MethodDef kBytesMaketrans = {"maketrans", bytes_method_maketrans, ArgShape::kKeywords, 0, -1, nullptr};
const MethodDef kBytesFromhex = {"fromhex", bytes_fromhex, ArgShape::kKeywords, 0, -1, nullptr};
const MethodDef kByteArrayFromhex = {"fromhex", bytearray_fromhex, ArgShape::kKeywords, 0, -1, nullptr};

}  // namespace

void add_text_static_methods() {
  add_static_builtin(&str_type, &kStrMaketrans);
  add_static_builtin(&bytes_type, &kBytesMaketrans);
  add_static_builtin(&bytearray_type, &kBytesMaketrans);
  add_static_classmethod(&bytes_type, &kBytesFromhex);
  add_static_classmethod(&bytearray_type, &kByteArrayFromhex);
  add_float_classmethods();
  add_int_classmethods();
}

namespace {

Value bytes_getnewargs(VM&, Value self, CallArgs) {
  Ref copy = Ref::steal(make_bytes(as_bytes(self)->view()));
  return Value::from_object(tuple_of({copy.get()}));
}

Value bytes_bytes(VM&, Value self, CallArgs) {
  if (self.as_object()->type == &bytes_type) {
    incref(self);
    return self;
  }
  return make_bytes(as_bytes(self)->view());
}

const MethodDef kBytesMethods[] = {
#define GP_BYTES_METHOD(name, shape, min, max) {#name, bytes_method_##name, ArgShape::shape, min, max, nullptr},
#include "objects/bytes_method_list.def"
#undef GP_BYTES_METHOD
    {"__getnewargs__", bytes_getnewargs, ArgShape::kNoArgs, 0, 0, nullptr},
    {"__bytes__", bytes_bytes, ArgShape::kNoArgs, 0, 0, nullptr},
    {nullptr, nullptr},
};

}  // namespace

void init_bytes_type() {
  TypeObject& t = bytes_type;
  t.name = "bytes";
  t.type_flags = kTypeBaseType | kTypeBytesSubclass | kTypeImmutable;
  t.basic_size = sizeof(BytesObject);
  t.dealloc = bytes_dealloc;
  t.new_instance = bytes_new;
  t.repr = bytes_repr;
  t.str = bytes_repr;
  t.hash = bytes_hash;
  t.richcompare = bytes_richcompare;
  t.binary[int(BinaryOp::kAdd)] = bytes_add;
  t.binary[int(BinaryOp::kMultiply)] = bytes_multiply;
  t.binary[int(BinaryOp::kRemainder)] = bytes_remainder;
  t.length = bytes_length;
  t.getitem = bytes_getitem;
  t.contains = bytes_contains;
  t.iter = bytes_iter;
  t.methods = kBytesMethods;
  t.doc =
      "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> "
      "immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with "
      "null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable "
      "yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object "
      "implementing the buffer API.\n  - an integer";
  init_bytes_like_iterator(bytes_iterator_type, "bytes_iterator");
}

}  // namespace glasspy::objects
