// The memoryview type (builtins stage): one-dimensional views, format 'B', of the bytes of
// a bytes or bytearray object (a bytearray cannot be resized while a view is alive), with
// indexing, slicing (views of views), item assignment on writable views, tolist/tobytes/
// hex, comparison, hashing of read-only views, release and the context manager.
#include "builtins/memoryview_object.h"

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

namespace {

MemoryViewObject* as_view(Value v) { return static_cast<MemoryViewObject*>(v.as_object()); }

const uint8_t* base_data(const MemoryViewObject* m) {
  if (is_bytearray(m->base)) return as_bytearray(m->base)->items;
  return as_bytes(m->base)->data();
}

uint8_t item(const MemoryViewObject* m, int64_t i) { return base_data(m)[m->start + i * m->step]; }

bool check_released(VM& vm, const MemoryViewObject* m) {
  if (!m->released) return true;
  vm.raise(&exc_ValueError, "operation forbidden on released memoryview object");
  return false;
}

std::string contents(const MemoryViewObject* m) {
  std::string out(static_cast<size_t>(m->length), '\0');
  for (int64_t i = 0; i < m->length; ++i) out[i] = static_cast<char>(item(m, i));
  return out;
}

void release(MemoryViewObject* m) {
  if (m->released) return;
  m->released = true;
  if (is_bytearray(m->base)) --as_bytearray(m->base)->exports;
}

MemoryViewObject* view_new(Value base, int64_t start, int64_t length, int64_t step, bool readonly) {
  MemoryViewObject* m = alloc<MemoryViewObject>(&memoryview_type);
  incref(base);
  m->base = base;
  m->start = start;
  m->length = length;
  m->step = step;
  m->readonly = readonly;
  if (is_bytearray(base)) ++as_bytearray(base)->exports;
  return m;
}

void view_dealloc(Object* self) {
  MemoryViewObject* m = static_cast<MemoryViewObject*>(self);
  release(m);
  decref(m->base);
  free_object(self);
}

Value view_new_slot(VM& vm, TypeObject*, CallArgs args) {
  if (args.nkw() != 0 || args.nargs != 1) {
    if (args.nargs + args.nkw() == 0) return vm.raise(&exc_TypeError, "memoryview() missing required argument 'object' (pos 1)");
    if (args.nkw() == 0)
      return vm.raise(&exc_TypeError, "memoryview() takes at most 1 argument (" + std::to_string(args.nargs) + " given)");
  }
  Value object = args.nargs > 0 ? args.args[0] : args.kw_value(0);
  if (object.is_object() && object.as_object()->type == &memoryview_type) {
    MemoryViewObject* m = as_view(object);
    if (!check_released(vm, m)) return Value();
    return Value::from_object(view_new(m->base, m->start, m->length, m->step, m->readonly));
  }
  std::string_view data;
  if (!bytes_like_view(object, &data))
    return vm.raise(&exc_TypeError,
                    std::string("memoryview: a bytes-like object is required, not '") + type_name(object) + "'");
  return Value::from_object(view_new(object, 0, static_cast<int64_t>(data.size()), 1, !is_bytearray(object)));
}

Value view_repr(VM&, Value self) {
  MemoryViewObject* m = as_view(self);
  std::string text = std::string(m->released ? "<released memory at " : "<memory at ") + address_text(self) + ">";
  return Value::from_object(str_from_ascii(text));
}

int64_t view_length(VM& vm, Value self) {
  if (!check_released(vm, as_view(self))) return -1;
  return as_view(self)->length;
}

// An index argument adjusted to the view; false with IndexError / TypeError raised.
bool view_index(VM& vm, MemoryViewObject* m, Value key, int64_t* out) {
  int64_t i;
  if (!index_int64(vm, key, &i)) {
    if (vm.error_matches(&exc_TypeError)) {
      vm.clear_error();
      vm.raise(&exc_TypeError, "memoryview: invalid slice key");
    }
    return false;
  }
  if (i < 0) i += m->length;
  if (i < 0 || i >= m->length) {
    vm.raise(&exc_IndexError, "index out of bounds on dimension 1");
    return false;
  }
  *out = i;
  return true;
}

Value view_getitem(VM& vm, Value self, Value key) {
  MemoryViewObject* m = as_view(self);
  if (!check_released(vm, m)) return Value();
  if (is_slice(key)) {
    int64_t start, stop, step, count;
    if (!slice_indices(vm, key, m->length, &start, &stop, &step, &count)) return Value();
    return Value::from_object(view_new(m->base, m->start + start * m->step, count, step * m->step, m->readonly));
  }
  int64_t i;
  if (!view_index(vm, m, key, &i)) return Value();
  return Value::from_small_int(item(m, i));
}

bool view_setitem(VM& vm, Value self, Value key, Value value) {
  MemoryViewObject* m = as_view(self);
  if (!check_released(vm, m)) return false;
  if (m->readonly) {
    vm.raise(&exc_TypeError, "cannot modify read-only memory");
    return false;
  }
  if (value.is_null()) {
    vm.raise(&exc_TypeError, "cannot delete memory");
    return false;
  }
  uint8_t* data = as_bytearray(m->base)->items;
  if (is_slice(key)) {
    int64_t start, stop, step, count;
    if (!slice_indices(vm, key, m->length, &start, &stop, &step, &count)) return false;
    std::string_view src;
    if (!bytes_like_view(value, &src)) {
      if (value.is_object() && value.as_object()->type == &memoryview_type) {
        std::string copy = contents(as_view(value));
        if (static_cast<int64_t>(copy.size()) != count) {
          vm.raise(&exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
          return false;
        }
        for (int64_t k = 0; k < count; ++k) data[m->start + (start + k * step) * m->step] = copy[k];
        return true;
      }
      vm.raise(&exc_TypeError, std::string("a bytes-like object is required, not '") + type_name(value) + "'");
      return false;
    }
    if (static_cast<int64_t>(src.size()) != count) {
      vm.raise(&exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
      return false;
    }
    std::string copy(src);
    for (int64_t k = 0; k < count; ++k) data[m->start + (start + k * step) * m->step] = copy[k];
    return true;
  }
  int64_t i;
  if (!view_index(vm, m, key, &i)) return false;
  if (!is_int(value)) {
    vm.raise(&exc_TypeError, "memoryview: invalid type for format 'B'");
    return false;
  }
  int64_t byte;
  if (!int_to_int64(value, &byte) || byte < 0 || byte > 255) {
    vm.raise(&exc_ValueError, "memoryview: invalid value for format 'B'");
    return false;
  }
  data[m->start + i * m->step] = static_cast<uint8_t>(byte);
  return true;
}

Value view_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (op != CompareOp::kEq && op != CompareOp::kNe) return not_implemented();
  MemoryViewObject* m = as_view(a);
  if (m->released) return boolean((op == CompareOp::kEq) == a.is(b));
  std::string other;
  std::string_view data;
  if (b.is_object() && b.as_object()->type == &memoryview_type) {
    if (as_view(b)->released) return boolean(op == CompareOp::kNe);
    other = contents(as_view(b));
  } else if (bytes_like_view(b, &data)) {
    other = std::string(data);
  } else {
    (void)vm;
    return not_implemented();
  }
  return boolean((contents(m) == other) == (op == CompareOp::kEq));
}

bool view_hash(VM& vm, Value self, int64_t* out) {
  MemoryViewObject* m = as_view(self);
  if (!check_released(vm, m)) return false;
  if (!m->readonly) {
    vm.raise(&exc_ValueError, "cannot hash writable memoryview object");
    return false;
  }
  // Equal to hash(bytes) of the same content, as CPython's.
  Ref bytes = Ref::steal(make_bytes(contents(m)));
  return hash(vm, bytes.get(), out);
}

Value view_iter(VM& vm, Value self) {
  if (!check_released(vm, as_view(self))) return Value();
  Ref list = Ref::steal(Value::from_object(list_new()));
  MemoryViewObject* m = as_view(self);
  for (int64_t i = 0; i < m->length; ++i) list_append(as_list(list.get()), Value::from_small_int(item(m, i)));
  return iter(vm, list.get());
}

Value view_tolist(VM& vm, Value self, CallArgs) {
  MemoryViewObject* m = as_view(self);
  if (!check_released(vm, m)) return Value();
  ListObject* list = list_new(m->length);
  for (int64_t i = 0; i < m->length; ++i) list_append(list, Value::from_small_int(item(m, i)));
  return Value::from_object(list);
}

Value view_tobytes(VM& vm, Value self, CallArgs) {
  if (!check_released(vm, as_view(self))) return Value();
  return make_bytes(contents(as_view(self)));
}

Value view_hex(VM& vm, Value self, CallArgs) {
  if (!check_released(vm, as_view(self))) return Value();
  std::string data = contents(as_view(self)), out;
  for (unsigned char c : data) {
    out += "0123456789abcdef"[c >> 4];
    out += "0123456789abcdef"[c & 15];
  }
  return Value::from_object(str_from_ascii(out));
}

Value view_release(VM&, Value self, CallArgs) {
  release(as_view(self));
  return none();
}

Value view_enter(VM& vm, Value self, CallArgs) {
  if (!check_released(vm, as_view(self))) return Value();
  incref(self);
  return self;
}

Value view_exit(VM&, Value self, CallArgs) {
  release(as_view(self));
  return none();
}

Value get_obj(VM& vm, Value self) {
  if (!check_released(vm, as_view(self))) return Value();
  incref(as_view(self)->base);
  return as_view(self)->base;
}
Value get_readonly(VM& vm, Value self) {
  if (!check_released(vm, as_view(self))) return Value();
  return boolean(as_view(self)->readonly);
}
Value get_format(VM& vm, Value self) {
  if (!check_released(vm, as_view(self))) return Value();
  return Value::from_object(str_from_ascii("B"));
}
Value get_one(VM& vm, Value self) {
  if (!check_released(vm, as_view(self))) return Value();
  return Value::from_small_int(1);
}
Value get_nbytes(VM& vm, Value self) {
  if (!check_released(vm, as_view(self))) return Value();
  return Value::from_small_int(as_view(self)->length);
}
Value get_shape(VM& vm, Value self) {
  if (!check_released(vm, as_view(self))) return Value();
  return Value::from_object(tuple_of({Value::from_small_int(as_view(self)->length)}));
}
Value get_strides(VM& vm, Value self) {
  if (!check_released(vm, as_view(self))) return Value();
  return Value::from_object(tuple_of({Value::from_small_int(as_view(self)->step)}));
}
Value get_contiguous(VM& vm, Value self) {
  if (!check_released(vm, as_view(self))) return Value();
  return boolean(as_view(self)->step == 1 || as_view(self)->length <= 1);
}

const MethodDef kMethods[] = {
    {"tolist", view_tolist, ArgShape::kNoArgs},
    {"tobytes", view_tobytes, ArgShape::kKeywords},
    {"hex", view_hex, ArgShape::kKeywords},
    {"release", view_release, ArgShape::kNoArgs},
    {"__enter__", view_enter, ArgShape::kNoArgs},
    {"__exit__", view_exit, ArgShape::kPositional, 0, -1},
    {nullptr, nullptr},
};

const GetSetDef kGetSets[] = {
    {"obj", get_obj},         {"readonly", get_readonly},     {"format", get_format},
    {"itemsize", get_one},    {"ndim", get_one},              {"nbytes", get_nbytes},
    {"shape", get_shape},     {"strides", get_strides},
    {"contiguous", get_contiguous}, {"c_contiguous", get_contiguous}, {"f_contiguous", get_contiguous},
    {nullptr, nullptr},
};

}  // namespace

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
  t.methods = kMethods;
  t.getsets = kGetSets;
  t.doc = "Create a new memoryview object which references the given object.";
  ready_static_type(&t);
}

}  // namespace glasspy::builtins
