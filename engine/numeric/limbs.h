// Limb-array primitives under BigInt (numeric library, internal): GMP-style functions on
// (pointer, length) magnitudes, least significant limb first. Callers own the memory;
// unless a comment says otherwise an output may equal an input but not partly overlap it.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>

#include "numeric/bigint.h"

namespace glasspy::numeric::limbs {

// Largest result kept, in limbs (BigInt's capacity field has 31 bits; 16 GiB): past
// this a shift or power is a MemoryError rather than an attempt to allocate.
inline constexpr uint64_t kMaxLimbs = (uint64_t{1} << 31) - 2;

// 64x64 -> 128-bit product: returns the high half, stores the low half. Natively one
// instruction via __int128; wasm has no such instruction and __int128 becomes a call to
// __multi3, so there four 32x32->64 products measured 1.5-2x faster.
inline Limb mul_wide(Limb a, Limb b, Limb* lo) {
#if defined(__SIZEOF_INT128__) && !defined(__wasm__)
  unsigned __int128 p = static_cast<unsigned __int128>(a) * b;
  *lo = static_cast<Limb>(p);
  return static_cast<Limb>(p >> 64);
#else
  uint64_t a0 = static_cast<uint32_t>(a), a1 = a >> 32;
  uint64_t b0 = static_cast<uint32_t>(b), b1 = b >> 32;
  uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  uint64_t mid = (p00 >> 32) + static_cast<uint32_t>(p01) + static_cast<uint32_t>(p10);
  *lo = (mid << 32) | static_cast<uint32_t>(p00);
  return p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
#endif
}

// A normalized divisor (top bit set) with its reciprocal floor((2^128 - 1) / d) - 2^64,
// so that dividing by it costs two multiplications (Moller & Granlund 2011).
struct Reciprocal {
  Limb d;
  Limb v;
  explicit Reciprocal(Limb normalized_d);
};

// (u1:u0) / d for u1 < d: returns the quotient, stores the remainder.
inline Limb div_2by1(Limb u1, Limb u0, const Reciprocal& rd, Limb* rem) {
  Limb q0;
  Limb q1 = mul_wide(rd.v, u1, &q0);
  q0 += u0;
  q1 += u1 + 1 + (q0 < u0);
  Limb r = u0 - q1 * rd.d;
  if (r > q0) {
    --q1;
    r += rd.d;
  }
  if (r >= rd.d) [[unlikely]] {
    ++q1;
    r -= rd.d;
  }
  *rem = r;
  return q1;
}

inline int count_leading_zeros(Limb x) { return __builtin_clzll(x); }  // x != 0
inline int count_trailing_zeros(Limb x) { return __builtin_ctzll(x); }  // x != 0

// Length without leading zero limbs.
inline size_t normalized_size(const Limb* a, size_t n) {
  while (n > 0 && a[n - 1] == 0) --n;
  return n;
}
inline void copy(Limb* r, const Limb* a, size_t n) {
  if (n) std::memmove(r, a, n * sizeof(Limb));
}
inline void zero(Limb* r, size_t n) {
  if (n) std::memset(r, 0, n * sizeof(Limb));
}

// Temporary limbs: on the stack when small, else on the heap.
class Scratch {
 public:
  explicit Scratch(size_t n) : ptr_(n <= kLocal ? local_ : new Limb[n]) {}
  ~Scratch() {
    if (ptr_ != local_) delete[] ptr_;
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  Limb* get() { return ptr_; }

 private:
  static constexpr size_t kLocal = 48;
  Limb local_[kLocal];
  Limb* ptr_;
};

// Compares equal-length magnitudes.
int cmp(const Limb* a, const Limb* b, size_t n);
// Compares normalized magnitudes of any lengths.
int cmp_sized(const Limb* a, size_t an, const Limb* b, size_t bn);

// r = a + b (n limbs each): returns the carry.
Limb add_n(Limb* r, const Limb* a, const Limb* b, size_t n);
// r = a + b with an >= bn: r gets an limbs, returns the carry.
Limb add(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn);
// r = a + b (single limb): returns the carry.
Limb add_1(Limb* r, const Limb* a, size_t n, Limb b);
// r = a - b (n limbs each): returns the borrow.
Limb sub_n(Limb* r, const Limb* a, const Limb* b, size_t n);
// r = a - b with an >= bn: returns the borrow.
Limb sub(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn);
Limb sub_1(Limb* r, const Limb* a, size_t n, Limb b);
// r = a * b: returns the high limb.
Limb mul_1(Limb* r, const Limb* a, size_t n, Limb b);
// r += a * b: returns the high limb.
Limb addmul_1(Limb* r, const Limb* a, size_t n, Limb b);
// r -= a * b: returns the borrow limb.
Limb submul_1(Limb* r, const Limb* a, size_t n, Limb b);
// r = a << s, r = a >> s for 0 < s < 64: return the bits shifted out (lshift: low bits of
// the result's next limb; rshift: the lost bits in the top of a limb). r may equal a, and
// lshift may also write above a (r >= a), rshift below it (r <= a).
Limb lshift(Limb* r, const Limb* a, size_t n, unsigned s);
Limb rshift(Limb* r, const Limb* a, size_t n, unsigned s);

// r = a * b with an >= bn >= 1; r has an + bn limbs and does not overlap a or b.
// Schoolbook below a measured threshold, then Karatsuba, then Toom-3.
void mul(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn);
// r = a * a (2n limbs, no overlap).
void sqr(Limb* r, const Limb* a, size_t n);
// Toom-3 for mul and sqr (a == b): b must have more than 2 * ceil(an / 3) limbs.
void toom3(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn);

// q = a / d, returns a % d; q may equal a. d != 0.
Limb divrem_1(Limb* q, const Limb* a, size_t n, Limb d);
// a % d without the quotient.
Limb mod_1(const Limb* a, size_t n, Limb d);
// q = a / b, r = a % b for an >= bn >= 2 and b[bn-1] != 0: q gets an - bn + 1 limbs,
// r gets bn limbs (either may be null when not wanted). No overlap with a or b.
void divrem(Limb* q, Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn);

}  // namespace glasspy::numeric::limbs
