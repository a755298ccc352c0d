// memoryview's methods and attributes (builtins stage): cast to another format and shape,
// tolist, tobytes, hex, toreadonly, release and the context manager; format, itemsize,
// ndim, shape, strides, nbytes, contiguity flags, obj.
#include <string>

#include "builtins/memoryview_object.h"
#include "objects/builtin_types.h"
#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

bool memoryview_check_released(VM& vm, const MemoryViewObject* m);  // memoryview_object.cpp
MemoryViewObject* memoryview_copy(const MemoryViewObject* m);
void memoryview_release(MemoryViewObject* m);

namespace {

constexpr int64_t kMaxDims = 64;  // CPython's PyBUF_MAX_NDIM

MemoryViewObject* V(Value v) { return as_memoryview(v); }

bool is_byte_code(char code) { return code == 'B' || code == 'b' || code == 'c'; }

// The C-contiguous strides of `m`'s shape.
void set_c_strides(MemoryViewObject* m) {
  m->strides.assign(m->shape.size(), 0);
  int64_t stride = m->itemsize;
  for (int64_t d = m->ndim() - 1; d >= 0; --d) {
    m->strides[d] = stride;
    stride *= m->shape[d];
  }
}

// The shape argument of cast(): a list or tuple of ints > 0.
bool parse_shape(VM& vm, Value shape, std::vector<int64_t>* out) {
  int64_t n;
  const Value* items;
  if (is_list(shape)) {
    n = as_list(shape)->size;
    items = as_list(shape)->items;
  } else {
    n = as_tuple(shape)->size;
    items = as_tuple(shape)->items();
  }
  for (int64_t i = 0; i < n; ++i) {
    if (!is_int(items[i])) {
      vm.raise(&exc_TypeError, "memoryview.cast(): elements of shape must be integers");
      return false;
    }
    int64_t x;
    if (!int_to_int64(items[i], &x)) {
      vm.raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
      return false;
    }
    if (x <= 0) {
      vm.raise(&exc_ValueError, "memoryview.cast(): elements of shape must be integers > 0");
      return false;
    }
    out->push_back(x);
  }
  return true;
}

Value view_cast(VM& vm, Value self, CallArgs args) {
  Value a[2];
  if (!vm::parse_args(vm, args, "cast", {"format", "shape"}, 1, a)) return Value();
  MemoryViewObject* m = V(self);
  if (!memoryview_check_released(vm, m)) return Value();
  if (!is_str(a[0]))
    return vm.raise(&exc_TypeError, std::string("cast() argument 'format' must be str, not ") + type_name(a[0]));
  if (!memoryview_c_contiguous(m))
    return vm.raise(&exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
  Value shape = a[1];
  if (shape.is_null() || is_none(shape)) shape = Value();
  if ((!shape.is_null() || m->ndim() != 1) && memoryview_item_count(m) == 0)
    return vm.raise(&exc_TypeError, "memoryview: cannot cast view with zeros in shape or strides");
  std::vector<int64_t> new_shape;
  if (!shape.is_null()) {
    if (!is_list(shape) && !is_tuple(shape)) return vm.raise(&exc_TypeError, "shape must be a list or a tuple");
    int64_t ndim = is_list(shape) ? as_list(shape)->size : as_tuple(shape)->size;
    if (ndim > kMaxDims)
      return vm.raise(&exc_ValueError,
                      "memoryview: number of dimensions must not exceed " + std::to_string(kMaxDims));
    if (m->ndim() != 1 && ndim != 1)
      return vm.raise(&exc_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
  }
  std::string_view format = str_utf8(as_str(a[0]));
  char code = memoryview_native_code(format);
  if (code == 0)
    return vm.raise(&exc_ValueError, "memoryview: destination format must be a native single character format "
                                     "prefixed with an optional '@'");
  if (!is_byte_code(code) && !is_byte_code(m->code))
    return vm.raise(&exc_TypeError, "memoryview: cannot cast between two non-byte formats");
  int64_t itemsize = memoryview_itemsize(code);
  int64_t nbytes = memoryview_item_count(m) * m->itemsize;
  if (nbytes % itemsize != 0) return vm.raise(&exc_TypeError, "memoryview: length is not a multiple of itemsize");
  if (!shape.is_null()) {
    if (!parse_shape(vm, shape, &new_shape)) return Value();
    int64_t product = itemsize;
    for (int64_t x : new_shape) product *= x;  // each x <= nbytes once the product matches
    if (product != nbytes) return vm.raise(&exc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
  } else {
    new_shape.assign(1, nbytes / itemsize);
  }
  MemoryViewObject* c = memoryview_copy(m);
  c->format = std::string(format);
  c->code = code;
  c->itemsize = itemsize;
  c->shape = std::move(new_shape);
  set_c_strides(c);
  return Value::from_object(c);
}

Value view_tolist(VM& vm, Value self, CallArgs) {
  if (!memoryview_check_released(vm, V(self))) return Value();
  return memoryview_tolist(V(self));
}

Value view_tobytes(VM& vm, Value self, CallArgs args) {
  Value order;
  if (!vm::parse_args(vm, args, "tobytes", {"order"}, 0, &order)) return Value();
  if (!memoryview_check_released(vm, V(self))) return Value();
  bool fortran = false;
  if (!order.is_null() && !is_none(order)) {
    if (!is_str(order))
      return vm.raise(&exc_TypeError,
                      std::string("tobytes() argument 'order' must be str or None, not ") + type_name(order));
    std::string_view o = str_utf8(as_str(order));
    if (o != "C" && o != "F" && o != "A") return vm.raise(&exc_ValueError, "order must be 'C', 'F' or 'A'");
    fortran = o == "F";
  }
  return make_bytes(memoryview_bytes(V(self), fortran));
}

Value view_hex(VM& vm, Value self, CallArgs args) {
  if (!memoryview_check_released(vm, V(self))) return Value();
  std::string data = memoryview_bytes(V(self));
  return hex_with_separator(vm, data, args);
}

Value view_toreadonly(VM& vm, Value self, CallArgs) {
  if (!memoryview_check_released(vm, V(self))) return Value();
  MemoryViewObject* c = memoryview_copy(V(self));
  c->readonly = true;
  return Value::from_object(c);
}

Value view_release(VM&, Value self, CallArgs) {
  memoryview_release(V(self));
  return none();
}

Value view_enter(VM& vm, Value self, CallArgs) {
  if (!memoryview_check_released(vm, V(self))) return Value();
  incref(self);
  return self;
}

Value view_exit(VM&, Value self, CallArgs) {
  memoryview_release(V(self));
  return none();
}

// Attributes: each raises ValueError on a released view.
template <Value (*Get)(MemoryViewObject*)>
Value checked(VM& vm, Value self) {
  if (!memoryview_check_released(vm, V(self))) return Value();
  return Get(V(self));
}

Value tuple_of_ints(const std::vector<int64_t>& v) {
  TupleObject* t = tuple_alloc(static_cast<int64_t>(v.size()));
  for (size_t i = 0; i < v.size(); ++i) t->items()[i] = make_int(v[i]);
  return Value::from_object(t);
}

Value get_obj(MemoryViewObject* m) {
  incref(m->base);
  return m->base;
}
Value get_readonly(MemoryViewObject* m) { return boolean(m->readonly); }
Value get_format(MemoryViewObject* m) { return Value::from_object(str_from_ascii(m->format)); }
Value get_itemsize(MemoryViewObject* m) { return make_int(m->itemsize); }
Value get_ndim(MemoryViewObject* m) { return make_int(m->ndim()); }
Value get_nbytes(MemoryViewObject* m) { return make_int(memoryview_item_count(m) * m->itemsize); }
Value get_shape(MemoryViewObject* m) { return tuple_of_ints(m->shape); }
Value get_strides(MemoryViewObject* m) { return tuple_of_ints(m->strides); }
Value get_suboffsets(MemoryViewObject*) { return tuple_of_ints({}); }
Value get_c_contiguous(MemoryViewObject* m) { return boolean(memoryview_c_contiguous(m)); }
Value get_f_contiguous(MemoryViewObject* m) { return boolean(memoryview_f_contiguous(m)); }
Value get_contiguous(MemoryViewObject* m) {
  return boolean(memoryview_c_contiguous(m) || memoryview_f_contiguous(m));
}

const MethodDef kMethods[] = {
    {"cast", view_cast, ArgShape::kKeywords, 0, -1, "Cast a memoryview to a new format or shape."},
    {"tolist", view_tolist, ArgShape::kNoArgs, 0, 0, "Return the data in the buffer as a list of elements."},
    {"tobytes", view_tobytes, ArgShape::kKeywords, 0, -1, "Return the data in the buffer as a byte string."},
    {"hex", view_hex, ArgShape::kKeywords, 0, -1, "Return the data in the buffer as a str of hexadecimal numbers."},
    {"toreadonly", view_toreadonly, ArgShape::kNoArgs, 0, 0, "Return a readonly version of the memoryview."},
    {"release", view_release, ArgShape::kNoArgs, 0, 0, "Release the underlying buffer exposed by the memoryview object."},
    {"__enter__", view_enter, ArgShape::kNoArgs},
    {"__exit__", view_exit, ArgShape::kPositional, 0, -1},
    {nullptr, nullptr},
};

const GetSetDef kGetSets[] = {
    {"obj", checked<get_obj>, nullptr, "The underlying object of the memoryview."},
    {"nbytes", checked<get_nbytes>, nullptr, "The amount of space in bytes that the array would use in\n a contiguous representation."},
    {"readonly", checked<get_readonly>, nullptr, "A bool indicating whether the memory is read only."},
    {"itemsize", checked<get_itemsize>, nullptr, "The size in bytes of each element of the memoryview."},
    {"format", checked<get_format>, nullptr, "A string containing the format (in struct module style)\n for each element in the view."},
    {"ndim", checked<get_ndim>, nullptr, "An integer indicating how many dimensions of a multi-dimensional\n array the memory represents."},
    {"shape", checked<get_shape>, nullptr, "A tuple of ndim integers giving the shape of the memory\n as an N-dimensional array."},
    {"strides", checked<get_strides>, nullptr, "A tuple of ndim integers giving the size in bytes to access\n each element for each dimension of the array."},
    {"suboffsets", checked<get_suboffsets>, nullptr, "A tuple of integers used internally for PIL-style arrays."},
    {"c_contiguous", checked<get_c_contiguous>, nullptr, "A bool indicating whether the memory is C contiguous."},
    {"f_contiguous", checked<get_f_contiguous>, nullptr, "A bool indicating whether the memory is Fortran contiguous."},
    {"contiguous", checked<get_contiguous>, nullptr, "A bool indicating whether the memory is contiguous."},
    {nullptr, nullptr},
};

}  // namespace

void init_memoryview_methods(TypeObject& t) {
  t.methods = kMethods;
  t.getsets = kGetSets;
}

}  // namespace glasspy::builtins
