// The float type's operators (object model): + - * / // % ** divmod and the unary ones,
// with CPython's sign rules, special values and messages. An int operand is converted
// to float first (OverflowError "int too large to convert to float").
#include <cerrno>
#include <cmath>

#include "objects/complex_object.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/number_support.h"
#include "objects/ops.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

Value complex_power_values(VM& vm, double ar, double ai, double br, double bi);  // complex_object.cpp

namespace {

// The double value of a float or int operand: 1; 0 if the operand is neither
// (NotImplemented); -1 with an error pending.
int operand(VM& vm, Value v, double* out) {
  if (v.is_double()) {
    *out = v.as_double();
    return 1;
  }
  if (v.is_small_int()) {
    *out = static_cast<double>(v.as_small_int());
    return 1;
  }
  if (is_float(v)) {
    *out = float_value(v);
    return 1;
  }
  if (is_int(v)) return int_to_double(vm, v, out) ? 1 : -1;
  return 0;
}

#define GP_FLOAT_OPERANDS                          \
  double x, y;                                     \
  {                                                \
    int ra = operand(vm, a, &x);                   \
    if (ra <= 0) return ra < 0 ? Value() : not_implemented(); \
    int rb = operand(vm, b, &y);                   \
    if (rb <= 0) return rb < 0 ? Value() : not_implemented(); \
  }

Value float_add(VM& vm, Value a, Value b) {
  GP_FLOAT_OPERANDS
  return Value::from_double(x + y);
}

Value float_sub(VM& vm, Value a, Value b) {
  GP_FLOAT_OPERANDS
  return Value::from_double(x - y);
}

Value float_mul(VM& vm, Value a, Value b) {
  GP_FLOAT_OPERANDS
  return Value::from_double(x * y);
}

Value float_truediv(VM& vm, Value a, Value b) {
  GP_FLOAT_OPERANDS
  if (y == 0.0) return vm.raise(&exc_ZeroDivisionError, "float division by zero");
  return Value::from_double(x / y);
}

// x % y with the divisor's sign (y != 0), as CPython's float_rem.
double float_mod_value(double x, double y) {
  double mod = std::fmod(x, y);
  if (mod != 0) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else {
    mod = std::copysign(0.0, y);
  }
  return mod;
}

// divmod(x, y) for y != 0, as CPython's float_divmod (floor rounded to the nearest
// integer when (x - mod) / y lands just short of it).
void float_divmod_values(double x, double y, double* floordiv, double* mod_out) {
  double mod = std::fmod(x, y);
  double div = (x - mod) / y;
  if (mod != 0) {
    if ((y < 0) != (mod < 0)) {
      mod += y;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, y);
  }
  double q;
  if (div != 0) {
    q = std::floor(div);
    if (div - q > 0.5) q += 1.0;
  } else {
    q = std::copysign(0.0, x / y);
  }
  *floordiv = q;
  *mod_out = mod;
}

Value float_floordiv(VM& vm, Value a, Value b) {
  GP_FLOAT_OPERANDS
  if (y == 0.0) return vm.raise(&exc_ZeroDivisionError, "float floor division by zero");
  double q, r;
  float_divmod_values(x, y, &q, &r);
  return Value::from_double(q);
}

Value float_mod(VM& vm, Value a, Value b) {
  GP_FLOAT_OPERANDS
  if (y == 0.0) return vm.raise(&exc_ZeroDivisionError, "float modulo");
  return Value::from_double(float_mod_value(x, y));
}

bool is_odd_integer(double d) { return std::fmod(std::fabs(d), 2.0) == 1.0; }

Value raise_errno_overflow(VM& vm) {
  TupleObject* args = tuple_alloc(2);
  args->items()[0] = Value::from_small_int(ERANGE);
  args->items()[1] = Value::from_object(str_from_ascii("Numerical result out of range"));
  ExceptionObject* e = exception_new(&exc_OverflowError, args);
  decref(args);
  Value r = vm.raise_value(Value::from_object(e));
  decref(e);
  return r;
}

}  // namespace

// x ** y for two doubles, as CPython's float_pow (a negative base with a fractional
// exponent gives a complex).
Value float_power_values(VM& vm, double iv, double iw) {
  if (iw == 0) return Value::from_double(1.0);
  if (iv != iv) return Value::from_double(iv);
  if (iw != iw) return Value::from_double(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return Value::from_double(1.0);
    if ((iw > 0.0) == (iv > 1.0)) return Value::from_double(std::fabs(iw));
    return Value::from_double(0.0);
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) return Value::from_double(odd ? iv : std::fabs(iv));
    return Value::from_double(odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    bool odd = is_odd_integer(iw);
    if (iw < 0.0) return vm.raise(&exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return Value::from_double(odd ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) return complex_power_values(vm, iv, 0.0, iw, 0.0);
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return Value::from_double(negate ? -1.0 : 1.0);
  double r = std::pow(iv, iw);
  if (std::isinf(r)) return raise_errno_overflow(vm);
  return Value::from_double(negate ? -r : r);
}

Value float_binary_power(VM& vm, Value a, Value b) {
  GP_FLOAT_OPERANDS
  return float_power_values(vm, x, y);
}

// divmod(a, b) for floats (a tuple), or NotImplemented.
Value float_divmod(VM& vm, Value a, Value b) {
  GP_FLOAT_OPERANDS
  if (y == 0.0) return vm.raise(&exc_ZeroDivisionError, "float divmod()");
  double q, r;
  float_divmod_values(x, y, &q, &r);
  return Value::from_object(tuple_of({Value::from_double(q), Value::from_double(r)}));
}

#undef GP_FLOAT_OPERANDS

namespace {

Value float_ternary_power(VM& vm, Value a, Value b, Value c) {
  if (!c.is_null() && !is_none(c))
    return vm.raise(&exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  return float_binary_power(vm, a, b);
}

Value float_negative(VM&, Value v) { return Value::from_double(-float_value(v)); }
// +x and float(x) of an exact float are x itself (a NaN keeps its identity).
Value float_positive(VM&, Value v) { return v.is_double() ? v : Value::from_double(float_value(v)); }
Value float_absolute(VM&, Value v) { return Value::from_double(std::fabs(float_value(v))); }
Value float_to_int(VM& vm, Value v) { return int_from_double(vm, float_value(v)); }
Value float_to_float(VM&, Value v) { return v.is_double() ? v : Value::from_double(float_value(v)); }

}  // namespace

void init_float_arith(TypeObject& t) {
  t.binary[int(BinaryOp::kAdd)] = float_add;
  t.binary[int(BinaryOp::kSubtract)] = float_sub;
  t.binary[int(BinaryOp::kMultiply)] = float_mul;
  t.binary[int(BinaryOp::kTrueDivide)] = float_truediv;
  t.binary[int(BinaryOp::kFloorDivide)] = float_floordiv;
  t.binary[int(BinaryOp::kRemainder)] = float_mod;
  t.binary[int(BinaryOp::kPower)] = float_binary_power;
  t.power = float_ternary_power;
  t.negative = float_negative;
  t.positive = float_positive;
  t.absolute = float_absolute;
  t.to_int = float_to_int;
  t.to_float = float_to_float;
}

}  // namespace glasspy::objects
