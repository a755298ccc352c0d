// Recursive division (numeric library): Burnikel and Ziegler's divide-and-conquer
// algorithm ("Fast Recursive Division", 1998), which reduces a long division to
// multiplications, so it runs in O(M(n) log n) with Karatsuba products instead of the
// schoolbook's O(n^2). Used for long divisors with long quotients, which is what
// divide-and-conquer conversion to decimal produces.
#include <algorithm>

#include "numeric/bigint.h"
#include "numeric/bigint_internal.h"
#include "numeric/limbs.h"

namespace glasspy::numeric {
namespace {

// x mod B^k and x div B^k for magnitudes (B = 2^64).
BigInt low_limbs(const BigInt& x, size_t k) {
  BigInt r;
  size_t n = std::min<size_t>(k, x.size());
  Limb* d = r.resize_for_write(static_cast<uint32_t>(n));
  limbs::copy(d, x.limbs(), n);
  r.normalize(static_cast<uint32_t>(n), false);
  return r;
}

BigInt high_limbs(const BigInt& x, size_t k) {
  BigInt r;
  if (x.size() <= k) return r;
  size_t n = x.size() - k;
  Limb* d = r.resize_for_write(static_cast<uint32_t>(n));
  limbs::copy(d, x.limbs() + k, n);
  r.normalize(static_cast<uint32_t>(n), false);
  return r;
}

// hi * B^k + lo, for lo < B^k.
BigInt join_limbs(const BigInt& hi, const BigInt& lo, size_t k) {
  BigInt r;
  size_t n = hi.is_zero() ? lo.size() : k + hi.size();
  Limb* d = r.resize_for_write(static_cast<uint32_t>(n));
  limbs::copy(d, lo.limbs(), lo.size());
  if (!hi.is_zero()) {
    limbs::zero(d + lo.size(), k - lo.size());
    limbs::copy(d + k, hi.limbs(), hi.size());
  }
  r.normalize(static_cast<uint32_t>(n), false);
  return r;
}

void div_2n_1n(const BigInt& a, const BigInt& b, size_t n, BigInt* q, BigInt* r);

// [a12, a3] / [b1, b2] in units of n limbs, where a12 holds two units and a < b * B^n:
// the quotient (one unit) is estimated from a12 / b1 and corrected at most twice.
void div_3n_2n(const BigInt& a12, const BigInt& a3, const BigInt& b, const BigInt& b1, const BigInt& b2, size_t n,
               BigInt* q, BigInt* r) {
  BigInt qhat, c;
  if (compare_abs(high_limbs(a12, n), b1) < 0) {
    div_2n_1n(a12, b1, n, &qhat, &c);
  } else {
    // qhat = B^n - 1 and c = a12 - qhat * b1 = a12 - b1 * B^n + b1.
    qhat = sub(shift_left(BigInt(1), uint64_t{64} * n), BigInt(1));
    c = add(sub(a12, join_limbs(b1, BigInt(), n)), b1);
  }
  BigInt rhat = sub(join_limbs(c, a3, n), mul(qhat, b2));
  while (rhat.is_negative()) {
    qhat = add(qhat, -1);
    rhat = add(rhat, b);
  }
  *q = std::move(qhat);
  *r = std::move(rhat);
}

// a / b where b has exactly n limbs with its top bit set and a < b * B^n.
void div_2n_1n(const BigInt& a, const BigInt& b, size_t n, BigInt* q, BigInt* r) {
  if (n % 2 != 0 || n < kBurnikelZiegler) {
    divrem_schoolbook(a, b, q, r);
    return;
  }
  size_t h = n / 2;
  BigInt b1 = high_limbs(b, h), b2 = low_limbs(b, h);
  BigInt q1, r1, q2;
  div_3n_2n(high_limbs(a, 2 * h), low_limbs(high_limbs(a, h), h), b, b1, b2, h, &q1, &r1);
  div_3n_2n(r1, low_limbs(a, h), b, b1, b2, h, &q2, r);
  *q = join_limbs(q1, q2, h);
}

}  // namespace

void divrem_burnikel_ziegler(const BigInt& a, const BigInt& b, BigInt* quotient, BigInt* remainder) {
  // Pad the divisor to m = j * 2^k limbs (j below the threshold) with its top bit set, so
  // that every level halves evenly down to schoolbook-sized pieces; shift a alike.
  size_t bn = b.size();
  size_t k = 0;
  while ((bn >> k) >= kBurnikelZiegler) ++k;
  size_t j = ((bn - 1) >> k) + 1;
  size_t m = j << k;
  uint64_t sigma = uint64_t{m - bn} * 64 + limbs::count_leading_zeros(b.limbs()[bn - 1]);
  BigInt bs = shift_left(absolute(b), sigma);
  BigInt as = shift_left(absolute(a), sigma);
  // Blocks of m limbs, with a spare top bit so the first two-block step is in range.
  size_t t = std::max<size_t>(2, (bit_length(as) + 1 + 64 * m - 1) / (64 * m));
  BigInt q;
  Limb* qd = q.resize_for_write(static_cast<uint32_t>(t * m));
  limbs::zero(qd, t * m);
  BigInt z = high_limbs(as, (t - 2) * m);
  BigInt r;
  for (size_t i = t - 1; i-- > 0;) {
    BigInt qi;
    div_2n_1n(z, bs, m, &qi, &r);
    limbs::copy(qd + i * m, qi.limbs(), qi.size());
    if (i > 0) z = join_limbs(r, low_limbs(high_limbs(as, (i - 1) * m), m), m);
  }
  q.normalize(static_cast<uint32_t>(t * m), false);
  if (quotient) *quotient = std::move(q);
  if (remainder) *remainder = shift_right(r, sigma);
}

}  // namespace glasspy::numeric
