// The math module's accurate-summation and special functions (modules stage): fsum
// (Shewchuk's exact partials with CPython's final half-even fix-up), hypot and dist
// (CPython's scaled, compensated vector norm), gamma and lgamma (CPython's own Lanczos
// implementation, so results match it rather than the C library's tgamma/lgamma).
#include <cfloat>
#include <cmath>
#include <vector>

#include "modules/math_internal.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/number_support.h"
#include "objects/ops.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::modules::math_detail {

using namespace objects;

namespace {

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;

// A coordinate of hypot/dist: exact floats and ints directly, others through __float__.
bool coordinate(VM& vm, Value v, double* out) {
  if (v.is_double()) {
    *out = v.as_double();
    return true;
  }
  if (is_exact_int(v)) return int_to_double(vm, v, out);
  return arg_double(vm, v, out);
}

struct DoubleLength {
  double hi, lo;
};

DoubleLength fast_sum(double a, double b) {
  double x = a + b;
  return {x, (a - x) + b};
}

DoubleLength exact_mul(double x, double y) {
  double z = x * y;
  return {z, std::fma(x, y, -z)};
}

// sqrt of the sum of squares of vec (all finite, |v| <= max), correctly rounded in
// practice: values scaled by a power of two, squares and sums kept exactly in two parts,
// then one differential correction of the square root.
double vector_norm(std::vector<double>& vec, double max, bool found_nan) {
  size_t n = vec.size();
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    for (double& v : vec) v /= DBL_MIN;  // subnormals to normals
    return DBL_MIN * vector_norm(vec, max / DBL_MIN, found_nan);
  }
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (double v : vec) {
    double x = v * scale;
    DoubleLength pr = exact_mul(x, x);
    DoubleLength sm = fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
  DoubleLength pr = exact_mul(-h, h);
  DoubleLength sm = fast_sum(csum, pr.hi);
  csum = sm.hi;
  frac1 += pr.lo;
  frac2 += sm.lo;
  double x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

// Lanczos approximation, N = 13, g = 6.024680040776729583740234375 (Boost's parameters),
// as a rational function; the coefficients are those CPython uses.
constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNum[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
constexpr double kLanczosDen[kLanczosN] = {0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                           45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                           1925.0,     66.0,       1.0};
constexpr int kGammaIntegral = 23;
constexpr double kGammaIntegralValues[kGammaIntegral] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
    6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
    121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0};

double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  // For large x, rescale by x**(1-N) to avoid overflow (a rational function in 1/x).
  if (x < 5.0) {
    for (int i = kLanczosN; --i >= 0;) {
      num = num * x + kLanczosNum[i];
      den = den * x + kLanczosDen[i];
    }
  } else {
    for (int i = 0; i < kLanczosN; i++) {
      num = num / x + kLanczosNum[i];
      den = den / x + kLanczosDen[i];
    }
  }
  return num / den;
}

// sin(pi * x) for finite x, exact at integers and half-integers.
double sin_pi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int n = static_cast<int>(std::round(2.0 * y));
  double r;
  switch (n) {
    case 0: r = std::sin(kPi * y); break;
    case 1: r = std::cos(kPi * (y - 0.5)); break;
    case 2: r = std::sin(kPi * (1.0 - y)); break;
    case 3: r = -std::cos(kPi * (y - 1.5)); break;
    default: r = std::sin(kPi * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

}  // namespace

double tgamma_value(double x, MathError* error) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    *error = MathError::kDomain;
    return NAN;
  }
  if (x == 0.0) {
    *error = MathError::kDomain;
    return std::copysign(HUGE_VAL, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      *error = MathError::kDomain;
      return NAN;
    }
    if (x <= kGammaIntegral) return kGammaIntegralValues[static_cast<int>(x) - 1];
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    if (std::isinf(r)) *error = MathError::kRange;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sin_pi(x);
    *error = MathError::kRange;
    return HUGE_VAL;
  }
  double y = absx + kLanczosGMinusHalf;
  // The rounding error of y, carried as a correction factor (1 + e*g/y).
  double z;
  if (absx > kLanczosGMinusHalf) {
    double q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / sin_pi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) *error = MathError::kRange;
  return r;
}

double lgamma_value(double x, MathError* error) {
  if (!std::isfinite(x)) return std::isnan(x) ? x : HUGE_VAL;
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      *error = MathError::kDomain;
      return HUGE_VAL;
    }
    return 0.0;
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(sin_pi(absx))) - std::log(absx) - r;
  if (std::isinf(r)) *error = MathError::kRange;
  return r;
}

Value math_gamma(VM& vm, Value, CallArgs args) {
  double x;
  if (!arg_double(vm, args.args[0], &x)) return Value();
  MathError error = MathError::kNone;
  double r = tgamma_value(x, &error);
  if (raise_if_error(vm, error, r)) return Value();
  return Value::from_double(r);
}

Value math_lgamma(VM& vm, Value, CallArgs args) {
  double x;
  if (!arg_double(vm, args.args[0], &x)) return Value();
  MathError error = MathError::kNone;
  double r = lgamma_value(x, &error);
  if (raise_if_error(vm, error, r)) return Value();
  return Value::from_double(r);
}

Value math_hypot(VM& vm, Value, CallArgs args) {
  std::vector<double> coords(args.nargs);
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < args.nargs; ++i) {
    double x;
    if (!coordinate(vm, args.args[i], &x)) return Value();
    x = std::fabs(x);
    coords[i] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::from_double(vector_norm(coords, max, found_nan));
}

Value math_dist(VM& vm, Value, CallArgs args) {
  Ref p, q;
  for (int k = 0; k < 2; ++k) {
    Value v = args.args[k];
    Ref t = is_tuple(v) ? Ref::borrow(v) : Ref::steal(call1(vm, Value::from_object(&tuple_type), v));
    if (!t) return Value();
    (k == 0 ? p : q) = std::move(t);
  }
  TupleObject* tp = as_tuple(p.get());
  TupleObject* tq = as_tuple(q.get());
  if (tp->size != tq->size) return vm.raise(&exc_ValueError, "both points must have the same number of dimensions");
  std::vector<double> diffs(static_cast<size_t>(tp->size));
  double max = 0.0;
  bool found_nan = false;
  for (int64_t i = 0; i < tp->size; ++i) {
    double px, qx;
    if (!coordinate(vm, tp->item(i), &px) || !coordinate(vm, tq->item(i), &qx)) return Value();
    double x = std::fabs(px - qx);
    diffs[static_cast<size_t>(i)] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::from_double(vector_norm(diffs, max, found_nan));
}

Value math_fsum(VM& vm, Value, CallArgs args) {
  Ref it = Ref::steal(iter(vm, args.args[0]));
  if (!it) return Value();
  std::vector<double> partials;
  double special_sum = 0.0, inf_sum = 0.0;
  for (;;) {
    Ref item = Ref::steal(next(vm, it.get()));
    if (!item) {
      if (vm.has_error()) return Value();
      break;
    }
    double x;
    if (!arg_double(vm, item.get(), &x)) return Value();
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < partials.size(); ++j) {
      double y = partials[j];
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double yr = hi - x;
      double lo = y - yr;
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // From an inf or nan among the values, or an intermediate overflow.
        if (std::isfinite(xsave)) return vm.raise(&exc_OverflowError, "intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        partials.clear();
      } else {
        partials.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) return vm.raise(&exc_ValueError, "-inf + inf in fsum");
    return Value::from_double(special_sum);
  }
  double hi = 0.0;
  size_t n = partials.size();
  if (n > 0) {
    hi = partials[--n];
    double lo = 0.0;
    // Add from the top while the sum stays exact.
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds up.
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return Value::from_double(hi);
}

}  // namespace glasspy::modules::math_detail
