// The items of a memoryview (builtins stage): native struct formats (sizes as CPython on
// a 64-bit little-endian host, on every build), packing and unpacking one item, walking
// the shape and strides for tolist/tobytes, and item-wise equality.
#include <cmath>
#include <cstring>

#include "builtins/memoryview_object.h"
#include "objects/builtin_types.h"
#include "objects/bytes_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/number_support.h"
#include "objects/ops.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

int64_t memoryview_itemsize(char code) {
  switch (code) {
    case 'c': case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    default: return 0;
  }
}

char memoryview_native_code(std::string_view format) {
  if (format.size() == 2 && format[0] == '@') format.remove_prefix(1);
  if (format.size() != 1 || memoryview_itemsize(format[0]) == 0) return 0;
  return format[0];
}

uint8_t* memoryview_base_data(const MemoryViewObject* m) {
  if (is_bytearray(m->base)) return as_bytearray(m->base)->items;
  return reinterpret_cast<uint8_t*>(as_bytes(m->base)->data());
}

namespace {

bool is_signed_code(char code) { return code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n'; }

template <class T>
T load(const uint8_t* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// Reads an integer item of `size` bytes (little-endian, as the hosts Glasspy runs on).
int64_t load_signed(const uint8_t* p, int64_t size) {
  switch (size) {
    case 1: return load<int8_t>(p);
    case 2: return load<int16_t>(p);
    case 4: return load<int32_t>(p);
    default: return load<int64_t>(p);
  }
}

uint64_t load_unsigned(const uint8_t* p, int64_t size) {
  switch (size) {
    case 1: return load<uint8_t>(p);
    case 2: return load<uint16_t>(p);
    case 4: return load<uint32_t>(p);
    default: return load<uint64_t>(p);
  }
}

// CPython turns conversion errors into "invalid type" (TypeError) or "invalid value"
// (ValueError, OverflowError) for the view's format.
bool item_error(VM& vm, const MemoryViewObject* m) {
  bool type_error = vm.error_matches(&exc_TypeError);
  if (!type_error && !vm.error_matches(&exc_ValueError) && !vm.error_matches(&exc_OverflowError)) return false;
  vm.clear_error();
  vm.raise(type_error ? &exc_TypeError : &exc_ValueError,
           std::string("memoryview: invalid ") + (type_error ? "type" : "value") + " for format '" + m->format + "'");
  return false;
}

bool value_error(VM& vm, const MemoryViewObject* m) {
  vm.raise(&exc_ValueError, "memoryview: invalid value for format '" + m->format + "'");
  return false;
}

bool pack_integer(VM& vm, const MemoryViewObject* m, Value value, uint8_t* p) {
  Ref number = Ref::steal(is_exact_int(value) ? (incref(value), value) : index(vm, value));
  if (number.is_null()) return item_error(vm, m);
  int64_t size = m->itemsize;
  int64_t v;
  if (int_to_int64(number.get(), &v)) {
    bool fits;
    if (m->code == 'P') {
      fits = true;  // a pointer takes any 64-bit value, negative ones as two's complement
    } else if (is_signed_code(m->code)) {
      fits = size == 8 || (v >= -(int64_t{1} << (size * 8 - 1)) && v < (int64_t{1} << (size * 8 - 1)));
    } else {
      fits = v >= 0 && (size == 8 || v < (int64_t{1} << (size * 8)));
    }
    if (!fits) return value_error(vm, m);
    std::memcpy(p, &v, static_cast<size_t>(size));  // little-endian: the low bytes
    return true;
  }
  // Beyond int64: only an unsigned 64-bit format can hold it.
  std::string bytes;
  bool is_signed = is_signed_code(m->code);
  if (!numeric::to_bytes(int_to_bigint(number.get()), static_cast<size_t>(size), true, is_signed, &bytes).ok())
    return value_error(vm, m);
  std::memcpy(p, bytes.data(), bytes.size());
  return true;
}

}  // namespace

Value memoryview_unpack(const MemoryViewObject* m, const uint8_t* p) {
  switch (m->code) {
    case 'B': return Value::from_small_int(*p);
    case 'c': return make_bytes(std::string_view(reinterpret_cast<const char*>(p), 1));
    case '?': return boolean(*p != 0);
    case 'f': return Value::from_double(load<float>(p));
    case 'd': return Value::from_double(load<double>(p));
    case 'L': case 'Q': case 'N': case 'P': case 'I': case 'H':
      return make_uint(load_unsigned(p, m->itemsize));
    default: return make_int(load_signed(p, m->itemsize));
  }
}

bool memoryview_pack(VM& vm, const MemoryViewObject* m, Value value, uint8_t* p) {
  switch (m->code) {
    case 'c': {
      if (!is_bytes(value) || value.as_object()->type != &bytes_type) {
        vm.raise(&exc_TypeError, "memoryview: invalid type for format '" + m->format + "'");
        return false;
      }
      std::string_view b = as_bytes(value)->view();
      if (b.size() != 1) return value_error(vm, m);
      *p = static_cast<uint8_t>(b[0]);
      return true;
    }
    case '?': {
      int t = truthy(vm, value);
      if (t < 0) return false;
      *p = static_cast<uint8_t>(t);
      return true;
    }
    case 'f':
    case 'd': {
      double d;
      if (value.is_double()) {
        d = value.as_double();
      } else if (!to_double(vm, value, &d)) {
        return item_error(vm, m);
      }
      if (std::isnan(d)) d = std::copysign(NAN, d);  // no identity serial in the bytes (see Value::from_double)
      if (m->code == 'd') {
        std::memcpy(p, &d, 8);
      } else {
        float f = static_cast<float>(d);  // out of range becomes inf, as CPython's cast
        std::memcpy(p, &f, 4);
      }
      return true;
    }
    default: return pack_integer(vm, m, value, p);
  }
}

int64_t memoryview_item_count(const MemoryViewObject* m) {
  int64_t n = 1;
  for (int64_t s : m->shape) n *= s;
  return n;
}

bool memoryview_c_contiguous(const MemoryViewObject* m) {
  if (memoryview_item_count(m) == 0) return true;
  int64_t expected = m->itemsize;
  for (int64_t d = m->ndim() - 1; d >= 0; --d) {
    if (m->shape[d] > 1 && m->strides[d] != expected) return false;
    expected *= m->shape[d];
  }
  return true;
}

bool memoryview_f_contiguous(const MemoryViewObject* m) {
  if (memoryview_item_count(m) == 0) return true;
  int64_t expected = m->itemsize;
  for (int64_t d = 0; d < m->ndim(); ++d) {
    if (m->shape[d] > 1 && m->strides[d] != expected) return false;
    expected *= m->shape[d];
  }
  return true;
}

namespace {

void append_items(const MemoryViewObject* m, const uint8_t* p, int64_t dim, std::string* out) {
  if (dim == m->ndim()) {
    out->append(reinterpret_cast<const char*>(p), static_cast<size_t>(m->itemsize));
    return;
  }
  for (int64_t i = 0; i < m->shape[dim]; ++i) append_items(m, p + i * m->strides[dim], dim + 1, out);
}

Value list_of_items(const MemoryViewObject* m, const uint8_t* p, int64_t dim) {
  if (dim == m->ndim()) return memoryview_unpack(m, p);
  ListObject* list = list_new(m->shape[dim]);
  for (int64_t i = 0; i < m->shape[dim]; ++i) {
    Value item = list_of_items(m, p + i * m->strides[dim], dim + 1);
    list_append(list, item);
    decref(item);
  }
  return Value::from_object(list);
}

int equal_items(VM& vm, const MemoryViewObject* a, const uint8_t* pa, const MemoryViewObject* b, const uint8_t* pb,
                int64_t dim) {
  if (dim == a->ndim()) {
    if (a->code == b->code && a->code != 'f' && a->code != 'd' && a->code != '?')
      return std::memcmp(pa, pb, static_cast<size_t>(a->itemsize)) == 0;
    Ref x = Ref::steal(memoryview_unpack(a, pa));
    Ref y = Ref::steal(memoryview_unpack(b, pb));
    if (x.get().is_double() && y.get().is_double()) return x.get().as_double() == y.get().as_double();
    return eq(vm, x.get(), y.get());
  }
  for (int64_t i = 0; i < a->shape[dim]; ++i) {
    int r = equal_items(vm, a, pa + i * a->strides[dim], b, pb + i * b->strides[dim], dim + 1);
    if (r != 1) return r;
  }
  return 1;
}

}  // namespace

std::string memoryview_bytes(const MemoryViewObject* m, bool fortran) {
  const uint8_t* start = memoryview_base_data(m) + m->offset;
  if (memoryview_c_contiguous(m) && (!fortran || m->ndim() <= 1))
    return std::string(reinterpret_cast<const char*>(start),
                       static_cast<size_t>(memoryview_item_count(m) * m->itemsize));
  std::string out;
  out.reserve(static_cast<size_t>(memoryview_item_count(m) * m->itemsize));
  if (!fortran) {
    append_items(m, start, 0, &out);
    return out;
  }
  // Fortran order: the first index varies fastest.
  MemoryViewObject reversed;
  reversed.itemsize = m->itemsize;
  reversed.shape.assign(m->shape.rbegin(), m->shape.rend());
  reversed.strides.assign(m->strides.rbegin(), m->strides.rend());
  append_items(&reversed, start, 0, &out);
  return out;
}

Value memoryview_tolist(const MemoryViewObject* m) {
  return list_of_items(m, memoryview_base_data(m) + m->offset, 0);
}

int memoryview_equal(VM& vm, const MemoryViewObject* a, const MemoryViewObject* b) {
  if (a->shape != b->shape) return 0;
  if (memoryview_item_count(a) == 0) return 1;
  return equal_items(vm, a, memoryview_base_data(a) + a->offset, b, memoryview_base_data(b) + b->offset, 0);
}

}  // namespace glasspy::builtins
