// The math module's integer functions (modules stage): factorial, gcd, lcm, comb, perm,
// isqrt and prod, exact over arbitrary-precision ints with CPython 3.11's messages.
#include <numeric>
#include <string>
#include <vector>

#include "modules/math_internal.h"
#include "numeric/bigint.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/number_support.h"
#include "objects/ops.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::modules::math_detail {

using namespace objects;
using numeric::BigInt;

namespace {

// index(v) as a BigInt; false with the error raised.
bool index_bigint(VM& vm, Value v, BigInt* out) {
  Value i = index(vm, v);
  if (i.is_null()) return false;
  *out = int_to_bigint(i);
  decref(i);
  return true;
}

// The product lo * (lo+1) * ... * hi (lo <= hi), split in halves so that the big
// multiplications are balanced.
BigInt range_product(uint64_t lo, uint64_t hi) {
  if (hi - lo < 8) {
    BigInt r(1);
    uint64_t acc = 1;
    for (uint64_t i = lo; i <= hi; ++i) {
      uint64_t next;
      if (__builtin_mul_overflow(acc, i, &next)) {
        r = numeric::mul(r, BigInt::from_uint64(acc));
        acc = i;
      } else {
        acc = next;
      }
    }
    return numeric::mul(r, BigInt::from_uint64(acc));
  }
  uint64_t mid = lo + (hi - lo) / 2;
  return numeric::mul(range_product(lo, mid), range_product(mid + 1, hi));
}

Value factorial_of(VM& vm, Value arg) {
  BigInt n;
  if (!index_bigint(vm, arg, &n)) return Value();
  int64_t x;
  if (!n.to_int64(&x)) {
    if (n.is_negative()) return vm.raise(&exc_ValueError, "factorial() not defined for negative values");
    return vm.raise(&exc_OverflowError, "factorial() argument should not exceed 9223372036854775807");
  }
  if (x < 0) return vm.raise(&exc_ValueError, "factorial() not defined for negative values");
  if (x <= 1) return Value::from_small_int(1);
  return make_int(range_product(2, static_cast<uint64_t>(x)));
}

}  // namespace

Value math_factorial(VM& vm, Value, CallArgs args) { return factorial_of(vm, args.args[0]); }

Value math_gcd(VM& vm, Value, CallArgs args) {
  if (args.nargs == 0) return Value::from_small_int(0);
  if (args.nargs == 1) {
    Value i = index(vm, args.args[0]);
    if (i.is_null()) return i;
    Value r = absolute(vm, i);
    decref(i);
    return r;
  }
  BigInt g;
  int64_t small = 0;
  bool is_small = true;
  for (size_t k = 0; k < args.nargs; ++k) {
    Value v = args.args[k];
    if (is_small && v.is_small_int()) {
      int64_t x = v.as_small_int();
      small = std::gcd(small, x < 0 ? -x : x);
      continue;
    }
    BigInt b;
    if (!index_bigint(vm, v, &b)) return Value();
    if (is_small) {
      g = BigInt(small);
      is_small = false;
    }
    g = numeric::gcd(g, b);
  }
  return is_small ? make_int(small) : make_int(std::move(g));
}

Value math_lcm(VM& vm, Value, CallArgs args) {
  if (args.nargs == 0) return Value::from_small_int(1);
  BigInt result;
  for (size_t k = 0; k < args.nargs; ++k) {
    BigInt b;
    if (!index_bigint(vm, args.args[k], &b)) return Value();
    b.set_abs();
    if (k == 0) {
      result = std::move(b);
      continue;
    }
    if (result.is_zero() || b.is_zero()) {
      result = BigInt();
      continue;
    }
    BigInt g = numeric::gcd(result, b), q;
    (void)numeric::floordiv(result, g, &q);
    result = numeric::mul(q, b);
  }
  return make_int(std::move(result));
}

Value math_comb(VM& vm, Value, CallArgs args) {
  BigInt n, k;
  if (!index_bigint(vm, args.args[0], &n) || !index_bigint(vm, args.args[1], &k)) return Value();
  if (n.is_negative()) return vm.raise(&exc_ValueError, "n must be a non-negative integer");
  if (k.is_negative()) return vm.raise(&exc_ValueError, "k must be a non-negative integer");
  if (numeric::compare(k, n) > 0) return Value::from_small_int(0);
  BigInt rest = numeric::sub(n, k);
  if (numeric::compare(rest, k) < 0) k = std::move(rest);
  int64_t kk;
  if (!k.to_int64(&kk)) return vm.raise(&exc_OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
  BigInt result(1);
  for (int64_t i = 0; i < kk; ++i) {
    result = numeric::mul(result, numeric::add(n, -i));
    BigInt q;
    (void)numeric::floordiv(result, BigInt(i + 1), &q);  // exact: a binomial coefficient
    result = std::move(q);
  }
  return make_int(std::move(result));
}

Value math_perm(VM& vm, Value module, CallArgs args) {
  (void)module;
  if (args.nargs < 2 || is_none(args.args[1])) return factorial_of(vm, args.args[0]);
  BigInt n, k;
  if (!index_bigint(vm, args.args[0], &n) || !index_bigint(vm, args.args[1], &k)) return Value();
  if (n.is_negative()) return vm.raise(&exc_ValueError, "n must be a non-negative integer");
  if (k.is_negative()) return vm.raise(&exc_ValueError, "k must be a non-negative integer");
  if (numeric::compare(k, n) > 0) return Value::from_small_int(0);
  int64_t kk;
  if (!k.to_int64(&kk)) return vm.raise(&exc_OverflowError, "k must not exceed 9223372036854775807");
  int64_t nn;
  if (n.to_int64(&nn) && kk > 0) return make_int(range_product(static_cast<uint64_t>(nn - kk + 1), static_cast<uint64_t>(nn)));
  BigInt result(1);
  for (int64_t i = 0; i < kk; ++i) result = numeric::mul(result, numeric::add(n, -i));
  return make_int(std::move(result));
}

Value math_isqrt(VM& vm, Value, CallArgs args) {
  BigInt n, r;
  if (!index_bigint(vm, args.args[0], &n)) return Value();
  numeric::Status s = numeric::isqrt(n, &r);
  if (!s.ok()) return raise_numeric_status(vm, s);
  return make_int(std::move(r));
}

Value math_prod(VM& vm, Value, CallArgs args) {
  if (args.nargs != 1)
    return vm.raise(&exc_TypeError,
                    "prod() takes exactly 1 positional argument (" + std::to_string(args.nargs) + " given)");
  Value p[2];
  if (!vm::parse_args(vm, args, "prod", {"iterable", "start"}, 1, p, 1, 1)) return Value();
  Ref result = Ref::borrow(p[1].is_null() ? Value::from_small_int(1) : p[1]);
  Ref it = Ref::steal(iter(vm, p[0]));
  if (!it) return Value();
  for (;;) {
    Ref item = Ref::steal(next(vm, it.get()));
    if (!item) {
      if (vm.has_error()) return Value();
      break;
    }
    Value a = result.get(), b = item.get();
    if (a.is_small_int() && b.is_small_int()) {
      int64_t r;
      if (!__builtin_mul_overflow(a.as_small_int(), b.as_small_int(), &r)) {
        result.reset(make_int(r));
        continue;
      }
    }
    if (a.is_double() && b.is_double()) {
      result.reset(Value::from_double(a.as_double() * b.as_double()));
      continue;
    }
    Value r = binary_op(vm, a, b, BinaryOp::kMultiply);
    if (r.is_null()) return r;
    result.reset(r);
  }
  return result.release();
}

}  // namespace glasspy::modules::math_detail
