// The float type's methods and attributes (object model): hex, fromhex, is_integer,
// as_integer_ratio, __round__ (correctly rounded, as CPython's dtoa-based round),
// __trunc__/__floor__/__ceil__, real/imag, with CPython 3.11's behaviour.
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "objects/classmethod_descriptor.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/number_support.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

namespace {

using numeric::BigInt;

// x.conjugate() and x.real of an exact float are x itself (a NaN keeps its identity).
Value float_self(VM&, Value self, CallArgs) { return self.is_double() ? self : Value::from_double(float_value(self)); }
Value float_self_getter(VM&, Value self) { return self.is_double() ? self : Value::from_double(float_value(self)); }
Value float_zero_getter(VM&, Value) { return Value::from_double(0.0); }

Value float_is_integer(VM&, Value self, CallArgs) {
  double x = float_value(self);
  return boolean(std::isfinite(x) && std::floor(x) == x);
}

Value float_trunc(VM& vm, Value self, CallArgs) { return int_from_double(vm, std::trunc(float_value(self))); }
Value float_floor(VM& vm, Value self, CallArgs) { return int_from_double(vm, std::floor(float_value(self))); }
Value float_ceil(VM& vm, Value self, CallArgs) { return int_from_double(vm, std::ceil(float_value(self))); }

Value float_getnewargs(VM&, Value self, CallArgs) {
  return Value::from_object(tuple_of({Value::from_double(float_value(self))}));
}

Value float_as_integer_ratio(VM& vm, Value self, CallArgs) {
  double x = float_value(self);
  if (std::isinf(x)) return vm.raise(&exc_OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(x)) return vm.raise(&exc_ValueError, "cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(x, &e);
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --e;
  }
  BigInt numerator;
  (void)numeric::from_double(m, &numerator);
  BigInt denominator(1);
  if (e > 0)
    numerator = numeric::shift_left(numerator, static_cast<uint64_t>(e));
  else
    denominator = numeric::shift_left(denominator, static_cast<uint64_t>(-e));
  Value n = make_int(std::move(numerator));
  Value d = make_int(std::move(denominator));
  TupleObject* t = tuple_alloc(2);
  t->items()[0] = n;
  t->items()[1] = d;
  return Value::from_object(t);
}

Value float_hex(VM&, Value self, CallArgs) {
  double x = float_value(self);
  if (std::isnan(x)) return Value::from_object(str_from_ascii("nan"));
  if (std::isinf(x)) return Value::from_object(str_from_ascii(x > 0 ? "inf" : "-inf"));
  if (x == 0) return Value::from_object(str_from_ascii(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0"));
  int e;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  const char* hex = "0123456789abcdef";
  std::string digits;
  digits += hex[static_cast<int>(m)];
  m -= static_cast<int>(m);
  digits += '.';
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
    m *= 16.0;
    digits += hex[static_cast<int>(m)];
    m -= static_cast<int>(m);
  }
  std::string out = x < 0 ? "-0x" : "0x";
  out += digits;
  out += 'p';
  out += e < 0 ? '-' : '+';
  out += std::to_string(e < 0 ? -e : e);
  return Value::from_object(str_from_ascii(out));
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

bool match_word(std::string_view s, size_t* pos, const char* word) {
  size_t n = std::char_traits<char>::length(word);
  if (s.size() - *pos < n) return false;
  for (size_t i = 0; i < n; ++i)
    if ((s[*pos + i] | 0x20) != word[i]) return false;
  *pos += n;
  return true;
}

// M * 2**E correctly rounded (half to even) to a double; false on overflow.
bool scale_to_double(const BigInt& m, int64_t e, double* out) {
  if (m.is_zero()) {
    *out = 0.0;
    return true;
  }
  int64_t length = static_cast<int64_t>(numeric::bit_length(m));
  int64_t top = length - 1 + e;  // the value is in [2**top, 2**(top+1))
  if (top > DBL_MAX_EXP) return false;
  if (top < DBL_MIN_EXP - DBL_MANT_DIG - 2) {
    *out = 0.0;
    return true;
  }
  // Bits kept: 53, fewer for subnormals.
  int64_t keep = top >= DBL_MIN_EXP - 1 ? DBL_MANT_DIG : DBL_MANT_DIG - ((DBL_MIN_EXP - 1) - top);
  if (keep < 0) {
    *out = 0.0;
    return true;
  }
  BigInt q = m;
  int64_t shift = length - keep;
  if (shift > 0) {
    q = numeric::shift_right(m, static_cast<uint64_t>(shift));
    BigInt rest = numeric::sub(m, numeric::shift_left(q, static_cast<uint64_t>(shift)));
    BigInt half = numeric::shift_left(BigInt(1), static_cast<uint64_t>(shift - 1));
    int c = numeric::compare(rest, half);
    if (c > 0 || (c == 0 && q.is_odd())) q = numeric::add(q, 1);
    e += shift;
  }
  double d;
  (void)numeric::to_double(q, &d);  // at most 54 bits: exact
  double r = std::ldexp(d, static_cast<int>(std::max<int64_t>(std::min<int64_t>(e, 4000), -4000)));
  if (std::isinf(r)) return false;
  *out = r;
  return true;
}

// float.fromhex(string): a classmethod, so `self` is the class.
Value float_fromhex(VM& vm, Value cls, CallArgs args) {
  Value arg = args.args[0];
  if (!is_str(arg)) return vm.raise(&exc_TypeError, "bad argument type for built-in operation");
  std::string_view s = str_utf8(as_str(arg));
  auto invalid = [&] { return vm.raise(&exc_ValueError, "invalid hexadecimal floating-point string"); };
  size_t pos = 0;
  while (pos < s.size() && is_ascii_space(s[pos])) ++pos;
  double result;
  size_t special = pos;
  bool special_negative = false;
  if (special < s.size() && (s[special] == '-' || s[special] == '+')) special_negative = s[special++] == '-';
  if (match_word(s, &special, "infinity") || match_word(s, &special, "inf")) {
    result = special_negative ? -HUGE_VAL : HUGE_VAL;
    pos = special;
  } else if (match_word(s, &special, "nan")) {
    result = std::nan("");
    pos = special;
  } else {
    bool negative = false;
    if (pos < s.size() && (s[pos] == '-' || s[pos] == '+')) negative = s[pos++] == '-';
    if (pos + 1 < s.size() && s[pos] == '0' && (s[pos + 1] | 0x20) == 'x') pos += 2;
    BigInt mantissa;
    int64_t ndigits = 0, fdigits = 0;
    std::string digits;
    while (pos < s.size() && hex_digit(s[pos]) >= 0) digits += s[pos++];
    if (pos < s.size() && s[pos] == '.') {
      ++pos;
      while (pos < s.size() && hex_digit(s[pos]) >= 0) {
        digits += s[pos++];
        ++fdigits;
      }
    }
    ndigits = static_cast<int64_t>(digits.size());
    if (ndigits == 0) return invalid();
    int64_t exponent = 0;
    if (pos < s.size() && (s[pos] | 0x20) == 'p') {
      ++pos;
      bool exp_negative = false;
      if (pos < s.size() && (s[pos] == '-' || s[pos] == '+')) exp_negative = s[pos++] == '-';
      if (pos >= s.size() || s[pos] < '0' || s[pos] > '9') return invalid();
      while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
        if (exponent < (int64_t{1} << 40)) exponent = exponent * 10 + (s[pos] - '0');
        ++pos;
      }
      if (exp_negative) exponent = -exponent;
    }
    size_t end = pos;
    while (end < s.size() && is_ascii_space(s[end])) ++end;
    if (end != s.size()) return invalid();
    numeric::Status st = numeric::parse_int(digits, 16, &mantissa, 0);
    if (!st.ok()) return invalid();
    if (!scale_to_double(mantissa, exponent - 4 * fdigits, &result))
      return vm.raise(&exc_OverflowError, "hexadecimal value too large to represent as a float");
    if (negative) result = -result;
  }
  while (pos < s.size() && is_ascii_space(s[pos])) ++pos;
  if (pos != s.size()) return invalid();
  Value v = Value::from_double(result);
  if (cls.is_object() && cls.as_object() != &float_type && is_subtype(type_of(cls), &type_type))
    return call1(vm, cls, v);
  return v;
}

// Adds one to a decimal digit string.
void increment_decimal(std::string& digits) {
  int i = static_cast<int>(digits.size()) - 1;
  while (i >= 0 && digits[i] == '9') digits[i--] = '0';
  if (i < 0)
    digits = "1" + digits;
  else
    ++digits[i];
}

// round(x, ndigits) for finite x, correctly rounded as CPython's dtoa-based double_round:
// false on overflow ("rounded value too large to represent").
bool round_double(double x, int64_t ndigits, double* out) {
  constexpr int kMaxDigits = static_cast<int>((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
  constexpr int kMinDigits = -static_cast<int>((DBL_MAX_EXP + 1) * 0.30103);
  if (ndigits > kMaxDigits) {
    *out = x;
    return true;
  }
  if (ndigits < kMinDigits) {
    *out = 0.0 * x;
    return true;
  }
  std::string text;
  if (ndigits >= 0) {
    // printf rounds the exact binary value half to even, as dtoa's mode 3 does.
    text.resize(static_cast<size_t>(ndigits) + 330);
    int n = std::snprintf(text.data(), text.size(), "%.*f", static_cast<int>(ndigits), x);
    text.resize(static_cast<size_t>(n));
  } else {
    int64_t k = -ndigits;
    if (std::fabs(x) < 1.0) {
      *out = 0.0 * x;
      return true;
    }
    // |x| >= 1 has at most 52 fraction bits, so 60 decimals are its exact expansion.
    std::string exact(400, '\0');
    int n = std::snprintf(exact.data(), exact.size(), "%.60f", std::fabs(x));
    exact.resize(static_cast<size_t>(n));
    size_t dot = exact.find('.');
    std::string integer = exact.substr(0, dot), fraction = exact.substr(dot + 1);
    std::string head;
    bool up = false;
    if (static_cast<int64_t>(integer.size()) >= k) {
      head = integer.substr(0, integer.size() - static_cast<size_t>(k));
      std::string tail = integer.substr(integer.size() - static_cast<size_t>(k)) + fraction;
      if (tail[0] > '5') {
        up = true;
      } else if (tail[0] == '5') {
        bool rest_nonzero = tail.find_first_not_of('0', 1) != std::string::npos;
        int last = head.empty() ? 0 : head.back() - '0';
        up = rest_nonzero || (last & 1);
      }
    }
    if (head.empty()) head.push_back('0');
    if (up) increment_decimal(head);
    text = (std::signbit(x) ? "-" : "") + head + "e" + std::to_string(k);
  }
  double r = std::strtod(text.c_str(), nullptr);
  if (std::isinf(r)) return false;
  *out = r;
  return true;
}

Value float_round(VM& vm, Value self, CallArgs args) {
  double x = float_value(self);
  if (args.nargs == 0 || is_none(args.args[0])) {
    double rounded = std::round(x);
    if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
    return int_from_double(vm, rounded);
  }
  Value nd = index(vm, args.args[0]);
  if (nd.is_null()) return nd;
  int64_t ndigits;
  if (!int_to_int64(nd, &ndigits)) ndigits = numeric::compare(int_to_bigint(nd), 0) < 0 ? INT64_MIN : INT64_MAX;
  decref(nd);
  if (!std::isfinite(x)) return Value::from_double(x);
  double r;
  if (!round_double(x, ndigits, &r)) return vm.raise(&exc_OverflowError, "rounded value too large to represent");
  return Value::from_double(r);
}

Value float_getformat(VM& vm, Value, CallArgs args) {
  Value t = args.args[0];
  if (!is_str(t))
    return vm.raise(&exc_TypeError, std::string("__getformat__() argument must be str, not ") + type_name(t));
  if (!str_equals_utf8(as_str(t), "double") && !str_equals_utf8(as_str(t), "float"))
    return vm.raise(&exc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  return Value::from_object(str_from_ascii("IEEE, little-endian"));
}

Value float_format_method(VM& vm, Value self, CallArgs args) { return float_format(vm, self, args.args[0]); }
Value float_divmod_method(VM& vm, Value self, CallArgs args) { return float_divmod(vm, self, args.args[0]); }
Value float_rdivmod_method(VM& vm, Value self, CallArgs args) { return float_divmod(vm, args.args[0], self); }

const MethodDef kFloatMethods[] = {
    {"conjugate", float_self, ArgShape::kNoArgs, 0, 0, "Return self, the complex conjugate of any float."},
    {"__trunc__", float_trunc, ArgShape::kNoArgs, 0, 0, "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_floor, ArgShape::kNoArgs, 0, 0, "Return the floor as an Integral."},
    {"__ceil__", float_ceil, ArgShape::kNoArgs, 0, 0, "Return the ceiling as an Integral."},
    {"__round__", float_round, ArgShape::kPositional, 0, 1, "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits)."},
    {"as_integer_ratio", float_as_integer_ratio, ArgShape::kNoArgs, 0, 0, "Return integer ratio."},
    {"hex", float_hex, ArgShape::kNoArgs, 0, 0, "Return a hexadecimal representation of a floating-point number."},
    {"is_integer", float_is_integer, ArgShape::kNoArgs, 0, 0, "Return True if the float is an integer."},
    {"__getnewargs__", float_getnewargs, ArgShape::kNoArgs, 0, 0, nullptr},
    {"__format__", float_format_method, ArgShape::kOneArg, 1, 1, "Formats the float according to format_spec."},
    {"__divmod__", float_divmod_method, ArgShape::kOneArg, 1, 1, "Return divmod(self, value)."},
    {"__rdivmod__", float_rdivmod_method, ArgShape::kOneArg, 1, 1, "Return divmod(value, self)."},
    {nullptr, nullptr},
};

// Class methods: float.fromhex on a subclass returns an instance of that subclass.
const MethodDef kFloatFromhexDef = {"fromhex", float_fromhex, ArgShape::kOneArg, 1, 1,
                                    "Create a floating-point number from a hexadecimal string."};
const MethodDef kFloatGetformatDef = {"__getformat__", float_getformat, ArgShape::kOneArg, 1, 1,
                                      "You probably don't want to use this function."};

const GetSetDef kFloatGetSets[] = {
    {"real", float_self_getter, nullptr, "the real part of a complex number"},
    {"imag", float_zero_getter, nullptr, "the imaginary part of a complex number"},
    {nullptr, nullptr},
};

}  // namespace

// round(x, ndigits) of a double for C++ callers (tests): see round_double.
bool float_round_digits(double x, int64_t ndigits, double* out) { return round_double(x, ndigits, out); }

void add_float_classmethods() {
  add_static_classmethod(&float_type, &kFloatFromhexDef);
  add_static_classmethod(&float_type, &kFloatGetformatDef);
}

void init_float_methods(TypeObject& t) {
  t.methods = kFloatMethods;
  t.getsets = kFloatGetSets;
}

}  // namespace glasspy::objects
