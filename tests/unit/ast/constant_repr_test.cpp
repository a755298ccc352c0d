// Unit tests for the repr() of AST constants (ast/ast_dump's constant_repr, text/float_repr,
// text/py_repr), against CPython 3.11's repr() of the same values (gen-constant-cases.py).
#include <doctest/doctest.h>

#include <cstring>
#include <string>

#include "ast/ast_dump.h"
#include "text/float_repr.h"

namespace {

using glasspy::ast::ConstantValue;

double from_bits(unsigned long long bits) {
  double x;
  std::memcpy(&x, &bits, sizeof x);
  return x;
}

struct NumberCase {
  unsigned long long bits;
  const char* expected;
  bool imaginary;
};

struct TextCase {
  std::string_view value;
  const char* expected;
  bool bytes;
};

#define GP_FLOAT_CASE(bits, expected) {bits, expected, false},
#define GP_IMAG_CASE(bits, expected) {bits, expected, true},
#define GP_STR_CASE(value, expected)
#define GP_BYTES_CASE(value, expected)
const NumberCase kNumberCases[] = {
#include "constant_cases.inc"
};
#undef GP_FLOAT_CASE
#undef GP_IMAG_CASE
#undef GP_STR_CASE
#undef GP_BYTES_CASE

#define GP_FLOAT_CASE(bits, expected)
#define GP_IMAG_CASE(bits, expected)
#define GP_STR_CASE(value, expected) {std::string_view(value, sizeof(value) - 1), expected, false},
#define GP_BYTES_CASE(value, expected) {std::string_view(value, sizeof(value) - 1), expected, true},
const TextCase kTextCases[] = {
#include "constant_cases.inc"
};
#undef GP_FLOAT_CASE
#undef GP_IMAG_CASE
#undef GP_STR_CASE
#undef GP_BYTES_CASE

}  // namespace

TEST_CASE("float and imaginary constants print as CPython's repr") {
  for (const NumberCase& c : kNumberCases) {
    ConstantValue value;
    value.kind = c.imaginary ? ConstantValue::Kind::kComplex : ConstantValue::Kind::kFloat;
    value.number = from_bits(c.bits);
    CAPTURE(c.bits);
    CHECK(glasspy::ast::constant_repr(value) == c.expected);
  }
}

TEST_CASE("str and bytes constants print as CPython's repr") {
  for (const TextCase& c : kTextCases) {
    ConstantValue value;
    value.kind = c.bytes ? ConstantValue::Kind::kBytes : ConstantValue::Kind::kStr;
    value.text = c.value;
    CHECK(glasspy::ast::constant_repr(value) == c.expected);
  }
}

TEST_CASE("complex repr with a real part") {
  CHECK(glasspy::text::complex_repr(1.0, 2.0) == "(1+2j)");
  CHECK(glasspy::text::complex_repr(-0.0, -1.5) == "(-0-1.5j)");
  CHECK(glasspy::text::complex_repr(0.0, -0.0) == "-0j");
}
