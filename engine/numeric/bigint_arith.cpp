// Addition, subtraction and single-limb multiplication: the limb primitives and the
// signed BigInt operations built on them (numeric library). Multiplication of long
// operands is in bigint_mul.cpp.
#include <utility>

#if defined(__x86_64__)
#include <x86intrin.h>
#endif

#include "numeric/bigint.h"
#include "numeric/limbs.h"

namespace glasspy::numeric {
namespace limbs {

#if defined(__x86_64__)
// Carry chains in portable C cost two compares per limb; the adc/sbb intrinsics measured
// 2x (add) and 2.7x (sub) faster on 1500-limb operands.
Limb add_n(Limb* r, const Limb* a, const Limb* b, size_t n) {
  unsigned char c = 0;
  size_t i = 0;
  auto out = reinterpret_cast<unsigned long long*>(r);
  for (; i + 4 <= n; i += 4) {
    c = _addcarry_u64(c, a[i], b[i], out + i);
    c = _addcarry_u64(c, a[i + 1], b[i + 1], out + i + 1);
    c = _addcarry_u64(c, a[i + 2], b[i + 2], out + i + 2);
    c = _addcarry_u64(c, a[i + 3], b[i + 3], out + i + 3);
  }
  for (; i < n; ++i) c = _addcarry_u64(c, a[i], b[i], out + i);
  return c;
}
#else
Limb add_n(Limb* r, const Limb* a, const Limb* b, size_t n) {
  // This form measured 15-20% faster in wasm than adding the carry first.
  Limb carry = 0;
  for (size_t i = 0; i < n; ++i) {
    Limb x = a[i];
    Limb s = x + b[i];
    Limb t = s + carry;
    carry = (s < x) | (t < s);
    r[i] = t;
  }
  return carry;
}
#endif

Limb add_1(Limb* r, const Limb* a, size_t n, Limb b) {
  size_t i = 0;
  for (; i < n && b; ++i) {
    Limb t = a[i] + b;
    b = t < b;
    r[i] = t;
  }
  if (r != a) copy(r + i, a + i, n - i);
  return b;
}

Limb add(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  Limb carry = add_n(r, a, b, bn);
  return add_1(r + bn, a + bn, an - bn, carry);
}

#if defined(__x86_64__)
Limb sub_n(Limb* r, const Limb* a, const Limb* b, size_t n) {
  unsigned char c = 0;
  size_t i = 0;
  auto out = reinterpret_cast<unsigned long long*>(r);
  for (; i + 4 <= n; i += 4) {
    c = _subborrow_u64(c, a[i], b[i], out + i);
    c = _subborrow_u64(c, a[i + 1], b[i + 1], out + i + 1);
    c = _subborrow_u64(c, a[i + 2], b[i + 2], out + i + 2);
    c = _subborrow_u64(c, a[i + 3], b[i + 3], out + i + 3);
  }
  for (; i < n; ++i) c = _subborrow_u64(c, a[i], b[i], out + i);
  return c;
}
#else
Limb sub_n(Limb* r, const Limb* a, const Limb* b, size_t n) {
  Limb borrow = 0;
  for (size_t i = 0; i < n; ++i) {
    Limb ai = a[i], bi = b[i];
    Limb t = ai - bi;
    Limb b1 = ai < bi;
    r[i] = t - borrow;
    borrow = b1 | (t < borrow);
  }
  return borrow;
}
#endif

Limb sub_1(Limb* r, const Limb* a, size_t n, Limb b) {
  size_t i = 0;
  for (; i < n && b; ++i) {
    Limb ai = a[i];
    r[i] = ai - b;
    b = ai < b;
  }
  if (r != a) copy(r + i, a + i, n - i);
  return b;
}

Limb sub(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  Limb borrow = sub_n(r, a, b, bn);
  return sub_1(r + bn, a + bn, an - bn, borrow);
}

// Whether the product loops should use mul_wide_small: in wasm a full 64x64 product is
// four multiplications, one by a factor below 2^32 only two. Multipliers that small are
// common (int * small int, quotient digits of divisions with short quotients).
inline bool use_small_multiplier(Limb b) {
#if defined(__wasm__)
  return (b >> 32) == 0;
#else
  (void)b;
  return false;
#endif
}

// a * b for b < 2^32: returns the high half, stores the low half.
inline Limb mul_wide_small(Limb a, Limb b, Limb* lo) {
  Limb p0 = (a & 0xFFFFFFFF) * b;
  Limb p1 = (a >> 32) * b;
  Limb l = p0 + (p1 << 32);
  *lo = l;
  return (p1 >> 32) + (l < p0);
}

template <Limb (*kMul)(Limb, Limb, Limb*)>
Limb mul_1_loop(Limb* r, const Limb* a, size_t n, Limb b) {
  Limb carry = 0;
  for (size_t i = 0; i < n; ++i) {
    Limb lo;
    Limb hi = kMul(a[i], b, &lo);
    lo += carry;
    carry = hi + (lo < carry);
    r[i] = lo;
  }
  return carry;
}

template <Limb (*kMul)(Limb, Limb, Limb*)>
Limb addmul_1_loop(Limb* r, const Limb* a, size_t n, Limb b) {
  Limb carry = 0;
  for (size_t i = 0; i < n; ++i) {
    Limb lo;
    Limb hi = kMul(a[i], b, &lo);
    lo += carry;
    hi += lo < carry;
    Limb x = r[i] + lo;
    hi += x < lo;
    r[i] = x;
    carry = hi;
  }
  return carry;
}

template <Limb (*kMul)(Limb, Limb, Limb*)>
Limb submul_1_loop(Limb* r, const Limb* a, size_t n, Limb b) {
  Limb carry = 0;
  for (size_t i = 0; i < n; ++i) {
    Limb lo;
    Limb hi = kMul(a[i], b, &lo);
    lo += carry;
    hi += lo < carry;
    Limb x = r[i];
    r[i] = x - lo;
    carry = hi + (x < lo);
  }
  return carry;
}

// For b < 2^32 the limb splits into two 32-bit digits whose products with the carry
// added fit in 64 bits: no overflow compares at all.
Limb mul_1_small(Limb* r, const Limb* a, size_t n, Limb b) {
  Limb carry = 0;
  for (size_t i = 0; i < n; ++i) {
    Limb x = a[i];
    Limb t0 = (x & 0xFFFFFFFF) * b + carry;
    Limb t1 = (x >> 32) * b + (t0 >> 32);
    r[i] = (t1 << 32) | (t0 & 0xFFFFFFFF);
    carry = t1 >> 32;
  }
  return carry;
}

Limb addmul_1_small(Limb* r, const Limb* a, size_t n, Limb b) {
  Limb carry = 0;
  for (size_t i = 0; i < n; ++i) {
    Limb x = a[i], y = r[i];
    Limb t0 = (x & 0xFFFFFFFF) * b + carry + (y & 0xFFFFFFFF);
    Limb t1 = (x >> 32) * b + (t0 >> 32) + (y >> 32);
    r[i] = (t1 << 32) | (t0 & 0xFFFFFFFF);
    carry = t1 >> 32;
  }
  return carry;
}

Limb mul_1(Limb* r, const Limb* a, size_t n, Limb b) {
  if (use_small_multiplier(b)) return mul_1_small(r, a, n, b);
  return mul_1_loop<mul_wide>(r, a, n, b);
}

Limb addmul_1(Limb* r, const Limb* a, size_t n, Limb b) {
  if (use_small_multiplier(b)) return addmul_1_small(r, a, n, b);
  return addmul_1_loop<mul_wide>(r, a, n, b);
}

Limb submul_1(Limb* r, const Limb* a, size_t n, Limb b) {
  if (use_small_multiplier(b)) return submul_1_loop<mul_wide_small>(r, a, n, b);
  return submul_1_loop<mul_wide>(r, a, n, b);
}

Limb lshift(Limb* r, const Limb* a, size_t n, unsigned s) {
  // From the top down, so that r >= a works.
  Limb out = a[n - 1] >> (64 - s);
  for (size_t i = n - 1; i > 0; --i) r[i] = (a[i] << s) | (a[i - 1] >> (64 - s));
  r[0] = a[0] << s;
  return out;
}

Limb rshift(Limb* r, const Limb* a, size_t n, unsigned s) {
  Limb out = a[0] << (64 - s);
  for (size_t i = 0; i + 1 < n; ++i) r[i] = (a[i] >> s) | (a[i + 1] << (64 - s));
  r[n - 1] = a[n - 1] >> s;
  return out;
}

}  // namespace limbs

namespace {

// r = sign * (|a| + |b|) or sign * (|a| - |b|), chosen by `subtract`; the sign of a
// difference follows the larger magnitude.
BigInt add_signed(const Limb* a, size_t an, bool aneg, const Limb* b, size_t bn, bool bneg) {
  BigInt r;
  if (aneg == bneg) {
    if (an < bn) {
      std::swap(a, b);
      std::swap(an, bn);
    }
    Limb* d = r.resize_for_write(static_cast<uint32_t>(an + 1));
    d[an] = limbs::add(d, a, an, b, bn);
    r.normalize(static_cast<uint32_t>(an + 1), aneg);
    return r;
  }
  int c = limbs::cmp_sized(a, an, b, bn);
  if (c == 0) return r;
  if (c < 0) {
    std::swap(a, b);
    std::swap(an, bn);
    aneg = bneg;
  }
  Limb* d = r.resize_for_write(static_cast<uint32_t>(an));
  limbs::sub(d, a, an, b, bn);
  r.normalize(static_cast<uint32_t>(an), aneg);
  return r;
}

}  // namespace

BigInt add(const BigInt& a, const BigInt& b) {
  return add_signed(a.limbs(), a.size(), a.is_negative(), b.limbs(), b.size(), b.is_negative());
}

BigInt sub(const BigInt& a, const BigInt& b) {
  return add_signed(a.limbs(), a.size(), a.is_negative(), b.limbs(), b.size(), !b.is_negative() && !b.is_zero());
}

BigInt add(const BigInt& a, int64_t b) {
  Limb m = b < 0 ? 0 - static_cast<uint64_t>(b) : static_cast<uint64_t>(b);
  return add_signed(a.limbs(), a.size(), a.is_negative(), &m, m != 0, b < 0);
}

BigInt mul(const BigInt& a, int64_t b) {
  BigInt r;
  if (a.is_zero() || b == 0) return r;
  Limb m = b < 0 ? 0 - static_cast<uint64_t>(b) : static_cast<uint64_t>(b);
  uint32_t n = a.size();
  Limb* d = r.resize_for_write(n + 1);
  d[n] = limbs::mul_1(d, a.limbs(), n, m);
  r.normalize(n + 1, a.is_negative() != (b < 0));
  return r;
}

BigInt mul(const BigInt& a, const BigInt& b) {
  BigInt r;
  if (a.is_zero() || b.is_zero()) return r;
  const Limb* ap = a.limbs();
  const Limb* bp = b.limbs();
  size_t an = a.size(), bn = b.size();
  if (an < bn) {
    std::swap(ap, bp);
    std::swap(an, bn);
  }
  Limb* d = r.resize_for_write(static_cast<uint32_t>(an + bn));
  if (bn == 1) {
    d[an] = limbs::mul_1(d, ap, an, bp[0]);
  } else if (ap == bp && an == bn) {
    limbs::sqr(d, ap, an);
  } else {
    limbs::mul(d, ap, an, bp, bn);
  }
  r.normalize(static_cast<uint32_t>(an + bn), a.is_negative() != b.is_negative());
  return r;
}

BigInt negated(const BigInt& a) {
  BigInt r(a);
  r.negate();
  return r;
}

BigInt absolute(const BigInt& a) {
  BigInt r(a);
  r.set_abs();
  return r;
}

}  // namespace glasspy::numeric
