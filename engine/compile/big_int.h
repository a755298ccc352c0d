// Arbitrary-precision integers for constant folding (compile stage): just what CPython's
// AST optimizer may compute on int literals (+ - * // % ** << >> & | ^ ~, true division and
// conversion to float, both correctly rounded). The runtime int type is the object
// model's; this one only has to agree with it on the folded results.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glasspy::compile {

class BigInt {
 public:
  BigInt() = default;
  explicit BigInt(int64_t value);
  // Parses optional '-' and decimal digits.
  static BigInt from_decimal(std::string_view text);

  std::string to_decimal() const;
  bool is_zero() const { return mag_.empty(); }
  bool negative() const { return neg_; }
  // Number of bits of |x| (0 for 0), like int.bit_length().
  uint64_t bit_length() const;
  // The value if it fits in int64.
  std::optional<int64_t> to_int64() const;
  // The nearest double (ties to even); nullopt if it overflows.
  std::optional<double> to_double() const;
  int compare(const BigInt& other) const;

  BigInt operator-() const;
  BigInt operator+(const BigInt& o) const;
  BigInt operator-(const BigInt& o) const;
  BigInt operator*(const BigInt& o) const;
  // Floor division and modulo (Python semantics); the divisor must not be 0.
  void divmod(const BigInt& o, BigInt& q, BigInt& r) const;
  BigInt pow(uint64_t exponent) const;
  BigInt shl(uint64_t n) const;
  BigInt shr(uint64_t n) const;  // floor (arithmetic) shift
  BigInt bit_and(const BigInt& o) const;
  BigInt bit_or(const BigInt& o) const;
  BigInt bit_xor(const BigInt& o) const;
  BigInt invert() const { return -(*this) - BigInt(1); }
  // a / b correctly rounded; nullopt on overflow. b must not be 0.
  static std::optional<double> true_divide(const BigInt& a, const BigInt& b);
  // |x| mod 2**61 - 1 with Python's sign rule (hash of an int).
  int64_t python_hash() const;

 private:
  void trim();
  static int compare_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);
  static std::vector<uint32_t> add_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);
  static std::vector<uint32_t> sub_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);
  static void divmod_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b, std::vector<uint32_t>& q,
                         std::vector<uint32_t>& r);
  // Two's complement limbs, `n` words, for the bitwise operators.
  std::vector<uint32_t> twos(size_t n) const;
  static BigInt from_twos(const std::vector<uint32_t>& w);

  bool neg_ = false;
  std::vector<uint32_t> mag_;  // little-endian 32-bit limbs, no leading zeros
};

}  // namespace glasspy::compile
