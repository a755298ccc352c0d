// Bit operations with Python's semantics (numeric library): a negative int behaves as an
// infinite two's-complement string of bits, so -1 & x == x and -5 >> 1 == -3 (floor).
#include <algorithm>
#include <bit>

#include "numeric/bigint.h"
#include "numeric/limbs.h"

namespace glasspy::numeric {

uint64_t bit_length(const BigInt& a) {
  if (a.is_zero()) return 0;
  return uint64_t{a.size()} * 64 - limbs::count_leading_zeros(a.limbs()[a.size() - 1]);
}

uint64_t bit_count(const BigInt& a) {
  uint64_t n = 0;
  const Limb* d = a.limbs();
  for (uint32_t i = 0; i < a.size(); ++i) n += std::popcount(d[i]);
  return n;
}

uint64_t trailing_zeros(const BigInt& a) {
  const Limb* d = a.limbs();
  uint32_t i = 0;
  while (i < a.size() && d[i] == 0) ++i;
  if (i == a.size()) return 0;
  return uint64_t{i} * 64 + limbs::count_trailing_zeros(d[i]);
}

namespace {

// Magnitude of a >> n, truncating.
BigInt shift_right_abs(const BigInt& a, uint64_t n) {
  BigInt r;
  uint64_t q = n / 64;
  if (q >= a.size()) return r;
  unsigned s = static_cast<unsigned>(n % 64);
  uint32_t rn = static_cast<uint32_t>(a.size() - q);
  Limb* d = r.resize_for_write(rn);
  if (s) {
    limbs::rshift(d, a.limbs() + q, rn, s);
  } else {
    limbs::copy(d, a.limbs() + q, rn);
  }
  r.normalize(rn, false);
  return r;
}

}  // namespace

BigInt shift_left(const BigInt& a, uint64_t n) {
  BigInt r;
  if (a.is_zero()) return r;
  uint64_t q = n / 64;
  unsigned s = static_cast<unsigned>(n % 64);
  uint32_t an = a.size();
  uint32_t rn = static_cast<uint32_t>(an + q + 1);
  Limb* d = r.resize_for_write(rn);
  limbs::zero(d, q);
  if (s) {
    d[rn - 1] = limbs::lshift(d + q, a.limbs(), an, s);
  } else {
    limbs::copy(d + q, a.limbs(), an);
    d[rn - 1] = 0;
  }
  r.normalize(rn, a.is_negative());
  return r;
}

BigInt shift_right(const BigInt& a, uint64_t n) {
  BigInt r = shift_right_abs(a, n);
  if (a.is_negative()) {
    // Floor: -(|a| >> n) - 1 whenever a one bit was shifted out.
    if (trailing_zeros(a) < n) r = add(r, 1);
    r.negate();  // never zero: |r| >= 1 once a is negative
  }
  return r;
}

Status shift_left(const BigInt& a, const BigInt& n, BigInt* out) {
  if (n.is_negative()) return Status(ErrorKind::kValueError, "negative shift count");
  if (a.is_zero()) {
    *out = BigInt();
    return Status();
  }
  // CPython counts the result in 30-bit digits and refuses more than its
  // MAX_LONG_DIGITS with OverflowError; a smaller but still impossible size is a
  // MemoryError there and here.
  BigInt q, rem;
  divrem_abs(n, BigInt(30), &q, &rem);
  BigInt digits = add(q, static_cast<int64_t>((bit_length(a) + 29) / 30 + !rem.is_zero()));
  constexpr int64_t kMaxLongDigits = (INT64_MAX - 24) / 4;
  if (compare(digits, kMaxLongDigits) > 0) return Status(ErrorKind::kOverflowError, "too many digits in integer");
  uint64_t count;
  if (!n.magnitude_to_uint64(&count) || count / 64 + a.size() + 1 > limbs::kMaxLimbs) {
    return Status(ErrorKind::kMemoryError, "");
  }
  *out = shift_left(a, count);
  return Status();
}

Status shift_right(const BigInt& a, const BigInt& n, BigInt* out) {
  if (n.is_negative()) return Status(ErrorKind::kValueError, "negative shift count");
  uint64_t count;
  if (!n.magnitude_to_uint64(&count)) count = ~uint64_t{0};
  *out = shift_right(a, count);
  return Status();
}

namespace {

enum class BitOp { kAnd, kOr, kXor };

// x's two's complement in n limbs (n > x.size(), so the top limb holds the sign).
void to_twos_complement(const BigInt& x, Limb* out, size_t n) {
  size_t xn = x.size();
  limbs::copy(out, x.limbs(), xn);
  limbs::zero(out + xn, n - xn);
  if (x.is_negative()) {
    limbs::sub_1(out, out, n, 1);
    for (size_t i = 0; i < n; ++i) out[i] = ~out[i];
  }
}

BigInt bitwise(const BigInt& a, const BigInt& b, BitOp op) {
  size_t n = std::max(a.size(), b.size()) + 1;
  limbs::Scratch scratch(2 * n);
  Limb* x = scratch.get();
  Limb* y = x + n;
  to_twos_complement(a, x, n);
  to_twos_complement(b, y, n);
  BigInt r;
  Limb* d = r.resize_for_write(static_cast<uint32_t>(n));
  for (size_t i = 0; i < n; ++i) {
    switch (op) {
      case BitOp::kAnd: d[i] = x[i] & y[i]; break;
      case BitOp::kOr: d[i] = x[i] | y[i]; break;
      case BitOp::kXor: d[i] = x[i] ^ y[i]; break;
    }
  }
  bool negative = d[n - 1] >> 63;
  if (negative) {
    // Back to sign and magnitude: |r| = ~d + 1.
    for (size_t i = 0; i < n; ++i) d[i] = ~d[i];
    limbs::add_1(d, d, n, 1);
  }
  r.normalize(static_cast<uint32_t>(n), negative);
  return r;
}

// Both operands nonnegative: no complement needed, and & only needs the shorter length.
BigInt bitwise_positive(const BigInt& a, const BigInt& b, BitOp op) {
  const BigInt& longer = a.size() >= b.size() ? a : b;
  const BigInt& shorter = a.size() >= b.size() ? b : a;
  size_t sn = shorter.size(), ln = longer.size();
  size_t n = op == BitOp::kAnd ? sn : ln;
  BigInt r;
  Limb* d = r.resize_for_write(static_cast<uint32_t>(n));
  const Limb* x = longer.limbs();
  const Limb* y = shorter.limbs();
  for (size_t i = 0; i < sn; ++i) {
    d[i] = op == BitOp::kAnd ? x[i] & y[i] : (op == BitOp::kOr ? x[i] | y[i] : x[i] ^ y[i]);
  }
  if (n > sn) limbs::copy(d + sn, x + sn, n - sn);
  r.normalize(static_cast<uint32_t>(n), false);
  return r;
}

BigInt dispatch(const BigInt& a, const BigInt& b, BitOp op) {
  if (!a.is_negative() && !b.is_negative()) return bitwise_positive(a, b, op);
  return bitwise(a, b, op);
}

}  // namespace

BigInt bit_and(const BigInt& a, const BigInt& b) { return dispatch(a, b, BitOp::kAnd); }
BigInt bit_or(const BigInt& a, const BigInt& b) { return dispatch(a, b, BitOp::kOr); }
BigInt bit_xor(const BigInt& a, const BigInt& b) { return dispatch(a, b, BitOp::kXor); }

BigInt bit_invert(const BigInt& a) {
  BigInt r = add(a, 1);
  r.negate();
  return r;
}

}  // namespace glasspy::numeric
