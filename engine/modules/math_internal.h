// Shared by the math module's files (modules stage): argument conversion and CPython's
// errno-style error rules (math_1, math_2, is_error) as C++ helpers.
#pragma once
#include <cstdint>

#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::modules::math_detail {

using objects::CallArgs;
using objects::MethodDef;
using objects::Value;
using objects::VM;

// What a libm-style function reported, as CPython's errno: none, EDOM or ERANGE.
enum class MathError : uint8_t { kNone, kDomain, kRange };

// Raises "math domain error" (ValueError) or "math range error" (OverflowError) for the
// error a result carries, as CPython's is_error: a range error on a result below 1.5 in
// magnitude is an underflow and not an error. True if an error was raised.
bool raise_if_error(VM& vm, MathError error, double result);

// The double value of an argument (float, int, __float__, __index__).
[[nodiscard]] bool arg_double(VM& vm, Value v, double* out);

// The functions of the integer and special-function files, for the module's table.
Value math_factorial(VM& vm, Value, CallArgs args);
Value math_gcd(VM& vm, Value, CallArgs args);
Value math_lcm(VM& vm, Value, CallArgs args);
Value math_comb(VM& vm, Value, CallArgs args);
Value math_perm(VM& vm, Value, CallArgs args);
Value math_isqrt(VM& vm, Value, CallArgs args);
Value math_prod(VM& vm, Value, CallArgs args);
Value math_fsum(VM& vm, Value, CallArgs args);
Value math_hypot(VM& vm, Value, CallArgs args);
Value math_dist(VM& vm, Value, CallArgs args);
Value math_gamma(VM& vm, Value, CallArgs args);
Value math_lgamma(VM& vm, Value, CallArgs args);

// CPython's own gamma and lgamma (Lanczos, N=13), so results match it bit for bit.
double tgamma_value(double x, MathError* error);
double lgamma_value(double x, MathError* error);

}  // namespace glasspy::modules::math_detail
