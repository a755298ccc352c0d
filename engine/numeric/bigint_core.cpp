// BigInt storage, comparisons and hash (numeric library).
#include <algorithm>
#include <cmath>
#include <utility>

#include "numeric/bigint.h"
#include "numeric/limbs.h"

namespace glasspy::numeric {

BigInt::BigInt(const BigInt& other) : size_(0), cap_(0), neg_(0) {
  Limb* d = resize_for_write(other.size_);
  limbs::copy(d, other.limbs(), other.size_);
  size_ = other.size_;
  neg_ = other.neg_;
}

BigInt& BigInt::operator=(const BigInt& other) {
  if (this != &other) {
    Limb* d = resize_for_write(other.size_);
    limbs::copy(d, other.limbs(), other.size_);
    size_ = other.size_;
    neg_ = other.neg_;
  }
  return *this;
}

void BigInt::swap(BigInt& other) noexcept {
  // A bitwise exchange: the union holds either limbs or a pointer.
  std::swap(size_, other.size_);
  uint32_t c = cap_, n = neg_;
  cap_ = other.cap_;
  neg_ = other.neg_;
  other.cap_ = c;
  other.neg_ = n;
  std::swap(inline_[0], other.inline_[0]);
  std::swap(inline_[1], other.inline_[1]);
}

void BigInt::release() {
  delete[] heap_;
  cap_ = 0;
}

Limb* BigInt::resize_for_write(uint32_t n) {
  uint32_t capacity = cap_ ? cap_ : 2;
  if (n <= capacity) return data();
  // Grow by at least half again, so that repeated growth in place stays linear.
  uint64_t want = std::max<uint64_t>(n, uint64_t{capacity} + capacity / 2);
  if (want > 0x7FFFFFFF) want = n;
  Limb* fresh = new Limb[want];
  if (cap_) delete[] heap_;
  heap_ = fresh;
  cap_ = static_cast<uint32_t>(want);
  size_ = 0;
  return fresh;
}

void BigInt::normalize(uint32_t n, bool negative) {
  size_ = static_cast<uint32_t>(limbs::normalized_size(limbs(), n));
  neg_ = size_ != 0 && negative;
}

namespace limbs {

int cmp(const Limb* a, const Limb* b, size_t n) {
  while (n-- > 0) {
    if (a[n] != b[n]) return a[n] < b[n] ? -1 : 1;
  }
  return 0;
}

int cmp_sized(const Limb* a, size_t an, const Limb* b, size_t bn) {
  if (an != bn) return an < bn ? -1 : 1;
  return cmp(a, b, an);
}

}  // namespace limbs

int compare_abs(const BigInt& a, const BigInt& b) {
  return limbs::cmp_sized(a.limbs(), a.size(), b.limbs(), b.size());
}

int compare(const BigInt& a, const BigInt& b) {
  if (a.is_negative() != b.is_negative()) return a.is_negative() ? -1 : 1;
  int c = compare_abs(a, b);
  return a.is_negative() ? -c : c;
}

int compare(const BigInt& a, int64_t b) {
  int64_t small;
  if (a.to_int64(&small)) return small < b ? -1 : (small > b ? 1 : 0);
  return a.is_negative() ? -1 : 1;
}

int compare_double(const BigInt& a, double b) {
  if (std::isinf(b)) return b > 0 ? -1 : 1;
  int as = a.sign();
  int bs = b > 0 ? 1 : (b < 0 ? -1 : 0);
  if (as != bs) return as < bs ? -1 : 1;
  if (as == 0) return 0;
  // Same sign, both nonzero: compare magnitudes exactly. frexp gives |b| = m * 2^e with
  // 0.5 <= m < 1, so |b| has bit length e (or e - k for a fraction); the int's bit length
  // decides unless they match, when the integer part of b is exact in a BigInt.
  int e;
  std::frexp(std::fabs(b), &e);
  uint64_t abits = bit_length(a);
  int c;
  if (e <= 0) {
    c = 1;  // |b| < 1 <= |a|
  } else if (abits < static_cast<uint64_t>(e)) {
    c = -1;
  } else if (abits > static_cast<uint64_t>(e)) {
    c = 1;
  } else {
    double ipart;
    double frac = std::modf(std::fabs(b), &ipart);
    BigInt bi;
    (void)from_double(ipart, &bi);
    c = compare_abs(a, bi);
    if (c == 0 && frac != 0) c = -1;
  }
  return as < 0 ? -c : c;
}

int64_t hash(const BigInt& a) {
  // hash = sign * (|a| mod P) with P = 2^61 - 1; 2^64 = 8 (mod P), so each limb step is a
  // multiply by 8 (a 3-bit rotation within 61 bits) plus the limb folded modulo P.
  constexpr uint64_t P = (uint64_t{1} << 61) - 1;
  const Limb* d = a.limbs();
  uint64_t x = 0;
  for (size_t i = a.size(); i-- > 0;) {
    x = ((x << 3) & P) | (x >> 58);         // x * 8 mod P (x < P)
    uint64_t limb = (d[i] & P) + (d[i] >> 61);  // limb mod P, up to P + 7
    x += limb;                              // < 2P + 7 < 2^63
    if (x >= P) x -= P;
    if (x >= P) x -= P;
  }
  int64_t h = static_cast<int64_t>(x);
  if (a.is_negative()) h = -h;
  if (h == -1) h = -2;
  return h;
}

}  // namespace glasspy::numeric
