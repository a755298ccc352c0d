// The int type's operators (object model): + - * // % / ** << >> & | ^ and the unary
// ones, with Python's semantics and CPython's messages. Small ints (immediates) take
// overflow-checked int64 paths; anything larger goes through numeric::BigInt.
#include <cmath>

#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/number_support.h"
#include "objects/ops.h"
#include "vm/vm.h"

namespace glasspy::objects {

Value float_binary_power(VM& vm, Value a, Value b);  // float_arith.cpp

namespace {

using numeric::BigInt;

// A borrowed view of an int operand as a BigInt: no copy for heap ints.
class BigOperand {
 public:
  explicit BigOperand(Value v) {
    if (v.is_small_int()) {
      local_ = BigInt(v.as_small_int());
      ref_ = &local_;
    } else {
      ref_ = &as_int_object(v)->value;
    }
  }
  const BigInt& get() const { return *ref_; }

 private:
  BigInt local_;
  const BigInt* ref_;
};

Value from_status(VM& vm, const numeric::Status& s, BigInt&& result) {
  if (!s.ok()) return raise_numeric_status(vm, s);
  return make_int(std::move(result));
}

#define GP_INT_OPERANDS                                              \
  if (!is_int(a) || !is_int(b)) return not_implemented();

Value int_add(VM&, Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return make_int(a.as_small_int() + b.as_small_int());
  GP_INT_OPERANDS
  return make_int(numeric::add(BigOperand(a).get(), BigOperand(b).get()));
}

Value int_sub(VM&, Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return make_int(a.as_small_int() - b.as_small_int());
  GP_INT_OPERANDS
  return make_int(numeric::sub(BigOperand(a).get(), BigOperand(b).get()));
}

Value int_mul(VM&, Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) {
    int64_t r;
    if (!__builtin_mul_overflow(a.as_small_int(), b.as_small_int(), &r)) return make_int(r);
  }
  GP_INT_OPERANDS
  return make_int(numeric::mul(BigOperand(a).get(), BigOperand(b).get()));
}

// Floor division and modulo of int64 values (y != 0, no overflow: |x| < 2**47).
int64_t floor_div(int64_t x, int64_t y) {
  int64_t q = x / y;
  if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
  return q;
}
int64_t floor_mod(int64_t x, int64_t y) {
  int64_t r = x % y;
  if (r != 0 && ((r < 0) != (y < 0))) r += y;
  return r;
}

Value int_floordiv(VM& vm, Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) {
    int64_t y = b.as_small_int();
    if (y == 0) return vm.raise(&exc_ZeroDivisionError, "integer division or modulo by zero");
    return make_int(floor_div(a.as_small_int(), y));
  }
  GP_INT_OPERANDS
  BigInt q;
  numeric::Status s = numeric::floordiv(BigOperand(a).get(), BigOperand(b).get(), &q);
  return from_status(vm, s, std::move(q));
}

Value int_mod(VM& vm, Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) {
    int64_t y = b.as_small_int();
    if (y == 0) return vm.raise(&exc_ZeroDivisionError, "integer modulo by zero");
    return make_int(floor_mod(a.as_small_int(), y));
  }
  GP_INT_OPERANDS
  BigInt r;
  numeric::Status s = numeric::mod(BigOperand(a).get(), BigOperand(b).get(), &r);
  return from_status(vm, s, std::move(r));
}

Value int_truediv(VM& vm, Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) {
    // Both exact as doubles (48 bits), so one IEEE division is correctly rounded.
    int64_t y = b.as_small_int();
    if (y == 0) return vm.raise(&exc_ZeroDivisionError, "division by zero");
    return Value::from_double(static_cast<double>(a.as_small_int()) / static_cast<double>(y));
  }
  GP_INT_OPERANDS
  double r;
  numeric::Status s = numeric::true_divide(BigOperand(a).get(), BigOperand(b).get(), &r);
  if (!s.ok()) return raise_numeric_status(vm, s);
  return Value::from_double(r);
}

// base ** exp for exp >= 0 with int64 arithmetic while it does not overflow.
bool small_pow(int64_t base, int64_t exp, int64_t* out) {
  int64_t result = 1;
  while (exp > 0) {
    if (exp & 1)
      if (__builtin_mul_overflow(result, base, &result)) return false;
    exp >>= 1;
    if (exp > 0 && __builtin_mul_overflow(base, base, &base)) return false;
  }
  *out = result;
  return true;
}

bool is_negative_int(Value v) {
  return v.is_small_int() ? v.as_small_int() < 0 : as_int_object(v)->value.is_negative();
}

Value int_pow(VM& vm, Value a, Value b) {
  GP_INT_OPERANDS
  if (is_negative_int(b)) {
    // A negative exponent gives a float, as float(a) ** float(b).
    double x, y;
    if (!int_to_double(vm, a, &x) || !int_to_double(vm, b, &y)) return Value();
    return float_binary_power(vm, Value::from_double(x), Value::from_double(y));
  }
  if (a.is_small_int() && b.is_small_int()) {
    int64_t r;
    if (small_pow(a.as_small_int(), b.as_small_int(), &r)) return make_int(r);
  }
  BigInt r;
  numeric::Status s = numeric::pow(BigOperand(a).get(), BigOperand(b).get(), &r);
  return from_status(vm, s, std::move(r));
}

Value int_ternary_pow(VM& vm, Value a, Value b, Value c) {
  if (c.is_null() || is_none(c)) return int_pow(vm, a, b);
  if (!is_int(a) || !is_int(b) || !is_int(c)) return not_implemented();
  BigInt r;
  numeric::Status s = numeric::pow_mod(BigOperand(a).get(), BigOperand(b).get(), BigOperand(c).get(), &r);
  return from_status(vm, s, std::move(r));
}

Value int_lshift(VM& vm, Value a, Value b) {
  GP_INT_OPERANDS
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int(), n = b.as_small_int();
    if (n < 0) return vm.raise(&exc_ValueError, "negative shift count");
    if (x == 0) return Value::from_small_int(0);
    // |x| < 2**47: shifting by up to 15 stays within int64.
    if (n <= 15) return make_int(x * (int64_t{1} << n));
  }
  BigInt r;
  numeric::Status s = numeric::shift_left(BigOperand(a).get(), BigOperand(b).get(), &r);
  return from_status(vm, s, std::move(r));
}

Value int_rshift(VM& vm, Value a, Value b) {
  GP_INT_OPERANDS
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int(), n = b.as_small_int();
    if (n < 0) return vm.raise(&exc_ValueError, "negative shift count");
    return Value::from_small_int(n >= 63 ? (x < 0 ? -1 : 0) : (x >> n));
  }
  BigInt r;
  numeric::Status s = numeric::shift_right(BigOperand(a).get(), BigOperand(b).get(), &r);
  return from_status(vm, s, std::move(r));
}

Value int_and(VM&, Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return Value::from_small_int(a.as_small_int() & b.as_small_int());
  GP_INT_OPERANDS
  return make_int(numeric::bit_and(BigOperand(a).get(), BigOperand(b).get()));
}

Value int_or(VM&, Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return Value::from_small_int(a.as_small_int() | b.as_small_int());
  GP_INT_OPERANDS
  return make_int(numeric::bit_or(BigOperand(a).get(), BigOperand(b).get()));
}

Value int_xor(VM&, Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return Value::from_small_int(a.as_small_int() ^ b.as_small_int());
  GP_INT_OPERANDS
  return make_int(numeric::bit_xor(BigOperand(a).get(), BigOperand(b).get()));
}

#undef GP_INT_OPERANDS

Value int_negative(VM&, Value v) {
  if (v.is_small_int()) return make_int(-v.as_small_int());
  return make_int(numeric::negated(as_int_object(v)->value));
}

Value int_positive(VM&, Value v) { return int_exact(v); }

Value int_invert(VM&, Value v) {
  if (v.is_small_int()) return make_int(~v.as_small_int());
  return make_int(numeric::bit_invert(as_int_object(v)->value));
}

Value int_absolute(VM&, Value v) {
  if (v.is_small_int()) {
    int64_t x = v.as_small_int();
    return make_int(x < 0 ? -x : x);
  }
  return make_int(numeric::absolute(as_int_object(v)->value));
}

Value int_index(VM&, Value v) { return int_exact(v); }

Value int_to_float_slot(VM& vm, Value v) {
  double d;
  if (!int_to_double(vm, v, &d)) return Value();
  return Value::from_double(d);
}

}  // namespace

void init_int_arith(TypeObject& t) {
  t.binary[int(BinaryOp::kAdd)] = int_add;
  t.binary[int(BinaryOp::kSubtract)] = int_sub;
  t.binary[int(BinaryOp::kMultiply)] = int_mul;
  t.binary[int(BinaryOp::kFloorDivide)] = int_floordiv;
  t.binary[int(BinaryOp::kRemainder)] = int_mod;
  t.binary[int(BinaryOp::kTrueDivide)] = int_truediv;
  t.binary[int(BinaryOp::kPower)] = int_pow;
  t.binary[int(BinaryOp::kLshift)] = int_lshift;
  t.binary[int(BinaryOp::kRshift)] = int_rshift;
  t.binary[int(BinaryOp::kAnd)] = int_and;
  t.binary[int(BinaryOp::kOr)] = int_or;
  t.binary[int(BinaryOp::kXor)] = int_xor;
  t.power = int_ternary_pow;
  t.negative = int_negative;
  t.positive = int_positive;
  t.invert = int_invert;
  t.absolute = int_absolute;
  t.index = int_index;
  t.to_int = int_index;
  t.to_float = int_to_float_slot;
}

}  // namespace glasspy::objects
