// The int type (object model): int values (immediates or BigInt-holding IntObjects), repr,
// hash, comparison and the type's definition. Arithmetic: int_arith.cpp; methods and
// attributes: int_methods.cpp; int(): int_new.cpp; __format__: int_format.cpp.
// Init function for builtin_types.cpp: init_int_type() (bool: init_bool_type()).
#include "objects/int_object.h"

#include <string>

#include "objects/alloc.h"
#include "objects/exception_object.h"
#include "objects/memory_limit.h"
#include "objects/number_support.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject int_type;

namespace {

IntObject* new_heap_int(TypeObject* type) { return alloc<IntObject>(type, sizeof(IntObject)); }

}  // namespace

Value make_int(int64_t v) {
  if (Value::fits_small_int(v)) return Value::from_small_int(v);
  IntObject* o = new_heap_int(&int_type);
  o->value = numeric::BigInt(v);
  return Value::from_object(o);
}

Value make_uint(uint64_t v) {
  if (v <= static_cast<uint64_t>(Value::kSmallIntMax)) return Value::from_small_int(static_cast<int64_t>(v));
  IntObject* o = new_heap_int(&int_type);
  o->value = numeric::BigInt::from_uint64(v);
  return Value::from_object(o);
}

Value make_int(const numeric::BigInt& v) {
  int64_t small;
  if (v.to_int64(&small) && Value::fits_small_int(small)) return Value::from_small_int(small);
  IntObject* o = new_heap_int(&int_type);
  o->value = v;
  return Value::from_object(o);
}

Value make_int(numeric::BigInt&& v) {
  int64_t small;
  if (v.to_int64(&small) && Value::fits_small_int(small)) return Value::from_small_int(small);
  IntObject* o = new_heap_int(&int_type);
  o->value = std::move(v);
  return Value::from_object(o);
}

numeric::BigInt int_to_bigint(Value v) {
  if (v.is_small_int()) return numeric::BigInt(v.as_small_int());
  return as_int_object(v)->value;
}

bool int_to_int64(Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  return as_int_object(v)->value.to_int64(out);
}

// ---------------------------------------------------------------------------------------
// Shared helpers (number_support.h).

Value raise_numeric_status(VM& vm, const numeric::Status& status) {
  TypeObject* type = &exc_ValueError;
  switch (status.kind()) {
    case numeric::ErrorKind::kOverflowError: type = &exc_OverflowError; break;
    case numeric::ErrorKind::kZeroDivisionError: type = &exc_ZeroDivisionError; break;
    case numeric::ErrorKind::kMemoryError:
      if (status.message().empty()) return raise_memory_error(vm);  // MemoryError(), as CPython
      type = &exc_MemoryError;
      break;
    default: break;
  }
  return vm.raise(type, status.message());
}

int int_max_str_digits(VM& vm) {
  return vm.int_max_str_digits_;  // sys.set_int_max_str_digits is per interpreter
}

bool int_to_double(VM& vm, Value v, double* out) {
  if (v.is_small_int()) {
    *out = static_cast<double>(v.as_small_int());  // exact: 48 bits
    return true;
  }
  numeric::Status s = numeric::to_double(as_int_object(v)->value, out);
  if (!s.ok()) {
    raise_numeric_status(vm, s);
    return false;
  }
  return true;
}

Value int_from_double(VM& vm, double x) {
  if (x > -1e14 && x < 1e14) return Value::from_small_int(static_cast<int64_t>(x));
  numeric::BigInt b;
  numeric::Status s = numeric::from_double(x, &b);
  if (!s.ok()) return raise_numeric_status(vm, s);
  return make_int(std::move(b));
}

bool int_to_decimal(VM& vm, Value v, std::string* out) {
  if (v.is_small_int()) {
    *out = std::to_string(v.as_small_int());
    return true;
  }
  numeric::Status s = numeric::to_decimal_string(as_int_object(v)->value, out, int_max_str_digits(vm));
  if (!s.ok()) {
    raise_numeric_status(vm, s);
    return false;
  }
  return true;
}

int compare_int_double(Value i, double d) {
  if (d != d) return 2;
  if (i.is_small_int()) {
    double x = static_cast<double>(i.as_small_int());
    return x < d ? -1 : x > d ? 1 : 0;
  }
  return numeric::compare_double(as_int_object(i)->value, d);
}

// ---------------------------------------------------------------------------------------
// The type's slots.

Value int_repr(VM& vm, Value self) {
  if (self.is_small_int()) {
    char buffer[24];
    int64_t v = self.as_small_int();
    uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    char* end = buffer + sizeof buffer;
    char* p = end;
    do {
      *--p = static_cast<char>('0' + m % 10);
      m /= 10;
    } while (m != 0);
    if (v < 0) *--p = '-';
    return Value::from_object(str_from_ascii(std::string_view(p, static_cast<size_t>(end - p))));
  }
  std::string text;
  if (!int_to_decimal(vm, self, &text)) return Value();
  return Value::from_object(str_from_ascii(text));
}

namespace {

void int_dealloc(Object* self) {
  static_cast<IntObject*>(self)->value.~BigInt();
  free_object(self);
}

bool int_hash(VM&, Value self, int64_t* out) {
  if (self.is_small_int()) {
    int64_t v = self.as_small_int();  // |v| < 2**61 - 1: its own hash
    *out = v == -1 ? -2 : v;
    return true;
  }
  *out = numeric::hash(as_int_object(self)->value);
  return true;
}

bool compare_result(int c, CompareOp op) {
  switch (op) {
    case CompareOp::kLt: return c < 0;
    case CompareOp::kLe: return c <= 0;
    case CompareOp::kEq: return c == 0;
    case CompareOp::kNe: return c != 0;
    case CompareOp::kGt: return c > 0;
    case CompareOp::kGe: return c >= 0;
  }
  return false;
}

Value int_richcompare(VM&, Value a, Value b, CompareOp op) {
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int(), y = b.as_small_int();
    return boolean(compare_result(x < y ? -1 : x > y ? 1 : 0, op));
  }
  if (!is_int(a) || !is_int(b)) return not_implemented();
  int c;
  if (a.is_small_int())
    c = -numeric::compare(as_int_object(b)->value, a.as_small_int());
  else if (b.is_small_int())
    c = numeric::compare(as_int_object(a)->value, b.as_small_int());
  else
    c = numeric::compare(as_int_object(a)->value, as_int_object(b)->value);
  return boolean(compare_result(c, op));
}

int int_truthy(VM&, Value self) {
  if (self.is_small_int()) return self.as_small_int() != 0;
  return !as_int_object(self)->value.is_zero();
}

}  // namespace

// An exact int with the value of an int subclass instance (or the int itself).
Value int_exact(Value v) {
  if (is_exact_int(v)) {
    incref(v);
    return v;
  }
  return make_int(as_int_object(v)->value);
}

void init_int_type() {
  TypeObject& t = int_type;
  t.name = "int";
  t.type_flags = kTypeBaseType | kTypeIntSubclass | kTypeImmutable;
  t.basic_size = sizeof(IntObject);
  t.doc =
      "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 "
      "if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this "
      "truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or "
      "bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by "
      "'+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 "
      "means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4";
  t.dealloc = int_dealloc;
  t.repr = int_repr;
  t.hash = int_hash;
  t.richcompare = int_richcompare;
  t.truthy = int_truthy;
  t.new_instance = int_new;
  init_int_arith(t);
  init_int_methods(t);
}

}  // namespace glasspy::objects
