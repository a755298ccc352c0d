// Powers, modular powers and inverses, gcd and integer square root (numeric library),
// with the edge cases and messages of CPython 3.11's pow(), math.gcd and math.isqrt.
#include <bit>
#include <cmath>
#include <vector>

#include "numeric/bigint.h"
#include "numeric/limbs.h"

namespace glasspy::numeric {

Status pow(const BigInt& base, const BigInt& exp, BigInt* out) {
  if (exp.is_zero()) {
    *out = BigInt(1);
    return Status();
  }
  if (base.is_zero()) {
    *out = BigInt();
    return Status();
  }
  bool negative = base.is_negative() && exp.is_odd();
  if (base.size() == 1 && base.limbs()[0] == 1) {
    *out = BigInt(negative ? -1 : 1);
    return Status();
  }
  uint64_t e;
  if (!exp.magnitude_to_uint64(&e)) return Status(ErrorKind::kMemoryError, "");
  // base = odd * 2^k: the power of two becomes one shift at the end (10**n is 5**n << n).
  uint64_t k = trailing_zeros(base);
  BigInt odd = shift_right(absolute(base), k);
  uint64_t odd_bits = bit_length(odd);
  // Result size in bits is below e * (odd_bits + k) + 1.
  if ((odd_bits + k) > (limbs::kMaxLimbs * 64) / e) return Status(ErrorKind::kMemoryError, "");
  BigInt result(1);
  if (odd_bits > 1) {
    // Left-to-right binary powering: square, then multiply by the (often one-limb) base.
    result = odd;
    for (int bit = 62 - std::countl_zero(e); bit >= 0; --bit) {
      result = mul(result, result);
      if ((e >> bit) & 1) result = mul(result, odd);
    }
  }
  if (k) result = shift_left(result, k * e);
  if (negative) result.negate();
  *out = std::move(result);
  return Status();
}

namespace {

// x * y mod m for 0 <= x, y < m (m > 0).
BigInt mul_mod(const BigInt& x, const BigInt& y, const BigInt& m) {
  BigInt r;
  divrem_abs(mul(x, y), m, nullptr, &r);
  return r;
}

// base ** exp mod m for 0 <= base < m, exp >= 0, m > 1: a fixed 4-bit window above 64
// exponent bits (fewer multiplications), plain binary powering below.
BigInt pow_mod_positive(const BigInt& base, const BigInt& exp, const BigInt& m) {
  uint64_t bits = bit_length(exp);
  BigInt result(1);
  if (bits == 0) return result;
  auto exp_bit = [&](uint64_t i) { return (exp.limbs()[i / 64] >> (i % 64)) & 1; };
  if (bits <= 64) {
    result = base;
    for (uint64_t i = bits - 1; i-- > 0;) {
      result = mul_mod(result, result, m);
      if (exp_bit(i)) result = mul_mod(result, base, m);
    }
    return result;
  }
  std::vector<BigInt> table(16);
  table[0] = BigInt(1);
  for (int i = 1; i < 16; ++i) table[i] = mul_mod(table[i - 1], base, m);
  uint64_t top = (bits + 3) / 4 * 4;
  for (uint64_t pos = top; pos > 0; pos -= 4) {
    if (pos != top) {
      for (int s = 0; s < 4; ++s) result = mul_mod(result, result, m);
    }
    unsigned window = 0;
    for (int s = 3; s >= 0; --s) {
      uint64_t i = pos - 4 + s;
      window = (window << 1) | (i < bits ? exp_bit(i) : 0);
    }
    if (window) result = mul_mod(result, table[window], m);
  }
  return result;
}

}  // namespace

bool mod_inverse(const BigInt& a, const BigInt& m, BigInt* out) {
  // Extended Euclid keeping only a's coefficient: old_s * a == old_r (mod m).
  BigInt old_r, r = m, old_s(1), s;
  (void)mod(a, m, &old_r);
  while (!r.is_zero()) {
    BigInt q, rem;
    divrem_abs(old_r, r, &q, &rem);
    old_r = std::move(r);
    r = std::move(rem);
    BigInt next_s = sub(old_s, mul(q, s));
    old_s = std::move(s);
    s = std::move(next_s);
  }
  if (compare(old_r, 1) != 0) return false;
  (void)mod(old_s, m, out);
  return true;
}

Status pow_mod(const BigInt& base, const BigInt& exp, const BigInt& modulus, BigInt* out) {
  if (modulus.is_zero()) return Status(ErrorKind::kValueError, "pow() 3rd argument cannot be 0");
  BigInt m = absolute(modulus);
  if (compare(m, 1) == 0) {
    *out = BigInt();
    return Status();
  }
  BigInt b;
  (void)mod(base, m, &b);
  BigInt e = exp;
  if (e.is_negative()) {
    BigInt inverse;
    if (!mod_inverse(b, m, &inverse)) {
      return Status(ErrorKind::kValueError, "base is not invertible for the given modulus");
    }
    b = std::move(inverse);
    e.negate();
  }
  BigInt r = pow_mod_positive(b, e, m);
  if (modulus.is_negative() && !r.is_zero()) r = sub(r, m);
  *out = std::move(r);
  return Status();
}

namespace {

uint64_t gcd_uint64(uint64_t a, uint64_t b) {
  if (a == 0) return b;
  if (b == 0) return a;
  int shift = std::countr_zero(a | b);
  a >>= std::countr_zero(a);
  while (b) {
    b >>= std::countr_zero(b);
    if (a > b) std::swap(a, b);
    b -= a;
  }
  return a << shift;
}

}  // namespace

BigInt gcd(const BigInt& a, const BigInt& b) {
  BigInt x = absolute(a), y = absolute(b);
  while (!y.is_zero()) {
    uint64_t xs, ys;
    if (x.magnitude_to_uint64(&xs) && y.magnitude_to_uint64(&ys)) return BigInt::from_uint64(gcd_uint64(xs, ys));
    BigInt r;
    divrem_abs(x, y, nullptr, &r);
    x = std::move(y);
    y = std::move(r);
  }
  return x;
}

namespace {

// floor(sqrt(n)) for n < 2^64.
uint64_t isqrt_uint64(uint64_t n) {
  uint64_t r = static_cast<uint64_t>(std::sqrt(static_cast<double>(n)));
  // The double estimate is off by at most a few units near 2^64: step it into place.
  while (r > 0 && (r > 0xFFFFFFFFu || r * r > n)) --r;
  while (r < 0xFFFFFFFFu && (r + 1) * (r + 1) <= n) ++r;
  return r;
}

}  // namespace

Status isqrt(const BigInt& n, BigInt* out) {
  if (n.is_negative()) return Status(ErrorKind::kValueError, "isqrt() argument must be nonnegative");
  uint64_t small;
  if (n.magnitude_to_uint64(&small)) {
    *out = BigInt::from_uint64(isqrt_uint64(small));
    return Status();
  }
  // CPython's adaptive-precision Newton iteration: each step doubles the number of
  // correct leading bits of a, with the invariant (a-1)^2 < (n >> 2(c-d)) < (a+1)^2.
  uint64_t c = (bit_length(n) - 1) / 2;
  BigInt a(1);
  uint64_t d = 0;
  for (int s = 63 - std::countl_zero(c); s >= 0; --s) {
    uint64_t e = d;
    d = c >> s;
    BigInt q;
    divrem_abs(shift_right(n, 2 * c - e - d + 1), a, &q, nullptr);
    a = add(shift_left(a, d - e - 1), q);
  }
  if (compare(mul(a, a), n) > 0) a = add(a, -1);
  *out = std::move(a);
  return Status();
}

}  // namespace glasspy::numeric
