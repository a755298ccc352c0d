// Helpers shared by the BigInt unit tests (tests/unit/numeric): hex in and out, float.hex
// parsing, a deterministic random source, and statuses written as "!Name: message".
#pragma once
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include "numeric/bigint.h"

namespace glasspy::numeric::testing {

inline BigInt from_hex(const char* hex) {
  BigInt r;
  Status s = parse_int(hex, 16, &r, 0);
  if (!s.ok()) std::abort();
  return r;
}

inline std::string to_hex(const BigInt& a) {
  std::string s = a.is_negative() ? "-" : "";
  append_digits(a, 16, false, &s);
  return s;
}

inline const char* kind_name(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kNone: return "None";
    case ErrorKind::kValueError: return "ValueError";
    case ErrorKind::kOverflowError: return "OverflowError";
    case ErrorKind::kZeroDivisionError: return "ZeroDivisionError";
    case ErrorKind::kMemoryError: return "MemoryError";
  }
  return "?";
}

// "!ValueError: message", the form the generated vectors use.
inline std::string error_text(const Status& s) { return std::string("!") + kind_name(s.kind()) + ": " + s.message(); }

// Parses float.hex() output ("0x1.8p+3", "-0x0.0p+0", "inf", "nan").
inline double from_float_hex(const char* text) { return std::strtod(text, nullptr); }

inline bool same_double(double a, double b) {
  if (a != a && b != b) return true;
  uint64_t x, y;
  std::memcpy(&x, &a, 8);
  std::memcpy(&y, &b, 8);
  return x == y;
}

// xorshift64*: deterministic operands for property checks.
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed ? seed : 1) {}
  uint64_t next() {
    state_ ^= state_ >> 12;
    state_ ^= state_ << 25;
    state_ ^= state_ >> 27;
    return state_ * 0x2545F4914F6CDD1DULL;
  }
  uint64_t below(uint64_t n) { return next() % n; }
  // A value of exactly `limbs` limbs (top limb nonzero), random sign; some have
  // all-ones or zero limbs to stress carries.
  BigInt big(uint32_t limbs, bool allow_negative = true) {
    BigInt r;
    if (limbs == 0) return r;
    Limb* d = r.resize_for_write(limbs);
    int style = static_cast<int>(below(8));
    for (uint32_t i = 0; i < limbs; ++i) {
      uint64_t v = next();
      if (style == 0) v = ~uint64_t{0};
      if (style == 1 && (v & 3) == 0) v = 0;
      if (style == 2 && (v & 1)) v = ~uint64_t{0};
      d[i] = v;
    }
    if (d[limbs - 1] == 0) d[limbs - 1] = 1;
    r.normalize(limbs, allow_negative && (next() & 1));
    return r;
  }

 private:
  uint64_t state_;
};

}  // namespace glasspy::numeric::testing
