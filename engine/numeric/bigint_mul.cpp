// Multiplication and squaring of limb arrays (numeric library): schoolbook for short
// operands, Karatsuba above a threshold, chunking for unbalanced sizes. The thresholds
// were measured on both targets (see the benchmark test cases in tests/unit/numeric/).
#include <algorithm>
#include <utility>

#include "numeric/bigint.h"
#include "numeric/limbs.h"

namespace glasspy::numeric::limbs {
namespace {

// Operand sizes (limbs) from which Karatsuba beats schoolbook, measured in CPU time:
// natively (g++ 12 -O2) Karatsuba already wins at 16 limbs for products and 32 for
// squares; in wasm (Node 20) the curves cross between 24 and 32.
#if defined(__wasm__)
constexpr size_t kKaratsubaMul = 24;
#else
constexpr size_t kKaratsubaMul = 16;
#endif
constexpr size_t kKaratsubaSqr = 32;
// From here Toom-3: measured 8-10% faster than Karatsuba from 512 to 5200 limbs, even
// below that (its BigInt intermediates cost more on smaller operands).
constexpr size_t kToom3Mul = 300;
constexpr size_t kToom3Sqr = 300;

void mul_basecase(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  r[an] = mul_1(r, a, an, b[0]);
  for (size_t j = 1; j < bn; ++j) r[an + j] = addmul_1(r + j, a, an, b[j]);
}

void sqr_basecase(Limb* r, const Limb* a, size_t n) {
  if (n == 1) {
    r[1] = mul_wide(a[0], a[0], &r[0]);
    return;
  }
  // Off-diagonal products a[i]*a[j] (i < j) once, doubled, then the squares a[i]^2.
  r[0] = 0;
  r[n] = mul_1(r + 1, a + 1, n - 1, a[0]);
  for (size_t i = 1; i + 1 < n; ++i) r[n + i] = addmul_1(r + 2 * i + 1, a + i + 1, n - i - 1, a[i]);
  r[2 * n - 1] = lshift(r + 1, r + 1, 2 * n - 2, 1);
  Limb carry = 0;
  for (size_t i = 0; i < n; ++i) {
    Limb lo;
    Limb hi = mul_wide(a[i], a[i], &lo);
    Limb x = r[2 * i] + lo;
    Limb c = x < lo;
    x += carry;
    c += x < carry;
    r[2 * i] = x;
    Limb y = r[2 * i + 1] + hi;
    Limb c2 = y < hi;
    y += c;
    c2 += y < c;
    r[2 * i + 1] = y;
    carry = c2;
  }
}

// out = |x - y| in max(xn, yn) limbs;
// returns -1 when x < y, else 1.
int abs_diff(Limb* out, const Limb* x, size_t xn, const Limb* y, size_t yn) {
  size_t n = std::max(xn, yn);
  size_t xs = normalized_size(x, xn), ys = normalized_size(y, yn);
  int c = cmp_sized(x, xs, y, ys);
  if (c < 0) {
    std::swap(x, y);
    std::swap(xs, ys);
  }
  sub(out, x, xs, y, ys);
  zero(out + xs, n - xs);
  return c < 0 ? -1 : 1;
}

// r += t at its start, where r has rn limbs and the sum fits.
void add_into(Limb* r, size_t rn, const Limb* t, size_t tn) {
  tn = std::min(normalized_size(t, tn), rn);
  add(r, r, rn, t, tn);
}

void mul_unbalanced(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn);

void karatsuba(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  // an >= bn > h: a = a1*B^h + a0, b = b1*B^h + b0, and
  // a*b = z2*B^2h + (z0 + z2 + (a0 - a1)(b1 - b0))*B^h + z0.
  size_t h = (an + 1) / 2;
  const Limb *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
  size_t a1n = an - h, b1n = bn - h;
  Scratch scratch(6 * h + 2);
  Limb* da = scratch.get();
  Limb* db = da + h;
  Limb* prod = db + h;
  Limb* t = prod + 2 * h;
  int sa = abs_diff(da, a0, h, a1, a1n);
  int sb = abs_diff(db, b1, b1n, b0, h);
  mul(r, a0, h, b0, h);
  mul(r + 2 * h, a1, a1n, b1, b1n);
  mul(prod, da, h, db, h);
  size_t z2n = a1n + b1n;
  // t = z0 + z2 +- prod: 2h + 1 limbs, never negative (it is a0*b1 + a1*b0).
  t[2 * h] = add(t, r, 2 * h, r + 2 * h, z2n);
  if (sa == sb) {
    t[2 * h] += add_n(t, t, prod, 2 * h);
  } else {
    t[2 * h] -= sub_n(t, t, prod, 2 * h);
  }
  add_into(r + h, an + bn - h, t, 2 * h + 1);
}

void karatsuba_sqr(Limb* r, const Limb* a, size_t n) {
  // a^2 = z2*B^2h + (z0 + z2 - (a0 - a1)^2)*B^h + z0.
  size_t h = (n + 1) / 2;
  size_t a1n = n - h;
  Scratch scratch(5 * h + 2);
  Limb* d = scratch.get();
  Limb* prod = d + h;
  Limb* t = prod + 2 * h;
  (void)abs_diff(d, a, h, a + h, a1n);
  sqr(r, a, h);
  sqr(r + 2 * h, a + h, a1n);
  sqr(prod, d, h);
  t[2 * h] = add(t, r, 2 * h, r + 2 * h, 2 * a1n);
  t[2 * h] -= sub_n(t, t, prod, 2 * h);
  add_into(r + h, 2 * n - h, t, 2 * h + 1);
}

// a much longer than b: multiply b by bn-limb chunks of a and add the pieces.
void mul_unbalanced(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  Scratch scratch(2 * bn);
  Limb* tmp = scratch.get();
  mul(r, a, bn, b, bn);
  size_t done = bn;  // r holds a[0..done) * b in done + bn limbs
  while (done < an) {
    size_t chunk = std::min(bn, an - done);
    if (chunk == bn) {
      mul(tmp, a + done, chunk, b, bn);
    } else {
      mul(tmp, b, bn, a + done, chunk);
    }
    Limb carry = add_n(r + done, r + done, tmp, bn);
    copy(r + done + bn, tmp + bn, chunk);
    add_1(r + done + bn, r + done + bn, chunk, carry);
    done += chunk;
  }
}

}  // namespace

void mul(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  if (bn < kKaratsubaMul) {
    mul_basecase(r, a, an, b, bn);
  } else if (2 * bn <= an + 1) {
    mul_unbalanced(r, a, an, b, bn);
  } else if (bn >= kToom3Mul && bn > 2 * ((an + 2) / 3)) {
    toom3(r, a, an, b, bn);
  } else {
    karatsuba(r, a, an, b, bn);
  }
}

void sqr(Limb* r, const Limb* a, size_t n) {
  if (n < kKaratsubaSqr) {
    sqr_basecase(r, a, n);
  } else if (n >= kToom3Sqr) {
    toom3(r, a, n, a, n);
  } else {
    karatsuba_sqr(r, a, n);
  }
}

}  // namespace glasspy::numeric::limbs
