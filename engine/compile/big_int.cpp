// Arbitrary-precision integers for constant folding (compile stage): schoolbook
// arithmetic on 32-bit limbs, which is plenty for literals and folding's 128-bit limits.
#include "compile/big_int.h"

#include <algorithm>
#include <cmath>

namespace glasspy::compile {

BigInt::BigInt(int64_t value) {
  neg_ = value < 0;
  uint64_t u = neg_ ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  while (u) {
    mag_.push_back(static_cast<uint32_t>(u));
    u >>= 32;
  }
}

void BigInt::trim() {
  while (!mag_.empty() && mag_.back() == 0) mag_.pop_back();
  if (mag_.empty()) neg_ = false;
}

BigInt BigInt::from_decimal(std::string_view text) {
  BigInt out;
  size_t i = 0;
  bool neg = false;
  if (i < text.size() && text[i] == '-') {
    neg = true;
    ++i;
  }
  for (; i < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') continue;
    uint64_t carry = static_cast<uint64_t>(text[i] - '0');
    for (uint32_t& limb : out.mag_) {
      uint64_t v = static_cast<uint64_t>(limb) * 10 + carry;
      limb = static_cast<uint32_t>(v);
      carry = v >> 32;
    }
    if (carry) out.mag_.push_back(static_cast<uint32_t>(carry));
  }
  out.neg_ = neg;
  out.trim();
  return out;
}

std::string BigInt::to_decimal() const {
  if (mag_.empty()) return "0";
  std::vector<uint32_t> work = mag_;
  std::string digits;
  while (!work.empty()) {
    uint64_t rem = 0;
    for (size_t i = work.size(); i-- > 0;) {
      uint64_t cur = (rem << 32) | work[i];
      work[i] = static_cast<uint32_t>(cur / 1000000000u);
      rem = cur % 1000000000u;
    }
    while (!work.empty() && work.back() == 0) work.pop_back();
    for (int k = 0; k < 9; ++k) {
      digits.push_back(static_cast<char>('0' + rem % 10));
      rem /= 10;
      if (work.empty() && rem == 0) break;
    }
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  if (neg_) digits.push_back('-');
  std::reverse(digits.begin(), digits.end());
  return digits;
}

uint64_t BigInt::bit_length() const {
  if (mag_.empty()) return 0;
  uint32_t top = mag_.back();
  int bits = 0;
  while (top) {
    ++bits;
    top >>= 1;
  }
  return (mag_.size() - 1) * 32 + bits;
}

std::optional<int64_t> BigInt::to_int64() const {
  if (bit_length() > 64) return std::nullopt;
  uint64_t u = 0;
  for (size_t i = mag_.size(); i-- > 0;) u = (u << 32) | mag_[i];
  if (!neg_) {
    if (u > static_cast<uint64_t>(INT64_MAX)) return std::nullopt;
    return static_cast<int64_t>(u);
  }
  if (u > static_cast<uint64_t>(INT64_MAX) + 1) return std::nullopt;
  return static_cast<int64_t>(0 - u);
}

std::optional<double> BigInt::to_double() const {
  uint64_t bl = bit_length();
  if (bl <= 63) {
    auto v = to_int64();
    return static_cast<double>(*v);
  }
  // Keep the top 64 bits; fold the rest into a sticky bit (11 spare bits avoid double
  // rounding), then scale.
  BigInt top = neg_ ? (-*this).shr(bl - 64) : shr(bl - 64);
  uint64_t q = 0;
  for (size_t i = top.mag_.size(); i-- > 0;) q = (q << 32) | top.mag_[i];
  BigInt back = top.shl(bl - 64);
  bool sticky = compare_mag(back.mag_, mag_) != 0;
  if (sticky) q |= 1;
  double d = std::ldexp(static_cast<double>(q), static_cast<int>(bl - 64));
  if (std::isinf(d)) return std::nullopt;
  return neg_ ? -d : d;
}

int BigInt::compare_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

int BigInt::compare(const BigInt& o) const {
  if (neg_ != o.neg_) return neg_ ? -1 : 1;
  int c = compare_mag(mag_, o.mag_);
  return neg_ ? -c : c;
}

std::vector<uint32_t> BigInt::add_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  std::vector<uint32_t> out(std::max(a.size(), b.size()) + 1, 0);
  uint64_t carry = 0;
  for (size_t i = 0; i < out.size(); ++i) {
    uint64_t v = carry + (i < a.size() ? a[i] : 0) + (i < b.size() ? b[i] : 0);
    out[i] = static_cast<uint32_t>(v);
    carry = v >> 32;
  }
  return out;
}

std::vector<uint32_t> BigInt::sub_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  std::vector<uint32_t> out(a.size(), 0);
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t v = static_cast<int64_t>(a[i]) - borrow - (i < b.size() ? b[i] : 0);
    borrow = v < 0 ? 1 : 0;
    out[i] = static_cast<uint32_t>(v + (borrow << 32));
  }
  return out;
}

BigInt BigInt::operator-() const {
  BigInt out = *this;
  if (!out.mag_.empty()) out.neg_ = !out.neg_;
  return out;
}

BigInt BigInt::operator+(const BigInt& o) const {
  BigInt out;
  if (neg_ == o.neg_) {
    out.mag_ = add_mag(mag_, o.mag_);
    out.neg_ = neg_;
  } else if (compare_mag(mag_, o.mag_) >= 0) {
    out.mag_ = sub_mag(mag_, o.mag_);
    out.neg_ = neg_;
  } else {
    out.mag_ = sub_mag(o.mag_, mag_);
    out.neg_ = o.neg_;
  }
  out.trim();
  return out;
}

BigInt BigInt::operator-(const BigInt& o) const { return *this + (-o); }

BigInt BigInt::operator*(const BigInt& o) const {
  BigInt out;
  if (is_zero() || o.is_zero()) return out;
  out.mag_.assign(mag_.size() + o.mag_.size(), 0);
  for (size_t i = 0; i < mag_.size(); ++i) {
    uint64_t carry = 0;
    for (size_t j = 0; j < o.mag_.size(); ++j) {
      uint64_t v = static_cast<uint64_t>(mag_[i]) * o.mag_[j] + out.mag_[i + j] + carry;
      out.mag_[i + j] = static_cast<uint32_t>(v);
      carry = v >> 32;
    }
    size_t k = i + o.mag_.size();
    while (carry) {
      uint64_t v = static_cast<uint64_t>(out.mag_[k]) + carry;
      out.mag_[k++] = static_cast<uint32_t>(v);
      carry = v >> 32;
    }
  }
  out.neg_ = neg_ != o.neg_;
  out.trim();
  return out;
}

void BigInt::divmod_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b, std::vector<uint32_t>& q,
                        std::vector<uint32_t>& r) {
  // Bit-at-a-time long division: operands here are literal-sized.
  BigInt rem;
  BigInt div;
  div.mag_ = b;
  q.assign(a.size(), 0);
  for (size_t i = a.size() * 32; i-- > 0;) {
    rem = rem.shl(1);
    if ((a[i / 32] >> (i % 32)) & 1) {
      if (rem.mag_.empty()) rem.mag_.push_back(0);
      rem.mag_[0] |= 1;
    }
    if (compare_mag(rem.mag_, div.mag_) >= 0) {
      rem.mag_ = sub_mag(rem.mag_, div.mag_);
      rem.trim();
      q[i / 32] |= 1u << (i % 32);
    }
  }
  r = rem.mag_;
}

void BigInt::divmod(const BigInt& o, BigInt& q, BigInt& r) const {
  divmod_mag(mag_, o.mag_, q.mag_, r.mag_);
  q.neg_ = neg_ != o.neg_;
  r.neg_ = neg_;
  q.trim();
  r.trim();
  // Floor semantics: a nonzero remainder whose sign differs from the divisor's.
  if (!r.is_zero() && r.neg_ != o.neg_) {
    q = q - BigInt(1);
    r = r + o;
  }
}

BigInt BigInt::pow(uint64_t e) const {
  BigInt result(1), base = *this;
  while (e) {
    if (e & 1) result = result * base;
    e >>= 1;
    if (e) base = base * base;
  }
  return result;
}

BigInt BigInt::shl(uint64_t n) const {
  if (is_zero()) return *this;
  BigInt out;
  size_t words = n / 32, bits = n % 32;
  out.mag_.assign(words, 0);
  uint32_t carry = 0;
  for (uint32_t limb : mag_) {
    out.mag_.push_back(bits ? (limb << bits) | carry : limb);
    carry = bits ? limb >> (32 - bits) : 0;
  }
  if (carry) out.mag_.push_back(carry);
  out.neg_ = neg_;
  out.trim();
  return out;
}

BigInt BigInt::shr(uint64_t n) const {
  if (neg_) return (-((-*this - BigInt(1)).shr(n))) - BigInt(1);  // floor for negatives
  BigInt out;
  size_t words = n / 32, bits = n % 32;
  for (size_t i = words; i < mag_.size(); ++i) {
    uint32_t lo = mag_[i] >> bits;
    uint32_t hi = bits && i + 1 < mag_.size() ? mag_[i + 1] << (32 - bits) : 0;
    out.mag_.push_back(lo | hi);
  }
  out.trim();
  return out;
}

std::vector<uint32_t> BigInt::twos(size_t n) const {
  std::vector<uint32_t> w(n, 0);
  for (size_t i = 0; i < mag_.size() && i < n; ++i) w[i] = mag_[i];
  if (neg_) {
    uint64_t carry = 1;
    for (uint32_t& x : w) {
      uint64_t v = static_cast<uint64_t>(static_cast<uint32_t>(~x)) + carry;
      x = static_cast<uint32_t>(v);
      carry = v >> 32;
    }
  }
  return w;
}

BigInt BigInt::from_twos(const std::vector<uint32_t>& w) {
  BigInt out;
  bool neg = !w.empty() && (w.back() >> 31);
  out.mag_ = w;
  if (neg) {
    uint64_t carry = 1;
    for (uint32_t& x : out.mag_) {
      uint64_t v = static_cast<uint64_t>(static_cast<uint32_t>(~x)) + carry;
      x = static_cast<uint32_t>(v);
      carry = v >> 32;
    }
  }
  out.neg_ = neg;
  out.trim();
  return out;
}

BigInt BigInt::bit_and(const BigInt& o) const {
  size_t n = std::max(mag_.size(), o.mag_.size()) + 1;
  auto a = twos(n), b = o.twos(n);
  for (size_t i = 0; i < n; ++i) a[i] &= b[i];
  return from_twos(a);
}

BigInt BigInt::bit_or(const BigInt& o) const {
  size_t n = std::max(mag_.size(), o.mag_.size()) + 1;
  auto a = twos(n), b = o.twos(n);
  for (size_t i = 0; i < n; ++i) a[i] |= b[i];
  return from_twos(a);
}

BigInt BigInt::bit_xor(const BigInt& o) const {
  size_t n = std::max(mag_.size(), o.mag_.size()) + 1;
  auto a = twos(n), b = o.twos(n);
  for (size_t i = 0; i < n; ++i) a[i] ^= b[i];
  return from_twos(a);
}

std::optional<double> BigInt::true_divide(const BigInt& a, const BigInt& b) {
  BigInt x = a.neg_ ? -a : a;
  BigInt y = b.neg_ ? -b : b;
  bool neg = a.neg_ != b.neg_;
  if (x.bit_length() <= 53 && y.bit_length() <= 53) {
    double d = static_cast<double>(*x.to_int64()) / static_cast<double>(*y.to_int64());
    return neg ? -d : d;
  }
  // q = floor(x * 2**s / y) with at least 64 significant bits, remainder as sticky.
  int64_t s = 66 - (static_cast<int64_t>(x.bit_length()) - static_cast<int64_t>(y.bit_length()));
  BigInt num = s >= 0 ? x.shl(static_cast<uint64_t>(s)) : x;
  BigInt den = s >= 0 ? y : y.shl(static_cast<uint64_t>(-s));
  BigInt q, r;
  num.divmod(den, q, r);
  uint64_t bl = q.bit_length();
  int64_t extra = static_cast<int64_t>(bl) - 64;
  BigInt top = extra > 0 ? q.shr(static_cast<uint64_t>(extra)) : q;
  bool sticky = !r.is_zero() || (extra > 0 && top.shl(static_cast<uint64_t>(extra)).compare(q) != 0);
  uint64_t bits = 0;
  for (size_t i = top.mag_.size(); i-- > 0;) bits = (bits << 32) | top.mag_[i];
  if (sticky) bits |= 1;
  double d = std::ldexp(static_cast<double>(bits), static_cast<int>((extra > 0 ? extra : 0) - s));
  if (std::isinf(d)) return std::nullopt;
  return neg ? -d : d;
}

int64_t BigInt::python_hash() const {
  constexpr uint64_t kModulus = (uint64_t{1} << 61) - 1;
  uint64_t x = 0;
  for (size_t i = mag_.size(); i-- > 0;) {
    // x = (x * 2**32 + limb) mod (2**61 - 1), done as CPython does in 30-bit steps.
    for (int half = 1; half >= 0; --half) {
      uint64_t part = half ? (mag_[i] >> 16) : (mag_[i] & 0xffff);
      x = ((x << 16) & kModulus) | (x >> (61 - 16));
      x += part;
      if (x >= kModulus) x -= kModulus;
    }
  }
  int64_t h = neg_ ? -static_cast<int64_t>(x) : static_cast<int64_t>(x);
  if (h == -1) h = -2;
  return h;
}

}  // namespace glasspy::compile
