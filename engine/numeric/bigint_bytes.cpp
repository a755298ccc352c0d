// Conversions to and from bytes and floats (numeric library): int.to_bytes/from_bytes,
// float(int) correctly rounded, int(float), and frexp for math.log of big ints.
#include <cmath>

#include "numeric/bigint.h"
#include "numeric/limbs.h"

namespace glasspy::numeric {
namespace {

// The top 55 bits of |a| (a has more than 64 bits), the lowest of them OR-ed with every
// bit below: converting that to double rounds exactly as rounding |a| would (two guard
// bits plus a sticky bit). Sets *shift to the number of bits dropped.
uint64_t top_bits_with_sticky(const BigInt& a, uint64_t* shift) {
  uint64_t bits = bit_length(a);
  *shift = bits - 55;
  BigInt top = shift_right(absolute(a), *shift);
  uint64_t m = top.limbs()[0];
  if (trailing_zeros(a) < *shift) m |= 1;
  return m;
}

}  // namespace

Status to_double(const BigInt& a, double* out) {
  uint64_t small;
  double r;
  if (a.magnitude_to_uint64(&small)) {
    r = static_cast<double>(small);  // one correctly rounded conversion
  } else {
    uint64_t shift;
    uint64_t m = top_bits_with_sticky(a, &shift);
    if (shift > 1024) return Status(ErrorKind::kOverflowError, "int too large to convert to float");
    r = std::ldexp(static_cast<double>(m), static_cast<int>(shift));
    if (std::isinf(r)) return Status(ErrorKind::kOverflowError, "int too large to convert to float");
  }
  *out = a.is_negative() ? -r : r;
  return Status();
}

double frexp_abs(const BigInt& a, int64_t* e) {
  uint64_t small;
  if (a.magnitude_to_uint64(&small)) {
    int ie;
    double m = std::frexp(static_cast<double>(small), &ie);
    *e = ie;
    return m;
  }
  uint64_t shift;
  double m = static_cast<double>(top_bits_with_sticky(a, &shift)) / 36028797018963968.0;  // / 2^55
  *e = static_cast<int64_t>(shift) + 55;
  if (m == 1.0) {  // rounded up to the next power of two
    m = 0.5;
    ++*e;
  }
  return m;
}

Status from_double(double x, BigInt* out) {
  if (std::isnan(x)) return Status(ErrorKind::kValueError, "cannot convert float NaN to integer");
  if (std::isinf(x)) return Status(ErrorKind::kOverflowError, "cannot convert float infinity to integer");
  x = std::trunc(x);
  if (std::fabs(x) < 9223372036854775808.0) {
    *out = BigInt(static_cast<int64_t>(x));
    return Status();
  }
  int e;
  double m = std::frexp(std::fabs(x), &e);  // |x| = m * 2^e, e > 63
  BigInt r = BigInt::from_uint64(static_cast<uint64_t>(std::ldexp(m, 53)));
  r = shift_left(r, static_cast<uint64_t>(e - 53));
  if (x < 0) r.negate();
  *out = std::move(r);
  return Status();
}

Status to_bytes(const BigInt& a, size_t length, bool little_endian, bool is_signed, std::string* out) {
  if (a.is_negative() && !is_signed) {
    return Status(ErrorKind::kOverflowError, "can't convert negative int to unsigned");
  }
  // A negative a is written as ~(|a| - 1): the same bytes as |a| - 1, inverted.
  BigInt m = a.is_negative() ? sub(absolute(a), BigInt(1)) : a;
  uint64_t bits = bit_length(m);
  uint64_t room = uint64_t{length} * 8;
  // Signed needs a spare sign bit, except that 0 and -1 fit even in no bytes (CPython).
  bool fits = is_signed ? bits < room || bits == 0 : bits <= room;
  if (!fits) return Status(ErrorKind::kOverflowError, "int too big to convert");
  out->assign(length, '\0');
  const Limb* d = m.limbs();
  uint8_t fill = a.is_negative() ? 0xFF : 0;
  for (size_t i = 0; i < length; ++i) {
    uint8_t byte = i / 8 < m.size() ? static_cast<uint8_t>(d[i / 8] >> (8 * (i % 8))) : 0;
    byte ^= fill;
    (*out)[little_endian ? i : length - 1 - i] = static_cast<char>(byte);
  }
  return Status();
}

BigInt from_bytes(std::string_view bytes, bool little_endian, bool is_signed) {
  size_t length = bytes.size();
  BigInt r;
  if (length == 0) return r;
  uint32_t n = static_cast<uint32_t>((length + 7) / 8);
  Limb* d = r.resize_for_write(n);
  limbs::zero(d, n);
  for (size_t i = 0; i < length; ++i) {
    Limb byte = static_cast<uint8_t>(bytes[little_endian ? i : length - 1 - i]);
    d[i / 8] |= byte << (8 * (i % 8));
  }
  uint8_t top = static_cast<uint8_t>(bytes[little_endian ? length - 1 : 0]);
  if (is_signed && (top & 0x80)) {
    // Negative: |r| = 2^(8 * length) - bytes = ~bytes + 1 within the length.
    for (uint32_t i = 0; i < n; ++i) d[i] = ~d[i];
    if (length % 8) d[n - 1] &= (Limb{1} << (8 * (length % 8))) - 1;
    limbs::add_1(d, d, n, 1);
    r.normalize(n, true);
    return r;
  }
  r.normalize(n, false);
  return r;
}

}  // namespace glasspy::numeric
