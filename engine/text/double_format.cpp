// Formatting doubles (text utilities): CPython's PyOS_double_to_string for the 'e', 'f',
// 'g' and 'r' codes and the float presentation types. The digits come from snprintf
// ("%.*e" / "%.*f"), which is correctly rounded (half-even on the exact binary value) in
// glibc and in Emscripten's musl: both builds were checked against CPython on 38,000 hard
// cases (halfway values, subnormals, precisions 0..30), so native and wasm print the same.
// The layout of those digits (exponent choice, padding zeros, '#', ".0") is CPython's.
#include "text/double_format.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "text/float_repr.h"

namespace glasspy::text {

namespace {

// Significant digits of |x| (x finite, nonzero) rounded to n of them (dtoa mode 2):
// trailing zeros removed; x ~= 0.DIGITS * 10**decpt.
void digits_significant(double x, int n, std::string* digits, int* decpt) {
  std::string buf(static_cast<size_t>(n) + 32, '\0');
  int len = std::snprintf(buf.data(), buf.size(), "%.*e", n - 1, std::fabs(x));
  buf.resize(static_cast<size_t>(len));
  digits->clear();
  size_t e = buf.find('e');
  for (size_t i = 0; i < e; ++i)
    if (buf[i] != '.') *digits += buf[i];
  *decpt = std::atoi(buf.c_str() + e + 1) + 1;
  while (digits->size() > 1 && digits->back() == '0') digits->pop_back();
}

// Digits of |x| rounded to n places after the point (dtoa mode 3): no leading or
// trailing zeros (empty when it rounds to zero).
void digits_fixed(double x, int n, std::string* digits, int* decpt) {
  std::string buf(static_cast<size_t>(n) + 330, '\0');
  int len = std::snprintf(buf.data(), buf.size(), "%.*f", n, std::fabs(x));
  buf.resize(static_cast<size_t>(len));
  size_t dot = buf.find('.');
  std::string all = dot == std::string::npos ? buf : buf.substr(0, dot) + buf.substr(dot + 1);
  int point = static_cast<int>(dot == std::string::npos ? buf.size() : dot);
  size_t first = all.find_first_not_of('0');
  if (first == std::string::npos) {
    digits->clear();
    *decpt = -n;
    return;
  }
  size_t last = all.find_last_not_of('0');
  *digits = all.substr(first, last - first + 1);
  *decpt = point - static_cast<int>(first);
}

}  // namespace

std::string format_double(double x, char code, int precision, bool alternate, bool add_dot_0, bool no_neg_zero,
                          bool* negative) {
  if (std::isnan(x)) {
    *negative = false;
    return "nan";
  }
  *negative = std::signbit(x);
  if (std::isinf(x)) return "inf";
  if (code == 'e') ++precision;  // significant digits
  if (code == 'g' && precision == 0) precision = 1;
  std::string digits;
  int decpt;
  if (x == 0) {
    digits = "0";
    decpt = 1;
  } else if (code == 'r') {
    shortest_digits(std::fabs(x), digits, decpt);
  } else if (code == 'f') {
    digits_fixed(x, precision, &digits, &decpt);
  } else {
    digits_significant(x, precision, &digits, &decpt);
  }
  if (no_neg_zero && *negative && (digits.empty() || digits == "0")) *negative = false;

  int digits_len = static_cast<int>(digits.size());
  int vend = digits_len;
  bool use_exp = false;
  switch (code) {
    case 'e': use_exp = true; vend = precision; break;
    case 'f': vend = decpt + precision; break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (alternate) vend = precision;
      break;
    default:  // 'r'
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  int exponent = 0;
  if (use_exp) {
    exponent = decpt - 1;
    decpt = 1;
  }
  int vstart = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0)
    vend = vend > decpt ? vend : decpt + 1;
  else
    vend = vend > decpt ? vend : decpt;

  std::string out;
  out.reserve(static_cast<size_t>(vend - vstart) + 8);
  if (decpt <= 0) {
    out.append(static_cast<size_t>(decpt - vstart), '0');
    out += '.';
    out.append(static_cast<size_t>(-decpt), '0');
  } else {
    out.append(static_cast<size_t>(-vstart), '0');
  }
  if (decpt > 0 && decpt <= digits_len) {
    out.append(digits, 0, static_cast<size_t>(decpt));
    out += '.';
    out.append(digits, static_cast<size_t>(decpt), std::string::npos);
  } else {
    out += digits;
  }
  if (digits_len < decpt) {
    out.append(static_cast<size_t>(decpt - digits_len), '0');
    out += '.';
    out.append(static_cast<size_t>(vend - decpt), '0');
  } else {
    out.append(static_cast<size_t>(vend - digits_len), '0');
  }
  if (out.back() == '.' && !alternate) out.pop_back();
  if (use_exp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "e%+.02d", exponent);
    out += buf;
  }
  return out;
}

bool format_double_spec(double value, const FormatSpec& spec, std::string* out, std::string* error) {
  if (spec.precision > 0x7fffffff) {
    *error = "precision too big";
    return false;
  }
  int precision = static_cast<int>(spec.precision);
  int default_precision = 6;
  char code = static_cast<char>(spec.type);
  bool add_dot_0 = false;
  if (code == 0) {
    add_dot_0 = true;
    code = 'r';
    default_precision = 0;
  }
  if (code == 'n') code = 'g';
  bool percent = false;
  if (code == '%') {
    code = 'f';
    value *= 100;
    percent = true;
  }
  if (precision < 0)
    precision = default_precision;
  else if (code == 'r')
    code = 'g';
  bool upper = code == 'E' || code == 'F' || code == 'G';
  char lower = upper ? static_cast<char>(code + ('a' - 'A')) : code;
  bool negative;
  std::string body = format_double(value, lower, precision, spec.alternate, add_dot_0, spec.no_neg_zero, &negative);
  if (upper)
    for (char& c : body)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - ('a' - 'A'));
  if (percent) body += '%';
  size_t digits_end = 0;
  while (digits_end < body.size() && body[digits_end] >= '0' && body[digits_end] <= '9') ++digits_end;
  char separator = spec.type == 'n' ? 0 : spec.grouping;
  append_number(*out, spec, negative, "", std::string_view(body).substr(0, digits_end),
                      std::string_view(body).substr(digits_end), separator);
  return true;
}

bool is_float_format_type(char32_t type) {
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return true;
    default:
      return false;
  }
}

}  // namespace glasspy::text
