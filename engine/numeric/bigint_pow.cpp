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

namespace {

// 60 bits of x (n limbs) starting at bit `shift`.
uint64_t bits_at(const Limb* x, size_t n, uint64_t shift) {
  size_t i = shift / 64;
  unsigned off = shift % 64;
  uint64_t w = i < n ? x[i] >> off : 0;
  if (off && i + 1 < n) w |= x[i + 1] << (64 - off);
  return w & ((uint64_t{1} << 60) - 1);
}

// out1 = p1 * x1 - q1 * x2 and out2 = p2 * x2 - q2 * x1 over n limbs (n + 1 written), for
// cofactors below 2^30 whose results are known not to be negative.
void combine_pair(Limb* out1, Limb* out2, int64_t p1, int64_t q1, int64_t p2, int64_t q2, const Limb* x1,
                  const Limb* x2, size_t n) {
#if defined(__SIZEOF_INT128__) && !defined(__wasm__)
  // One pass with signed 128-bit carries: measured 1.4x faster than four limb passes.
  __int128 c1 = 0, c2 = 0;
  for (size_t i = 0; i < n; ++i) {
    __int128 a = x1[i], b = x2[i];
    c1 += p1 * a - q1 * b;
    c2 += p2 * b - q2 * a;
    out1[i] = static_cast<Limb>(c1);
    out2[i] = static_cast<Limb>(c2);
    c1 >>= 64;
    c2 >>= 64;
  }
  out1[n] = static_cast<Limb>(c1);
  out2[n] = static_cast<Limb>(c2);
#else
  // wasm: one pass over 32-bit halves, whose products with 30-bit cofactors fit in
  // signed 64 bits (four limb passes measured 2x slower than Pyodide's CPython here).
  int64_t c1 = 0, c2 = 0;
  for (size_t i = 0; i < n; ++i) {
    int64_t a0 = static_cast<int64_t>(x1[i] & 0xFFFFFFFF), a1 = static_cast<int64_t>(x1[i] >> 32);
    int64_t b0 = static_cast<int64_t>(x2[i] & 0xFFFFFFFF), b1 = static_cast<int64_t>(x2[i] >> 32);
    int64_t lo1 = p1 * a0 - q1 * b0 + c1;
    int64_t hi1 = p1 * a1 - q1 * b1 + (lo1 >> 32);
    int64_t lo2 = p2 * b0 - q2 * a0 + c2;
    int64_t hi2 = p2 * b1 - q2 * a1 + (lo2 >> 32);
    out1[i] = (static_cast<uint64_t>(hi1) << 32) | (static_cast<uint64_t>(lo1) & 0xFFFFFFFF);
    out2[i] = (static_cast<uint64_t>(hi2) << 32) | (static_cast<uint64_t>(lo2) & 0xFFFFFFFF);
    c1 = hi1 >> 32;
    c2 = hi2 >> 32;
  }
  out1[n] = static_cast<Limb>(c1);
  out2[n] = static_cast<Limb>(c2);
#endif
}

}  // namespace

BigInt gcd(const BigInt& a, const BigInt& b) {
  // Lehmer's algorithm as CPython runs it: the top 60 bits of both numbers drive a
  // sequence of single-word Euclid steps whose cofactors (below 2^30) are then applied
  // to the full numbers at once, each pass removing about 30 bits. The single-word
  // values are signed, with headroom: a step that would go negative ends the sequence.
  const BigInt* x = &a;
  const BigInt* y = &b;
  if (compare_abs(*x, *y) < 0) std::swap(x, y);
  size_t n = x->size();
  if (y->size() < 2) {
    if (y->is_zero()) return absolute(*x);
    Limb r = limbs::mod_1(x->limbs(), n, y->limbs()[0]);
    return BigInt::from_uint64(gcd_uint64(y->limbs()[0], r));
  }
  limbs::Scratch scratch(4 * (n + 1));
  Limb* u = scratch.get();  // the larger, n limbs
  Limb* v = u + (n + 1);    // the smaller, zero-padded to n limbs
  Limb* nu = v + (n + 1);
  Limb* nv = nu + (n + 1);
  limbs::copy(u, x->limbs(), n);
  limbs::copy(v, y->limbs(), y->size());
  limbs::zero(v + y->size(), n - y->size());
  while (limbs::normalized_size(v, n) >= 2) {
    uint64_t shift = uint64_t{n} * 64 - limbs::count_leading_zeros(u[n - 1]) - 60;
    int64_t xs = static_cast<int64_t>(bits_at(u, n, shift)), ys = static_cast<int64_t>(bits_at(v, n, shift));
    int64_t A = 1, B = 0, C = 0, D = 1;
    int k = 0;
    for (;; ++k) {
      if (ys - C == 0) break;
      int64_t q = (xs + (A - 1)) / (ys - C);
      int64_t s = B + q * D;
      int64_t t = xs - q * ys;
      if (s > t) break;
      xs = ys;
      ys = t;
      t = A + q * C;
      A = D;
      B = C;
      C = s;
      D = t;
    }
    if (k == 0) {
      // No single-word progress: one full Euclidean step.
      BigInt bu, bv, r;
      Limb* du = bu.resize_for_write(static_cast<uint32_t>(n));
      limbs::copy(du, u, n);
      bu.normalize(static_cast<uint32_t>(n), false);
      Limb* dv = bv.resize_for_write(static_cast<uint32_t>(n));
      limbs::copy(dv, v, n);
      bv.normalize(static_cast<uint32_t>(n), false);
      divrem_abs(bu, bv, nullptr, &r);
      limbs::copy(u, v, n);
      limbs::copy(v, r.limbs(), r.size());
      limbs::zero(v + r.size(), n - r.size());
    } else {
      if (k & 1) {
        combine_pair(nu, nv, A, B, D, C, v, u, n);  // A*v - B*u, D*u - C*v
      } else {
        combine_pair(nu, nv, A, B, D, C, u, v, n);  // A*u - B*v, D*v - C*u
      }
      std::swap(u, nu);
      std::swap(v, nv);
    }
    n = limbs::normalized_size(u, n);
    if (limbs::cmp(u, v, n) < 0) std::swap(u, v);
  }
  BigInt big;
  Limb* d = big.resize_for_write(static_cast<uint32_t>(n));
  limbs::copy(d, u, n);
  big.normalize(static_cast<uint32_t>(n), false);
  if (limbs::normalized_size(v, n) == 0) return big;
  Limb r = limbs::mod_1(u, n, v[0]);
  return BigInt::from_uint64(gcd_uint64(v[0], r));
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
