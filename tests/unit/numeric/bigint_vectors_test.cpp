// BigInt (engine/numeric) against CPython 3.11: every operation on the operands that
// tools/gen-bigint-vectors.py chose, results and error messages as python3 gave them.
#include <doctest/doctest.h>

#include <string>

#include "numeric/bigint.h"
#include "bigint_test_support.h"

namespace {

using namespace glasspy::numeric;
using namespace glasspy::numeric::testing;

struct BinaryCase {
  const char* op;
  const char* a;
  const char* b;
  const char* expect;
};
struct UnaryCase {
  const char* op;
  const char* a;
  const char* expect;
};
struct ParseCase {
  const char* text;
  size_t length;
  int base;
  int limit;
  const char* expect;
};
struct StrLimitCase {
  const char* a;
  int limit;
  const char* expect;
};
struct ToBytesCase {
  const char* a;
  size_t length;
  bool little;
  bool is_signed;
  const char* expect;
};
struct FromBytesCase {
  const char* data;
  bool little;
  bool is_signed;
  const char* expect;
};
struct PowModCase {
  const char* a;
  const char* e;
  const char* m;
  const char* expect;
};
struct FromDoubleCase {
  const char* x;
  const char* expect;
};
struct CompareDoubleCase {
  const char* a;
  const char* x;
  const char* expect;
};

#include "bigint_vectors.inc"

std::string short_text(const char* s) {
  std::string t(s);
  return t.size() > 80 ? t.substr(0, 77) + "..." : t;
}

std::string double_or_error(const Status& s, double d, const char* expect) {
  if (!s.ok()) return error_text(s);
  // Equal bits print as the expectation itself, so a mismatch shows both values.
  if (expect[0] != '!' && same_double(d, from_float_hex(expect))) return expect;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%a", d);
  return buf;
}

std::string run_binary(const BinaryCase& c) {
  BigInt a = from_hex(c.a), b = from_hex(c.b);
  std::string op = c.op;
  BigInt r, r2;
  Status s;
  if (op == "add") return to_hex(a + b);
  if (op == "sub") return to_hex(a - b);
  if (op == "mul") return to_hex(a * b);
  if (op == "and") return to_hex(a & b);
  if (op == "or") return to_hex(a | b);
  if (op == "xor") return to_hex(a ^ b);
  if (op == "compare") return std::to_string(compare(a, b));
  if (op == "gcd") return to_hex(gcd(a, b));
  if (op == "floordiv") {
    s = floordiv(a, b, &r);
  } else if (op == "mod") {
    s = mod(a, b, &r);
  } else if (op == "divmod") {
    s = divmod(a, b, &r, &r2);
    if (s.ok()) return to_hex(r) + ";" + to_hex(r2);
  } else if (op == "truediv") {
    double d = 0;
    s = true_divide(a, b, &d);
    return double_or_error(s, d, c.expect);
  } else if (op == "lshift") {
    s = shift_left(a, b, &r);
  } else if (op == "rshift") {
    s = shift_right(a, b, &r);
  } else if (op == "pow") {
    s = pow(a, b, &r);
  } else {
    return "unknown op";
  }
  return s.ok() ? to_hex(r) : error_text(s);
}

std::string run_unary(const UnaryCase& c) {
  BigInt a = from_hex(c.a);
  std::string op = c.op;
  if (op == "neg") return to_hex(-a);
  if (op == "invert") return to_hex(~a);
  if (op == "abs") return to_hex(absolute(a));
  if (op == "bit_length") return to_hex(BigInt::from_uint64(bit_length(a)));
  if (op == "bit_count") return to_hex(BigInt::from_uint64(bit_count(a)));
  if (op == "hash") return to_hex(BigInt(hash(a)));
  if (op == "bool_fits_int64") {
    int64_t v = 0;
    bool fits = a.to_int64(&v);
    if (fits && compare(a, v) != 0) return "wrong value";
    return fits ? "1" : "0";
  }
  if (op == "str") {
    std::string s;
    Status st = to_decimal_string(a, &s, 0);
    return st.ok() ? s : error_text(st);
  }
  if (op == "float") {
    double d = 0;
    Status st = to_double(a, &d);
    return double_or_error(st, d, c.expect);
  }
  if (op == "isqrt") {
    BigInt r;
    Status st = isqrt(a, &r);
    return st.ok() ? to_hex(r) : error_text(st);
  }
  std::string s;
  char f = op[0];
  append_digits(a, f == 'b' ? 2 : f == 'o' ? 8 : f == 'd' ? 10 : 16, f == 'X', &s);
  return s;
}

TEST_CASE("binary operations match CPython") {
  for (const BinaryCase& c : kBinaryCases) {
    std::string got = run_binary(c);
    CHECK_MESSAGE(got == c.expect, c.op, " ", short_text(c.a), " ", short_text(c.b), " -> ", short_text(got.c_str()),
                  " expected ", short_text(c.expect));
  }
}

TEST_CASE("unary operations match CPython") {
  for (const UnaryCase& c : kUnaryCases) {
    std::string got = run_unary(c);
    CHECK_MESSAGE(got == c.expect, c.op, " ", short_text(c.a), " -> ", short_text(got.c_str()), " expected ",
                  short_text(c.expect));
  }
}

TEST_CASE("int(text, base) matches CPython, errors and digit limit included") {
  for (const ParseCase& c : kParseCases) {
    BigInt r;
    Status s = parse_int(std::string_view(c.text, c.length), c.base, &r, c.limit);
    std::string got = s.ok() ? to_hex(r) : error_text(s);
    CHECK_MESSAGE(got == c.expect, "int(", short_text(c.text), ", ", c.base, ") limit ", c.limit, " -> ",
                  short_text(got.c_str()), " expected ", short_text(c.expect));
  }
}

TEST_CASE("str(int) respects the digit limit as CPython does") {
  for (const StrLimitCase& c : kStrLimitCases) {
    std::string got;
    Status s = to_decimal_string(from_hex(c.a), &got, c.limit);
    if (!s.ok()) got = error_text(s);
    CHECK_MESSAGE(got == c.expect, short_text(c.a), " limit ", c.limit, " -> ", short_text(got.c_str()));
  }
}

TEST_CASE("to_bytes and from_bytes match CPython") {
  static const char* kHex = "0123456789abcdef";
  for (const ToBytesCase& c : kToBytesCases) {
    std::string bytes;
    Status s = to_bytes(from_hex(c.a), c.length, c.little, c.is_signed, &bytes);
    std::string got;
    if (!s.ok()) {
      got = error_text(s);
    } else {
      for (unsigned char b : bytes) {
        got.push_back(kHex[b >> 4]);
        got.push_back(kHex[b & 15]);
      }
    }
    CHECK_MESSAGE(got == c.expect, short_text(c.a), ".to_bytes(", c.length, ", little=", c.little,
                  ", signed=", c.is_signed, ") -> ", got);
  }
  for (const FromBytesCase& c : kFromBytesCases) {
    std::string data;
    for (size_t i = 0; c.data[i]; i += 2) {
      data.push_back(static_cast<char>(std::stoi(std::string(c.data + i, 2), nullptr, 16)));
    }
    std::string got = to_hex(from_bytes(data, c.little, c.is_signed));
    CHECK_MESSAGE(got == c.expect, "from_bytes ", short_text(c.data), " -> ", got);
  }
}

TEST_CASE("three-argument pow matches CPython") {
  for (const PowModCase& c : kPowModCases) {
    BigInt r;
    Status s = pow_mod(from_hex(c.a), from_hex(c.e), from_hex(c.m), &r);
    std::string got = s.ok() ? to_hex(r) : error_text(s);
    CHECK_MESSAGE(got == c.expect, "pow(", short_text(c.a), ", ", short_text(c.e), ", ", short_text(c.m),
                  ") -> ", short_text(got.c_str()));
  }
}

TEST_CASE("int(float) and int/float comparisons match CPython") {
  for (const FromDoubleCase& c : kFromDoubleCases) {
    BigInt r;
    Status s = from_double(from_float_hex(c.x), &r);
    std::string got = s.ok() ? to_hex(r) : error_text(s);
    CHECK_MESSAGE(got == c.expect, "int(", c.x, ") -> ", got);
  }
  for (const CompareDoubleCase& c : kCompareDoubleCases) {
    std::string got = std::to_string(compare_double(from_hex(c.a), from_float_hex(c.x)));
    CHECK_MESSAGE(got == c.expect, short_text(c.a), " vs ", std::string(c.x), " -> ", got);
  }
}

}  // namespace
