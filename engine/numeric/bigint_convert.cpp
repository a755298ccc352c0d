// Text conversions (numeric library): int(text, base) with CPython 3.11's syntax rules,
// checks and messages, and the digits of str(), bin(), oct(), hex() and format().
// Decimal parsing is sub-quadratic (divide and conquer over Karatsuba products); decimal
// printing divides by 10^19 per limb step.
#include <bit>
#include <cmath>
#include <vector>

#include "numeric/bigint.h"
#include "numeric/limbs.h"
#include "text/py_repr.h"

namespace glasspy::numeric {
namespace {

// Digit value of an ASCII character in bases up to 36, or 37 for anything else.
int digit_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 37;
}

// CPython's Py_ISSPACE: the ASCII whitespace int() skips around the digits.
bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// The largest power of base that fits in a limb, and its exponent.
struct ChunkPower {
  Limb power;
  int digits;
};
ChunkPower chunk_power(int base) {
  Limb p = base;
  int k = 1;
  while (p <= ~Limb{0} / static_cast<Limb>(base)) {
    p *= base;
    ++k;
  }
  return {p, k};
}

// repr truncated to 200 code points, as CPython's "%.200R".
std::string truncated_repr(std::string_view text) {
  std::string r = text::repr_str(text);
  size_t points = 0, i = 0;
  for (; i < r.size(); ++i) {
    if ((static_cast<unsigned char>(r[i]) & 0xC0) != 0x80 && points++ == 200) break;
  }
  r.resize(i);
  return r;
}

// Digits (values < base) of a power-of-two base, most significant first, into a.
BigInt from_binary_digits(const std::vector<uint8_t>& digits, int base) {
  int bits = std::countr_zero(static_cast<unsigned>(base));
  size_t total = digits.size() * bits;
  uint32_t n = static_cast<uint32_t>(total / 64 + 1);
  BigInt r;
  Limb* d = r.resize_for_write(n);
  limbs::zero(d, n);
  size_t pos = 0;
  for (size_t i = digits.size(); i-- > 0; pos += bits) {
    Limb v = digits[i];
    d[pos / 64] |= v << (pos % 64);
    if (pos % 64 + bits > 64) d[pos / 64 + 1] |= v >> (64 - pos % 64);
  }
  r.normalize(n, false);
  return r;
}

// Chunks of up to `digits` digits, each below power, combined by divide and conquer:
// value(chunks[lo..hi)) = value(high part) * power^(count of low chunks) + value(low part).
// The split puts a power of two chunks on the low side, so powers[i] = power^(2^i) serve.
class ChunkCombiner {
 public:
  ChunkCombiner(const std::vector<Limb>& chunks, Limb power) : chunks_(chunks) { powers_.push_back(BigInt::from_uint64(power)); }

  BigInt combine(size_t lo, size_t hi) {
    size_t n = hi - lo;
    if (n <= kBasecase) return basecase(lo, hi);
    size_t s = 1, level = 0;
    while (s * 2 < n) {
      s *= 2;
      ++level;
    }
    while (powers_.size() <= level) powers_.push_back(mul(powers_.back(), powers_.back()));
    BigInt high = combine(lo, hi - s);
    BigInt low = combine(hi - s, hi);
    return add(mul(high, powers_[level]), low);
  }

 private:
  static constexpr size_t kBasecase = 64;

  BigInt basecase(size_t lo, size_t hi) {
    BigInt r;
    uint32_t cap = static_cast<uint32_t>(hi - lo + 1);
    Limb* d = r.resize_for_write(cap);
    size_t n = 0;
    Limb power = powers_[0].limbs()[0];
    for (size_t i = lo; i < hi; ++i) {
      // d * power + chunk < B^n * power, so the new top limb cannot overflow.
      Limb top = limbs::mul_1(d, d, n, power);
      top += limbs::add_1(d, d, n, chunks_[i]);
      if (top) d[n++] = top;
    }
    r.normalize(static_cast<uint32_t>(n), false);
    return r;
  }

  const std::vector<Limb>& chunks_;
  std::vector<BigInt> powers_;
};

BigInt from_digits(const std::vector<uint8_t>& digits, int base) {
  if ((base & (base - 1)) == 0) return from_binary_digits(digits, base);
  ChunkPower cp = chunk_power(base);
  // The first chunk takes the remainder so that the others are full.
  std::vector<Limb> chunks;
  size_t first = digits.size() % cp.digits;
  if (first == 0) first = cp.digits;
  size_t i = 0;
  while (i < digits.size()) {
    size_t len = chunks.empty() ? first : cp.digits;
    Limb v = 0;
    for (size_t j = 0; j < len; ++j) v = v * base + digits[i + j];
    chunks.push_back(v);
    i += len;
  }
  // The first chunk is short, but it is the most significant: scaling by the full power
  // above it is still right.
  ChunkCombiner combiner(chunks, cp.power);
  return combiner.combine(0, chunks.size());
}

// Digits of |a| (non-power-of-two base) by peeling limb-sized chunks off the bottom,
// padded with zeros on the left to `pad` digits (pad 0: at least one digit).
void append_digits_basecase(const BigInt& a, int base, const char* alphabet, size_t pad, std::string* out) {
  ChunkPower cp = chunk_power(base);
  size_t n = a.size();
  limbs::Scratch scratch(n + 1);
  Limb* work = scratch.get();
  limbs::copy(work, a.limbs(), n);
  std::vector<Limb> chunks;
  chunks.reserve(n * 64 / cp.digits / 3 + 2);
  while (n > 0) {
    chunks.push_back(limbs::divrem_1(work, work, n, cp.power));
    n = limbs::normalized_size(work, n);
  }
  char buf[64];
  size_t len = 0;
  for (Limb v = chunks.empty() ? 0 : chunks.back(); v; v /= base) buf[len++] = alphabet[v % base];
  size_t total = len + (chunks.empty() ? 0 : (chunks.size() - 1) * cp.digits);
  if (pad == 0 && total == 0) pad = 1;
  if (pad > total) out->append(pad - total, '0');
  for (size_t k = len; k-- > 0;) out->push_back(buf[k]);
  for (size_t c = chunks.empty() ? 0 : chunks.size() - 1; c-- > 0;) {
    Limb v = chunks[c];
    for (int k = cp.digits; k-- > 0;) {
      buf[k] = alphabet[v % base];
      v /= base;
    }
    out->append(buf, cp.digits);
  }
}

// Sizes (limbs) from which printing splits the number in halves.
constexpr uint32_t kDivideAndConquerDigits = 48;

// Digits of x < powers[level]^2 (powers[i] = base^(digits * 2^i)), padded to `pad`.
void append_digits_recursive(const BigInt& x, const std::vector<BigInt>& powers, int level, size_t pad,
                             int digits, int base, const char* alphabet, std::string* out) {
  if (level < 0 || x.size() < kDivideAndConquerDigits) {
    append_digits_basecase(x, base, alphabet, pad, out);
    return;
  }
  size_t low_digits = static_cast<size_t>(digits) << level;
  if (compare_abs(x, powers[level]) < 0) {
    append_digits_recursive(x, powers, level - 1, pad, digits, base, alphabet, out);
    return;
  }
  BigInt q, r;
  divrem_abs(x, powers[level], &q, &r);
  append_digits_recursive(q, powers, level - 1, pad > low_digits ? pad - low_digits : 0, digits, base, alphabet,
                          out);
  append_digits_recursive(r, powers, level - 1, low_digits, digits, base, alphabet, out);
}

}  // namespace

std::string parse_limit_message(int max_str_digits, size_t digits) {
  return "Exceeds the limit (" + std::to_string(max_str_digits) +
         " digits) for integer string conversion: value has " + std::to_string(digits) +
         " digits; use sys.set_int_max_str_digits() to increase the limit";
}

std::string str_limit_message(int max_str_digits) {
  return "Exceeds the limit (" + std::to_string(max_str_digits) +
         " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";
}

Status parse_int(std::string_view text, int base, BigInt* out, int max_str_digits, std::string_view literal_repr) {
  const int original_base = base;
  auto invalid = [&](int shown_base) {
    std::string repr = literal_repr.empty() ? truncated_repr(text) : std::string(literal_repr);
    return Status(ErrorKind::kValueError,
                  "invalid literal for int() with base " + std::to_string(shown_base) + ": " + repr);
  };
  size_t i = 0, n = text.size();
  auto at = [&](size_t k) { return k < n ? text[k] : '\0'; };
  while (i < n && is_space(text[i])) ++i;
  bool negative = false;
  if (at(i) == '+' || at(i) == '-') negative = text[i++] == '-';
  bool error_if_nonzero = false;
  if (base == 0) {
    char c = at(i + 1);
    if (at(i) != '0') {
      base = 10;
    } else if (c == 'x' || c == 'X') {
      base = 16;
    } else if (c == 'o' || c == 'O') {
      base = 8;
    } else if (c == 'b' || c == 'B') {
      base = 2;
    } else {
      // C-style octal is invalid, but zeros are still zero.
      error_if_nonzero = true;
      base = 10;
    }
  }
  if (at(i) == '0') {
    char c = at(i + 1) | 0x20;
    if ((base == 16 && c == 'x') || (base == 8 && c == 'o') || (base == 2 && c == 'b')) {
      i += 2;
      if (at(i) == '_') ++i;  // one underscore may follow the prefix
    }
  }
  if (at(i) == '_') return invalid(original_base);
  std::vector<uint8_t> digits;
  char prev = '\0';
  for (; i < n; ++i) {
    char c = text[i];
    if (c == '_') {
      if (prev == '_') return invalid(original_base);
    } else {
      int v = digit_value(static_cast<unsigned char>(c));
      if (v >= base) break;
      digits.push_back(static_cast<uint8_t>(v));
    }
    prev = c;
  }
  if (prev == '_' || digits.empty()) return invalid(original_base);
  if ((base & (base - 1)) != 0 && max_str_digits > 0 && digits.size() > static_cast<size_t>(max_str_digits)) {
    return Status(ErrorKind::kValueError, parse_limit_message(max_str_digits, digits.size()));
  }
  while (i < n && is_space(text[i])) ++i;
  if (i != n) return invalid(error_if_nonzero ? 0 : original_base);
  BigInt r = from_digits(digits, base);
  if (error_if_nonzero && !r.is_zero()) return invalid(0);
  if (negative) r.negate();
  *out = std::move(r);
  return Status();
}

void append_digits(const BigInt& a, int base, bool upper, std::string* out) {
  const char* alphabet = upper ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "0123456789abcdefghijklmnopqrstuvwxyz";
  if (a.is_zero()) {
    out->push_back('0');
    return;
  }
  const Limb* d = a.limbs();
  if ((base & (base - 1)) == 0) {
    int bits = std::countr_zero(static_cast<unsigned>(base));
    uint64_t total = bit_length(a);
    uint64_t count = (total + bits - 1) / bits;
    size_t start = out->size();
    out->resize(start + count);
    char* p = out->data() + start + count;
    for (uint64_t k = 0, pos = 0; k < count; ++k, pos += bits) {
      Limb v = d[pos / 64] >> (pos % 64);
      if (pos % 64 + bits > 64 && pos / 64 + 1 < a.size()) v |= d[pos / 64 + 1] << (64 - pos % 64);
      *--p = alphabet[v & (base - 1)];
    }
    return;
  }
  if (a.size() >= kDivideAndConquerDigits) {
    // Split by base^(k * 2^i) (k digits per limb-sized chunk) into halves printed
    // recursively, the low half zero-padded: sub-quadratic with recursive division.
    ChunkPower cp = chunk_power(base);
    std::vector<BigInt> powers{BigInt::from_uint64(cp.power)};
    while (true) {
      BigInt next = mul(powers.back(), powers.back());
      if (compare_abs(next, a) > 0) break;
      powers.push_back(std::move(next));
    }
    append_digits_recursive(absolute(a), powers, static_cast<int>(powers.size()) - 1, 0, cp.digits, base,
                            alphabet, out);
    return;
  }
  append_digits_basecase(a, base, alphabet, 0, out);
}

bool decimal_digits_exceed(const BigInt& a, int max_digits) {
  if (max_digits <= 0 || a.is_zero()) return false;
  // |a| has between floor((bits - 1) * log10(2)) + 1 and ceil(bits * log10(2)) digits.
  uint64_t bits = bit_length(a);
  double low = std::floor(static_cast<double>(bits - 1) * 0.30102999566398119521) + 1;
  double high = std::ceil(static_cast<double>(bits) * 0.30102999566398120);
  if (low > max_digits + 1.0) return true;
  if (high < max_digits - 1.0) return false;
  // Ambiguous: compare with 10^max_digits exactly.
  BigInt limit;
  (void)pow(BigInt(10), BigInt(max_digits), &limit);
  return compare_abs(a, limit) >= 0;
}

Status to_decimal_string(const BigInt& a, std::string* out, int max_str_digits) {
  if (decimal_digits_exceed(a, max_str_digits)) {
    return Status(ErrorKind::kValueError, str_limit_message(max_str_digits));
  }
  out->clear();
  if (a.is_negative()) out->push_back('-');
  append_digits(a, 10, false, out);
  return Status();
}

}  // namespace glasspy::numeric
