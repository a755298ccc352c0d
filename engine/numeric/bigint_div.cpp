// Division (numeric library): single-limb division by reciprocal, Knuth's algorithm D,
// Python's floor division and modulo, and int/int true division correctly rounded as
// CPython's long_true_divide does it.
#include <algorithm>
#include <cfloat>
#include <cmath>

#include "numeric/bigint.h"
#include "numeric/bigint_internal.h"
#include "numeric/limbs.h"

namespace glasspy::numeric {
namespace limbs {

Reciprocal::Reciprocal(Limb normalized_d) : d(normalized_d) {
  // floor((2^128 - 1) / d) - 2^64 = floor(((~d) * 2^64 + 2^64 - 1) / d): once per divisor.
  unsigned __int128 num = (static_cast<unsigned __int128>(~d) << 64) | ~Limb{0};
  v = static_cast<Limb>(num / d);
}

Limb divrem_1(Limb* q, const Limb* a, size_t n, Limb d) {
  if (n == 0) return 0;
  int s = count_leading_zeros(d);
  Reciprocal rd(d << s);
  Limb r = 0;
  if (s == 0) {
    for (size_t i = n; i-- > 0;) q[i] = div_2by1(r, a[i], rd, &r);
    return r;
  }
  r = a[n - 1] >> (64 - s);
  for (size_t i = n; i-- > 0;) {
    Limb u0 = (a[i] << s) | (i ? a[i - 1] >> (64 - s) : 0);
    q[i] = div_2by1(r, u0, rd, &r);
  }
  return r >> s;
}

Limb mod_1(const Limb* a, size_t n, Limb d) {
  if (n == 0) return 0;
  int s = count_leading_zeros(d);
  Reciprocal rd(d << s);
  Limb r = s ? a[n - 1] >> (64 - s) : 0;
  for (size_t i = n; i-- > 0;) {
    Limb u0 = s ? (a[i] << s) | (i ? a[i - 1] >> (64 - s) : 0) : a[i];
    (void)div_2by1(r, u0, rd, &r);
  }
  return r >> s;
}

void divrem(Limb* q, Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  // Normalize so the divisor's top bit is set; then each quotient limb is estimated from
  // the top two limbs of the remainder and corrected at most twice plus one add-back.
  Scratch scratch(an + 1 + bn);
  Limb* un = scratch.get();
  Limb* vn = un + an + 1;
  int s = count_leading_zeros(b[bn - 1]);
  if (s) {
    lshift(vn, b, bn, s);
    un[an] = lshift(un, a, an, s);
  } else {
    copy(vn, b, bn);
    copy(un, a, an);
    un[an] = 0;
  }
  const Limb d1 = vn[bn - 1], d0 = vn[bn - 2];
  Reciprocal rd(d1);
  for (size_t j = an - bn + 1; j-- > 0;) {
    Limb u2 = un[j + bn], u1 = un[j + bn - 1], u0 = un[j + bn - 2];
    Limb qhat, rhat;
    bool rhat_big = false;  // rhat >= 2^64: the estimate cannot be too large by d0
    if (u2 >= d1) {
      qhat = ~Limb{0};
      rhat = u1 + d1;
      rhat_big = rhat < d1;
    } else {
      qhat = div_2by1(u2, u1, rd, &rhat);
    }
    while (!rhat_big) {
      Limb plo;
      Limb phi = mul_wide(qhat, d0, &plo);
      if (phi < rhat || (phi == rhat && plo <= u0)) break;
      --qhat;
      rhat += d1;
      rhat_big = rhat < d1;
    }
    Limb borrow = submul_1(un + j, vn, bn, qhat);
    Limb top = un[j + bn];
    un[j + bn] = top - borrow;
    if (top < borrow) [[unlikely]] {
      --qhat;
      un[j + bn] += add_n(un + j, un + j, vn, bn);
    }
    if (q) q[j] = qhat;
  }
  if (r) {
    if (s) {
      rshift(r, un, bn, s);
    } else {
      copy(r, un, bn);
    }
  }
}

}  // namespace limbs

void divrem_abs(const BigInt& a, const BigInt& b, BigInt* quotient, BigInt* remainder) {
  if (b.size() >= kBurnikelZiegler && a.size() >= b.size() + kBurnikelZiegler) {
    divrem_burnikel_ziegler(a, b, quotient, remainder);
  } else {
    divrem_schoolbook(a, b, quotient, remainder);
  }
}

void divrem_schoolbook(const BigInt& a, const BigInt& b, BigInt* quotient, BigInt* remainder) {
  BigInt q, r;
  size_t an = a.size(), bn = b.size();
  if (compare_abs(a, b) < 0) {
    if (remainder) r = absolute(a);
  } else if (bn == 1) {
    Limb* qd = q.resize_for_write(static_cast<uint32_t>(an));
    Limb rem = limbs::divrem_1(qd, a.limbs(), an, b.limbs()[0]);
    q.normalize(static_cast<uint32_t>(an), false);
    r = BigInt::from_uint64(rem);
  } else {
    Limb* qd = q.resize_for_write(static_cast<uint32_t>(an - bn + 1));
    Limb* rd = remainder ? r.resize_for_write(static_cast<uint32_t>(bn)) : nullptr;
    limbs::divrem(qd, rd, a.limbs(), an, b.limbs(), bn);
    q.normalize(static_cast<uint32_t>(an - bn + 1), false);
    if (remainder) r.normalize(static_cast<uint32_t>(bn), false);
  }
  if (quotient) *quotient = std::move(q);
  if (remainder) *remainder = std::move(r);
}

namespace {

// Floor division: trunc(a / b) rounded down when the signs differ and it was inexact;
// the remainder takes the divisor's sign.
void floor_divrem(const BigInt& a, const BigInt& b, BigInt* quotient, BigInt* remainder) {
  BigInt q, r;
  bool differ = a.is_negative() != b.is_negative();
  // The remainder is only needed to round a quotient of mixed signs.
  divrem_abs(a, b, &q, remainder || differ ? &r : nullptr);
  if (differ && !r.is_zero()) {
    q = add(q, 1);
    r = sub(absolute(b), r);
  }
  if (differ) q.negate();
  if (b.is_negative()) r.negate();
  if (quotient) *quotient = std::move(q);
  if (remainder) *remainder = std::move(r);
}

Status zero_division(const char* message) { return Status(ErrorKind::kZeroDivisionError, message); }

}  // namespace

Status floordiv(const BigInt& a, const BigInt& b, BigInt* quotient) {
  if (b.is_zero()) return zero_division("integer division or modulo by zero");
  floor_divrem(a, b, quotient, nullptr);
  return Status();
}

Status mod(const BigInt& a, const BigInt& b, BigInt* remainder) {
  if (b.is_zero()) return zero_division("integer modulo by zero");
  floor_divrem(a, b, nullptr, remainder);
  return Status();
}

Status divmod(const BigInt& a, const BigInt& b, BigInt* quotient, BigInt* remainder) {
  if (b.is_zero()) return zero_division("integer division or modulo by zero");
  floor_divrem(a, b, quotient, remainder);
  return Status();
}

Status true_divide(const BigInt& a, const BigInt& b, double* out) {
  if (b.is_zero()) return zero_division("division by zero");
  bool negate = a.is_negative() != b.is_negative();
  if (a.is_zero()) {
    *out = negate ? -0.0 : 0.0;
    return Status();
  }
  uint64_t a_bits = bit_length(a), b_bits = bit_length(b);
  if (a_bits <= DBL_MANT_DIG && b_bits <= DBL_MANT_DIG) {
    // Both exact as doubles, so one IEEE division rounds correctly.
    double r = static_cast<double>(a.limbs()[0]) / static_cast<double>(b.limbs()[0]);
    *out = negate ? -r : r;
    return Status();
  }
  auto overflow = [] { return Status(ErrorKind::kOverflowError, "integer division result too large for a float"); };
  int64_t diff = static_cast<int64_t>(a_bits) - static_cast<int64_t>(b_bits);
  if (diff > DBL_MAX_EXP) return overflow();
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
    *out = negate ? -0.0 : 0.0;
    return Status();
  }
  // x = |a| * 2^-shift with shift chosen so that x // |b| has DBL_MANT_DIG + 2 or + 3
  // bits (fewer for subnormal results); lost bits make the result inexact.
  int64_t shift = std::max<int64_t>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  bool inexact = false;
  BigInt x;
  if (shift <= 0) {
    x = shift_left(absolute(a), static_cast<uint64_t>(-shift));
  } else {
    x = shift_right(absolute(a), static_cast<uint64_t>(shift));
    inexact = trailing_zeros(a) < static_cast<uint64_t>(shift);
  }
  BigInt rem;
  divrem_abs(x, b, &x, &rem);
  if (!rem.is_zero()) inexact = true;
  int64_t x_bits = static_cast<int64_t>(bit_length(x));
  // Round half to even by adjusting the low limb: extra_bits (2 or 3, more when
  // subnormal) are rounded away, the inexact flag acting as a sticky bit.
  int64_t extra_bits = std::max<int64_t>(x_bits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  Limb mask = Limb{1} << (extra_bits - 1);
  Limb low = (x.is_zero() ? 0 : x.limbs()[0]) | inexact;
  if ((low & mask) && (low & (3 * mask - 1))) low += mask;
  low &= ~(2 * mask - 1);
  // x has at most DBL_MANT_DIG + 3 bits, so one limb, and the conversion is exact.
  double dx = static_cast<double>(low);
  if (shift + x_bits >= DBL_MAX_EXP &&
      (shift + x_bits > DBL_MAX_EXP || dx == std::ldexp(1.0, static_cast<int>(x_bits)))) {
    return overflow();
  }
  double result = std::ldexp(dx, static_cast<int>(shift));
  *out = negate ? -result : result;
  return Status();
}

}  // namespace glasspy::numeric
