// The math module (modules stage): the module object, its constants, and the functions
// of one or two floats with CPython 3.11's special cases and errors (math_1 / math_2
// rules: a NaN from a non-NaN is "math domain error", an infinity from finite input is
// "math range error" or a domain error). Integer functions: math_integer.cpp; fsum,
// hypot, dist, gamma, lgamma: math_special.cpp. Results of libm functions are the C
// library's (glibc natively, musl in wasm: these may differ in the last bit).
#include "modules/math_module.h"

#include <cmath>
#include <string>

#include "modules/math_internal.h"
#include "numeric/bigint.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/number_support.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::modules {

namespace math_detail {

using namespace objects;

bool raise_if_error(VM& vm, MathError error, double result) {
  if (error == MathError::kDomain) {
    vm.raise(&exc_ValueError, "math domain error");
    return true;
  }
  if (error == MathError::kRange && std::fabs(result) >= 1.5) {
    vm.raise(&exc_OverflowError, "math range error");
    return true;
  }
  return false;
}

bool arg_double(VM& vm, Value v, double* out) {
  if (v.is_double()) {
    *out = v.as_double();
    return true;
  }
  return to_double(vm, v, out);
}

}  // namespace math_detail

namespace {

using namespace objects;
using namespace math_detail;

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kE = 2.718281828459045235360287471352662497757;

// CPython's math_1: f(x) with a NaN from non-NaN input a domain error and an infinity
// from finite input a range error (can_overflow) or a domain error (a singularity).
Value math_1(VM& vm, Value arg, double (*f)(double), bool can_overflow) {
  double x;
  if (!arg_double(vm, arg, &x)) return Value();
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) return vm.raise(&exc_ValueError, "math domain error");
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) return vm.raise(&exc_OverflowError, "math range error");
    return vm.raise(&exc_ValueError, "math domain error");
  }
  return Value::from_double(r);
}

// CPython's math_2 rules for f(x, y).
Value math_2(VM& vm, CallArgs args, double (*f)(double, double)) {
  double x, y;
  if (!arg_double(vm, args.args[0], &x) || !arg_double(vm, args.args[1], &y)) return Value();
  double r = f(x, y);
  MathError error = MathError::kNone;
  if (std::isnan(r)) {
    if (!std::isnan(x) && !std::isnan(y)) error = MathError::kDomain;
  } else if (std::isinf(r)) {
    if (std::isfinite(x) && std::isfinite(y)) error = MathError::kRange;
  }
  if (raise_if_error(vm, error, r)) return Value();
  return Value::from_double(r);
}

#define GP_MATH_1(NAME, FN, OVERFLOW) \
  Value math_##NAME(VM& vm, Value, CallArgs args) { return math_1(vm, args.args[0], FN, OVERFLOW); }

double c_acos(double x) { return std::acos(x); }
double c_acosh(double x) { return std::acosh(x); }
double c_asin(double x) { return std::asin(x); }
double c_asinh(double x) { return std::asinh(x); }
double c_atan(double x) { return std::atan(x); }
double c_atanh(double x) { return std::atanh(x); }
double c_cbrt(double x) { return std::cbrt(x); }
double c_cos(double x) { return std::cos(x); }
double c_cosh(double x) { return std::cosh(x); }
double c_erf(double x) { return std::erf(x); }
double c_erfc(double x) { return std::erfc(x); }
double c_exp(double x) { return std::exp(x); }
double c_exp2(double x) { return std::exp2(x); }
double c_expm1(double x) { return std::expm1(x); }
double c_fabs(double x) { return std::fabs(x); }
double c_log1p(double x) { return x == 0.0 ? x : std::log1p(x); }
double c_sin(double x) { return std::sin(x); }
double c_sinh(double x) { return std::sinh(x); }
double c_sqrt(double x) { return std::sqrt(x); }
double c_tan(double x) { return std::tan(x); }
double c_tanh(double x) { return std::tanh(x); }

GP_MATH_1(acos, c_acos, false)
GP_MATH_1(acosh, c_acosh, false)
GP_MATH_1(asin, c_asin, false)
GP_MATH_1(asinh, c_asinh, false)
GP_MATH_1(atan, c_atan, false)
GP_MATH_1(atanh, c_atanh, false)
GP_MATH_1(cbrt, c_cbrt, false)
GP_MATH_1(cos, c_cos, false)
GP_MATH_1(cosh, c_cosh, true)
GP_MATH_1(erf, c_erf, false)
GP_MATH_1(erfc, c_erfc, false)
GP_MATH_1(exp, c_exp, true)
GP_MATH_1(exp2, c_exp2, true)
GP_MATH_1(expm1, c_expm1, true)
GP_MATH_1(fabs, c_fabs, false)
GP_MATH_1(log1p, c_log1p, false)
GP_MATH_1(sin, c_sin, false)
GP_MATH_1(sinh, c_sinh, true)
GP_MATH_1(sqrt, c_sqrt, false)
GP_MATH_1(tan, c_tan, false)
GP_MATH_1(tanh, c_tanh, false)
#undef GP_MATH_1

double m_atan2(double y, double x) {
  if (std::isnan(x) || std::isnan(y)) return NAN;
  if (std::isinf(y)) {
    if (std::isinf(x)) return std::copysign(x > 0 ? 0.25 * kPi : 0.75 * kPi, y);
    return std::copysign(0.5 * kPi, y);
  }
  if (std::isinf(x) || y == 0.0) return std::copysign(std::copysign(1.0, x) == 1.0 ? 0.0 : kPi, y);
  return std::atan2(y, x);
}
double m_copysign(double x, double y) { return std::copysign(x, y); }
double m_remainder(double x, double y) {
  if (std::isnan(x)) return x;
  if (std::isnan(y)) return y;
  if (std::isinf(x)) return NAN;
  if (std::isinf(y)) return x;
  return std::remainder(x, y);  // exact: every libm agrees
}

Value math_atan2(VM& vm, Value, CallArgs args) { return math_2(vm, args, m_atan2); }
Value math_copysign(VM& vm, Value, CallArgs args) { return math_2(vm, args, m_copysign); }
Value math_remainder(VM& vm, Value, CallArgs args) { return math_2(vm, args, m_remainder); }

// log, log2, log10 of ints beyond the float range: log(m) + e*log(2).
Value log_helper(VM& vm, Value arg, double (*f)(double)) {
  if (is_int(arg)) {
    bool non_positive = arg.is_small_int() ? arg.as_small_int() <= 0 : as_int_object(arg)->value.sign() <= 0;
    if (non_positive) return vm.raise(&exc_ValueError, "math domain error");
    double x;
    if (arg.is_small_int()) {
      x = static_cast<double>(arg.as_small_int());
    } else if (!numeric::to_double(as_int_object(arg)->value, &x).ok()) {
      int64_t e;
      double m = numeric::frexp_abs(as_int_object(arg)->value, &e);
      return Value::from_double(f(m) + f(2.0) * static_cast<double>(e));
    }
    return Value::from_double(f(x));
  }
  return math_1(vm, arg, f, false);
}

double m_log(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log(x);
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x) || x > 0) return x;
  return NAN;
}
double m_log2(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log2(x);
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x) || x > 0) return x;
  return NAN;
}
double m_log10(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log10(x);
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x) || x > 0) return x;
  return NAN;
}

Value math_log(VM& vm, Value, CallArgs args) {
  if (args.nkw() != 0) return vm.raise(&exc_TypeError, "log() takes no keyword arguments");
  if (args.nargs < 1 || args.nargs > 2) return vm.raise(&exc_TypeError, "math.log requires 1 to 2 arguments");
  Ref num = Ref::steal(log_helper(vm, args.args[0], m_log));
  if (!num || args.nargs == 1) return num.release();
  Ref den = Ref::steal(log_helper(vm, args.args[1], m_log));
  if (!den) return Value();
  return binary_op(vm, num.get(), den.get(), BinaryOp::kTrueDivide);
}
Value math_log2(VM& vm, Value, CallArgs args) { return log_helper(vm, args.args[0], m_log2); }
Value math_log10(VM& vm, Value, CallArgs args) { return log_helper(vm, args.args[0], m_log10); }

Value math_pow(VM& vm, Value, CallArgs args) {
  double x, y;
  if (!arg_double(vm, args.args[0], &x) || !arg_double(vm, args.args[1], &y)) return Value();
  double r;
  MathError error = MathError::kNone;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) {
      r = y == 0.0 ? 1.0 : x;
    } else if (std::isnan(y)) {
      r = x == 1.0 ? 1.0 : y;
    } else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.0)
        r = odd_y ? x : std::fabs(x);
      else if (y == 0.0)
        r = 1.0;
      else
        r = odd_y ? std::copysign(0.0, x) : 0.0;
    } else {
      if (std::fabs(x) == 1.0)
        r = 1.0;
      else if (y > 0.0 && std::fabs(x) > 1.0)
        r = y;
      else if (y < 0.0 && std::fabs(x) < 1.0)
        r = -y;
      else
        r = 0.0;
    }
  } else {
    r = std::pow(x, y);
    if (std::isnan(r))
      error = MathError::kDomain;
    else if (std::isinf(r))
      error = x == 0.0 ? MathError::kDomain : MathError::kRange;
  }
  if (raise_if_error(vm, error, r)) return Value();
  return Value::from_double(r);
}

Value math_fmod(VM& vm, Value, CallArgs args) {
  double x, y;
  if (!arg_double(vm, args.args[0], &x) || !arg_double(vm, args.args[1], &y)) return Value();
  if (std::isinf(y) && std::isfinite(x)) return Value::from_double(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return vm.raise(&exc_ValueError, "math domain error");
  return Value::from_double(r);
}

Value math_ldexp(VM& vm, Value, CallArgs args) {
  double x;
  if (!arg_double(vm, args.args[0], &x)) return Value();
  Value i = args.args[1];
  if (!is_int(i)) return vm.raise(&exc_TypeError, "Expected an int as second argument to ldexp.");
  int64_t e;
  if (!int_to_int64(i, &e)) e = as_int_object(i)->value.is_negative() ? INT64_MIN : INT64_MAX;
  double r;
  MathError error = MathError::kNone;
  if (x == 0.0 || !std::isfinite(x)) {
    r = x;
  } else if (e > INT32_MAX) {
    r = std::copysign(HUGE_VAL, x);
    error = MathError::kRange;
  } else if (e < INT32_MIN) {
    r = std::copysign(0.0, x);
  } else {
    r = std::ldexp(x, static_cast<int>(e));
    if (std::isinf(r)) error = MathError::kRange;
  }
  if (raise_if_error(vm, error, r)) return Value();
  return Value::from_double(r);
}

Value math_frexp(VM& vm, Value, CallArgs args) {
  double x;
  if (!arg_double(vm, args.args[0], &x)) return Value();
  int e = 0;
  double m = x;
  if (std::isfinite(x) && x != 0.0) m = std::frexp(x, &e);
  return Value::from_object(tuple_of({Value::from_double(m), Value::from_small_int(e)}));
}

Value math_modf(VM& vm, Value, CallArgs args) {
  double x;
  if (!arg_double(vm, args.args[0], &x)) return Value();
  double integral, fraction;
  if (std::isinf(x)) {
    integral = x;
    fraction = std::copysign(0.0, x);
  } else {
    fraction = std::modf(x, &integral);
  }
  return Value::from_object(tuple_of({Value::from_double(fraction), Value::from_double(integral)}));
}

// floor and ceil: exact floats directly, else the type's __floor__/__ceil__, else float().
Value floor_or_ceil(VM& vm, Value x, const char* dunder, bool floor) {
  double d;
  if (x.is_double()) {
    d = x.as_double();
  } else {
    Value method = type_lookup(vm, type_of(x), dunder);
    if (!method.is_null()) return call1(vm, method, x);
    if (!arg_double(vm, x, &d)) return Value();
  }
  return int_from_double(vm, floor ? std::floor(d) : std::ceil(d));
}

Value math_floor(VM& vm, Value, CallArgs args) { return floor_or_ceil(vm, args.args[0], "__floor__", true); }
Value math_ceil(VM& vm, Value, CallArgs args) { return floor_or_ceil(vm, args.args[0], "__ceil__", false); }

Value math_trunc(VM& vm, Value, CallArgs args) {
  Value x = args.args[0];
  if (x.is_double()) return int_from_double(vm, std::trunc(x.as_double()));
  Value method = type_lookup(vm, type_of(x), "__trunc__");
  if (method.is_null())
    return vm.raise(&exc_TypeError, std::string("type ") + type_name(x) + " doesn't define __trunc__ method");
  return call1(vm, method, x);
}

Value math_degrees(VM& vm, Value, CallArgs args) {
  double x;
  if (!arg_double(vm, args.args[0], &x)) return Value();
  return Value::from_double(x * (180.0 / kPi));
}

Value math_radians(VM& vm, Value, CallArgs args) {
  double x;
  if (!arg_double(vm, args.args[0], &x)) return Value();
  return Value::from_double(x * (kPi / 180.0));
}

Value math_isfinite(VM& vm, Value, CallArgs args) {
  double x;
  if (!arg_double(vm, args.args[0], &x)) return Value();
  return boolean(std::isfinite(x));
}
Value math_isinf(VM& vm, Value, CallArgs args) {
  double x;
  if (!arg_double(vm, args.args[0], &x)) return Value();
  return boolean(std::isinf(x));
}
Value math_isnan(VM& vm, Value, CallArgs args) {
  double x;
  if (!arg_double(vm, args.args[0], &x)) return Value();
  return boolean(std::isnan(x));
}

Value math_isclose(VM& vm, Value, CallArgs args) {
  if (args.nargs > 2)
    return vm.raise(&exc_TypeError,
                    "isclose() takes exactly 2 positional arguments (" + std::to_string(args.nargs) + " given)");
  Value p[4];
  if (!vm::parse_args(vm, args, "isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, p, 0, 2)) return Value();
  double a, b, rel_tol = 1e-09, abs_tol = 0.0;
  if (!arg_double(vm, p[0], &a) || !arg_double(vm, p[1], &b)) return Value();
  if (!p[2].is_null() && !arg_double(vm, p[2], &rel_tol)) return Value();
  if (!p[3].is_null() && !arg_double(vm, p[3], &abs_tol)) return Value();
  if (rel_tol < 0.0 || abs_tol < 0.0) return vm.raise(&exc_ValueError, "tolerances must be non-negative");
  if (a == b) return boolean(true);
  if (std::isinf(a) || std::isinf(b)) return boolean(false);
  double diff = std::fabs(b - a);
  return boolean((diff <= std::fabs(rel_tol * b)) || (diff <= std::fabs(rel_tol * a)) || (diff <= abs_tol));
}

Value math_nextafter(VM& vm, Value, CallArgs args) {
  double x, y;
  if (!arg_double(vm, args.args[0], &x) || !arg_double(vm, args.args[1], &y)) return Value();
  return Value::from_double(std::nextafter(x, y));
}

Value math_ulp(VM& vm, Value, CallArgs args) {
  double x;
  if (!arg_double(vm, args.args[0], &x)) return Value();
  if (std::isnan(x)) return Value::from_double(x);
  x = std::fabs(x);
  if (std::isinf(x)) return Value::from_double(x);
  double x2 = std::nextafter(x, HUGE_VAL);
  if (std::isinf(x2)) return Value::from_double(x - std::nextafter(x, -HUGE_VAL));
  return Value::from_double(x2 - x);
}

const MethodDef kMathFunctions[] = {
    {"acos", math_acos, ArgShape::kOneArg, 1, 1, "Return the arc cosine (measured in radians) of x."},
    {"acosh", math_acosh, ArgShape::kOneArg, 1, 1, "Return the inverse hyperbolic cosine of x."},
    {"asin", math_asin, ArgShape::kOneArg, 1, 1, "Return the arc sine (measured in radians) of x."},
    {"asinh", math_asinh, ArgShape::kOneArg, 1, 1, "Return the inverse hyperbolic sine of x."},
    {"atan", math_atan, ArgShape::kOneArg, 1, 1, "Return the arc tangent (measured in radians) of x."},
    {"atan2", math_atan2, ArgShape::kPositional, 2, 2, "Return the arc tangent (measured in radians) of y/x."},
    {"atanh", math_atanh, ArgShape::kOneArg, 1, 1, "Return the inverse hyperbolic tangent of x."},
    {"cbrt", math_cbrt, ArgShape::kOneArg, 1, 1, "Return the cube root of x."},
    {"ceil", math_ceil, ArgShape::kOneArg, 1, 1, "Return the ceiling of x as an Integral."},
    {"comb", math_comb, ArgShape::kPositional, 2, 2, "Number of ways to choose k items from n items without repetition and without order."},
    {"copysign", math_copysign, ArgShape::kPositional, 2, 2, "Return a float with the magnitude (absolute value) of x but the sign of y."},
    {"cos", math_cos, ArgShape::kOneArg, 1, 1, "Return the cosine of x (measured in radians)."},
    {"cosh", math_cosh, ArgShape::kOneArg, 1, 1, "Return the hyperbolic cosine of x."},
    {"degrees", math_degrees, ArgShape::kOneArg, 1, 1, "Convert angle x from radians to degrees."},
    {"dist", math_dist, ArgShape::kPositional, 2, 2, "Return the Euclidean distance between two points p and q."},
    {"erf", math_erf, ArgShape::kOneArg, 1, 1, "Error function at x."},
    {"erfc", math_erfc, ArgShape::kOneArg, 1, 1, "Complementary error function at x."},
    {"exp", math_exp, ArgShape::kOneArg, 1, 1, "Return e raised to the power of x."},
    {"exp2", math_exp2, ArgShape::kOneArg, 1, 1, "Return 2 raised to the power of x."},
    {"expm1", math_expm1, ArgShape::kOneArg, 1, 1, "Return exp(x)-1."},
    {"fabs", math_fabs, ArgShape::kOneArg, 1, 1, "Return the absolute value of the float x."},
    {"factorial", math_factorial, ArgShape::kOneArg, 1, 1, "Find n!."},
    {"floor", math_floor, ArgShape::kOneArg, 1, 1, "Return the floor of x as an Integral."},
    {"fmod", math_fmod, ArgShape::kPositional, 2, 2, "Return fmod(x, y), according to platform C."},
    {"frexp", math_frexp, ArgShape::kOneArg, 1, 1, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"fsum", math_fsum, ArgShape::kOneArg, 1, 1, "Return an accurate floating point sum of values in the iterable seq."},
    {"gamma", math_gamma, ArgShape::kOneArg, 1, 1, "Gamma function at x."},
    {"gcd", math_gcd, ArgShape::kPositional, 0, -1, "Greatest Common Divisor."},
    {"hypot", math_hypot, ArgShape::kPositional, 0, -1, "Multidimensional Euclidean distance from the origin to a point."},
    {"isclose", math_isclose, ArgShape::kKeywords, 0, -1, "Determine whether two floating point numbers are close in value."},
    {"isfinite", math_isfinite, ArgShape::kOneArg, 1, 1, "Return True if x is neither an infinity nor a NaN, and False otherwise."},
    {"isinf", math_isinf, ArgShape::kOneArg, 1, 1, "Return True if x is a positive or negative infinity, and False otherwise."},
    {"isnan", math_isnan, ArgShape::kOneArg, 1, 1, "Return True if x is a NaN (not a number), and False otherwise."},
    {"isqrt", math_isqrt, ArgShape::kOneArg, 1, 1, "Return the integer part of the square root of the input."},
    {"lcm", math_lcm, ArgShape::kPositional, 0, -1, "Least Common Multiple."},
    {"ldexp", math_ldexp, ArgShape::kPositional, 2, 2, "Return x * (2**i)."},
    {"lgamma", math_lgamma, ArgShape::kOneArg, 1, 1, "Natural logarithm of absolute value of Gamma function at x."},
    {"log", math_log, ArgShape::kKeywords, 0, -1, "log(x, [base=math.e])\nReturn the logarithm of x to the given base."},
    {"log10", math_log10, ArgShape::kOneArg, 1, 1, "Return the base 10 logarithm of x."},
    {"log1p", math_log1p, ArgShape::kOneArg, 1, 1, "Return the natural logarithm of 1+x (base e)."},
    {"log2", math_log2, ArgShape::kOneArg, 1, 1, "Return the base 2 logarithm of x."},
    {"modf", math_modf, ArgShape::kOneArg, 1, 1, "Return the fractional and integer parts of x."},
    {"nextafter", math_nextafter, ArgShape::kPositional, 2, 2, "Return the next floating-point value after x towards y."},
    {"perm", math_perm, ArgShape::kPositional, 1, 2, "Number of ways to choose k items from n items without repetition and with order."},
    {"pow", math_pow, ArgShape::kPositional, 2, 2, "Return x**y (x to the power of y)."},
    {"prod", math_prod, ArgShape::kKeywords, 0, -1, "Calculate the product of all the elements in the input iterable."},
    {"radians", math_radians, ArgShape::kOneArg, 1, 1, "Convert angle x from degrees to radians."},
    {"remainder", math_remainder, ArgShape::kPositional, 2, 2, "Difference between x and the closest integer multiple of y."},
    {"sin", math_sin, ArgShape::kOneArg, 1, 1, "Return the sine of x (measured in radians)."},
    {"sinh", math_sinh, ArgShape::kOneArg, 1, 1, "Return the hyperbolic sine of x."},
    {"sqrt", math_sqrt, ArgShape::kOneArg, 1, 1, "Return the square root of x."},
    {"tan", math_tan, ArgShape::kOneArg, 1, 1, "Return the tangent of x (measured in radians)."},
    {"tanh", math_tanh, ArgShape::kOneArg, 1, 1, "Return the hyperbolic tangent of x."},
    {"trunc", math_trunc, ArgShape::kOneArg, 1, 1, "Truncates the Real x to the nearest Integral toward 0."},
    {"ulp", math_ulp, ArgShape::kOneArg, 1, 1, "Return the value of the least significant bit of the float x."},
    {nullptr, nullptr},
};

}  // namespace

objects::ModuleObject* make_math_module(vm::VM& vm) {
  ModuleObject* m = module_new(vm, vm.intern("math"));
  Value name = Value::from_object(vm.intern("math"));
  dict_set_str(m->dict, vm.intern("__doc__"),
               Value::from_object(vm.intern("This module provides access to the mathematical functions\n"
                                            "defined by the C standard.")));
  for (const MethodDef* def = kMathFunctions; def->name != nullptr; ++def) {
    NativeFunctionObject* f = native_function_new(def, Value::from_object(m), name);
    dict_set_str(m->dict, vm.intern(def->name), Value::from_object(f));
    decref(f);
  }
  dict_set_str(m->dict, vm.intern("pi"), Value::from_double(kPi));
  dict_set_str(m->dict, vm.intern("e"), Value::from_double(kE));
  dict_set_str(m->dict, vm.intern("tau"), Value::from_double(2.0 * kPi));
  dict_set_str(m->dict, vm.intern("inf"), Value::from_double(HUGE_VAL));
  dict_set_str(m->dict, vm.intern("nan"), Value::from_double(NAN));
  return m;
}

}  // namespace glasspy::modules
