// Python's repr() of floats and complex numbers (text utilities). The digits come from
// printf's correctly rounded "%.*e" at increasing precision, checked by reading them back
// with strtod; both libcs (glibc natively, musl in Emscripten) round exactly, so the two
// builds agree. The layout follows CPython's format_float_short for the 'r' code.
#include "text/float_repr.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace glasspy::text {
namespace {

constexpr int kMaxDigits = 17;  // enough for any double to round-trip

// Reads "d.ddde+XX" (printf's %e output) into digits and a decimal point position.
void split_exponent_form(const char* text, std::string& digits, int& decimal_point) {
  digits.clear();
  const char* p = text;
  for (; *p != 'e'; ++p)
    if (*p != '.') digits += *p;
  decimal_point = std::atoi(p + 1) + 1;
}

double read_back(const std::string& digits, int decimal_point) {
  std::string text = "0.";
  text.append(digits).append("e").append(std::to_string(decimal_point));
  return std::strtod(text.c_str(), nullptr);
}

// Adds `delta` (+1 or -1) to the last digit, carrying; returns false if the result would
// not have the same number of significant digits (then it is not a candidate).
bool step_last_digit(std::string& digits, int& decimal_point, int delta) {
  int i = static_cast<int>(digits.size()) - 1;
  if (delta > 0) {
    while (i >= 0 && digits[i] == '9') digits[i--] = '0';
    if (i < 0) {
      digits.insert(digits.begin(), '1');
      digits.pop_back();
      ++decimal_point;
      return true;
    }
    ++digits[i];
    return true;
  }
  while (i >= 0 && digits[i] == '0') digits[i--] = '9';
  if (i < 0) return false;
  --digits[i];
  if (digits[0] == '0') return false;  // 1000 - 1 = 0999: a digit shorter, tried earlier
  return true;
}

void strip_trailing_zeros(std::string& digits) {
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
}

// CPython's layout for repr: fixed notation when -4 < exponent <= 16, else exponent form
// with at least two exponent digits. `add_dot_0` appends ".0" to integral fixed forms.
std::string layout(const std::string& digits, int decimal_point, bool add_dot_0) {
  std::string out;
  int ndigits = static_cast<int>(digits.size());
  if (decimal_point > -4 && decimal_point <= 16) {
    if (decimal_point <= 0) {
      out = "0.";
      out.append(static_cast<size_t>(-decimal_point), '0');
      out += digits;
    } else if (decimal_point >= ndigits) {
      out = digits;
      out.append(static_cast<size_t>(decimal_point - ndigits), '0');
      if (add_dot_0) out += ".0";
    } else {
      out.assign(digits, 0, static_cast<size_t>(decimal_point));
      out += '.';
      out.append(digits, static_cast<size_t>(decimal_point));
    }
    return out;
  }
  out = digits.substr(0, 1);
  if (ndigits > 1) {
    out += '.';
    out.append(digits, 1);
  }
  int exponent = decimal_point - 1;
  out += exponent < 0 ? "e-" : "e+";
  int magnitude = exponent < 0 ? -exponent : exponent;
  if (magnitude < 10) out += '0';
  out += std::to_string(magnitude);
  return out;
}

std::string repr(double x, bool add_dot_0) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  std::string out = std::signbit(x) ? "-" : "";
  x = std::fabs(x);
  if (x == 0) return out.append(add_dot_0 ? "0.0" : "0");
  std::string digits;
  int decimal_point = 0;
  shortest_digits(x, digits, decimal_point);
  return out.append(layout(digits, decimal_point, add_dot_0));
}

}  // namespace

void shortest_digits(double x, std::string& digits, int& decimal_point) {
  char buf[64];
  for (int precision = 1; precision <= kMaxDigits; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*e", precision - 1, x);
    split_exponent_form(buf, digits, decimal_point);
    if (read_back(digits, decimal_point) == x) {
      strip_trailing_zeros(digits);
      return;
    }
    // Where the gap below x is narrower than the gap above (x a power of two), the
    // nearest p-digit decimal may miss while its neighbour reads back: that one is then
    // the shortest, as in CPython.
    for (int delta : {1, -1}) {
      std::string other = digits;
      int other_point = decimal_point;
      if (step_last_digit(other, other_point, delta) && read_back(other, other_point) == x) {
        digits = other;
        decimal_point = other_point;
        strip_trailing_zeros(digits);
        return;
      }
    }
  }
  strip_trailing_zeros(digits);  // unreachable: 17 digits always read back
}

std::string float_repr(double x) { return repr(x, true); }

std::string complex_repr(double real, double imag) {
  if (real == 0 && !std::signbit(real)) return repr(imag, false).append("j");
  std::string imag_text = repr(imag, false);
  std::string out = "(";
  out.append(repr(real, false));
  if (imag_text[0] != '-') out += '+';
  return out.append(imag_text).append("j)");
}

}  // namespace glasspy::text
