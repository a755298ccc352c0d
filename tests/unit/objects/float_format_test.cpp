// Unit tests for the format mini-language and float formatting (text/format_spec.h,
// text/double_format.h) against CPython 3.11's format(float, spec) results.
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

#include "text/double_format.h"
#include "text/format_spec.h"

namespace {

struct FormatCase {
  const char* value_hex;
  const char* spec;
  const char* expected;
  bool is_error;
};

const FormatCase kCases[] = {
#include "float_format_vectors.inc"
};

// format(value, spec) as float.__format__ does it, errors as their message.
std::string format_float(double value, const std::string& spec, bool* is_error) {
  using namespace glasspy::text;
  FormatSpec parsed;
  std::string error, out;
  *is_error = true;
  if (!parse_format_spec(spec, "float", 0, '>', &parsed, &error)) return error;
  if (!is_float_format_type(parsed.type)) return unknown_format_code_message(parsed.type, "float");
  if (!format_double_spec(value, parsed, &out, &error)) return error;
  *is_error = false;
  return out;
}

}  // namespace

TEST_CASE("format(float, spec) matches CPython 3.11") {
  int failures = 0;
  for (const FormatCase& c : kCases) {
    double value = std::strtod(c.value_hex, nullptr);
    bool is_error;
    std::string got = format_float(value, c.spec, &is_error);
    if (got != c.expected || is_error != c.is_error) {
      if (++failures <= 20) {
        INFO("value " << std::string(c.value_hex) << " spec '" << std::string(c.spec) << "'");
        CHECK(got == std::string(c.expected));
        CHECK(is_error == c.is_error);
      }
    }
  }
  CHECK(failures == 0);
}

TEST_CASE("grouping pads with zeros inside the groups as CPython") {
  std::string out;
  glasspy::text::append_grouped(out, "12345", ',', 3, 8);
  CHECK(out == "0,012,345");
  out.clear();
  glasspy::text::append_grouped(out, "1", ',', 3, 4);
  CHECK(out == "0,001");
  out.clear();
  glasspy::text::append_grouped(out, "1234567", '_', 4, 0);
  CHECK(out == "123_4567");
}

TEST_CASE("format_string: str's rules") {
  using namespace glasspy::text;
  FormatSpec spec;
  std::string error, out;
  REQUIRE(parse_format_spec("^7.2", "str", 's', '<', &spec, &error));
  REQUIRE(format_string("abc", 3, spec, &out, &error));
  CHECK(out == "  ab   ");
  REQUIRE(parse_format_spec("05", "str", 's', '<', &spec, &error));
  out.clear();
  REQUIRE(format_string("s", 1, spec, &out, &error));
  CHECK(out == "s0000");
  REQUIRE(parse_format_spec("+", "str", 's', '<', &spec, &error));
  CHECK_FALSE(format_string("s", 1, spec, &out, &error));
  CHECK(error == "Sign not allowed in string format specifier");
  REQUIRE(parse_format_spec("\xc3\xa9^5", "str", 's', '<', &spec, &error));
  out.clear();
  REQUIRE(format_string("\xe2\x82\xac", 1, spec, &out, &error));
  CHECK(out == "\xc3\xa9\xc3\xa9\xe2\x82\xac\xc3\xa9\xc3\xa9");
}
