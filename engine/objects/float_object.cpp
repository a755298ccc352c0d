// The float type (object model): repr, hash, comparison (exact against ints), float()
// and the type's definition. Operators: float_arith.cpp; methods: float_methods.cpp;
// __format__: float_format.cpp. Init function for builtin_types.cpp: init_float_type().
#include "objects/float_object.h"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/bytes_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/number_support.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "text/float_repr.h"
#include "unicode/char_props.h"
#include "vm/vm.h"

namespace glasspy::objects {

// A fresh NaN identity (see Value::from_double): per thread, never 0.
uint64_t Value::next_nan_identity() {
  static thread_local uint64_t serial = 0;
  serial = (serial + 1) & ((uint64_t{1} << 48) - 1);
  if (serial == 0) serial = 1;
  return serial;
}


TypeObject float_type;

int64_t hash_double(double v) {
  // CPython's _Py_HashDouble: the value modulo the prime 2**61 - 1, so that equal ints,
  // floats and Fractions hash alike.
  constexpr int kBits = 61;
  constexpr uint64_t kModulus = (uint64_t{1} << kBits) - 1;
  if (std::isinf(v)) return v > 0 ? 314159 : -314159;
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m != 0) {
    x = ((x << 28) & kModulus) | x >> (kBits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  x = ((x << e) & kModulus) | x >> (kBits - e);
  x = x * static_cast<uint64_t>(static_cast<int64_t>(sign));
  if (x == static_cast<uint64_t>(-1)) x = static_cast<uint64_t>(-2);
  return static_cast<int64_t>(x);
}

namespace {

void float_dealloc(Object* self) { free_object(self); }

Value float_repr(VM&, Value self) { return Value::from_object(str_from_ascii(text::float_repr(float_value(self)))); }

bool float_hash(VM&, Value self, int64_t* out) {
  double v = float_value(self);
  if (v != v) {
    // NaN hashes by identity, as CPython 3.10+.
    uint64_t y = self.identity_bits();
    y = (y >> 4) | (y << 60);
    *out = static_cast<int64_t>(y) == -1 ? -2 : static_cast<int64_t>(y);
    return true;
  }
  if (v == static_cast<double>(static_cast<int64_t>(v)) && std::fabs(v) < 1e15) {
    int64_t i = static_cast<int64_t>(v);
    *out = i == -1 ? -2 : i;
    return true;
  }
  *out = hash_double(v);
  return true;
}

Value float_richcompare(VM&, Value a, Value b, CompareOp op) {
  if (!is_float(a)) return not_implemented();
  double x = float_value(a);
  int c;  // x <=> b; 2: unordered (NaN)
  if (is_float(b)) {
    double y = float_value(b);
    c = (x != x || y != y) ? 2 : x < y ? -1 : x > y ? 1 : 0;
  } else if (is_int(b)) {
    c = compare_int_double(b, x);
    if (c != 2) c = -c;
  } else {
    return not_implemented();
  }
  bool r = false;
  switch (op) {
    case CompareOp::kLt: r = c == -1; break;
    case CompareOp::kLe: r = c == -1 || c == 0; break;
    case CompareOp::kEq: r = c == 0; break;
    case CompareOp::kNe: r = c != 0; break;
    case CompareOp::kGt: r = c == 1; break;
    case CompareOp::kGe: r = c == 1 || c == 0; break;
  }
  return boolean(r);
}

int float_truthy(VM&, Value self) { return float_value(self) != 0.0; }

// --- float(str) ---

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

// Parses CPython's float literal grammar (after whitespace stripping): sign, then inf,
// infinity, nan, or digits[.digits][e[sign]digits] with underscores between digits.
bool parse_float_ascii(std::string_view s, double* out) {
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
  std::string clean;
  if (!remove_number_underscores(s, &clean)) return false;
  return !clean.empty() && parse_float_prefix(clean, out) == clean.size();
}

}  // namespace

bool remove_number_underscores(std::string_view s, std::string* out) {
  out->clear();
  out->reserve(s.size());
  char prev = 0;
  for (char c : s) {
    bool digit = c >= '0' && c <= '9';
    if (c == '_') {
      if (!(prev >= '0' && prev <= '9')) return false;
    } else {
      if (prev == '_' && !digit) return false;
      *out += c;
    }
    prev = c;
  }
  return prev != '_';
}

size_t parse_float_prefix(std::string_view s, double* out) {
  size_t i = 0, n = s.size();
  bool negative = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  auto word = [&](const char* w) {
    size_t len = std::strlen(w);
    if (n - i < len) return false;
    for (size_t k = 0; k < len; ++k)
      if ((s[i + k] | 0x20) != w[k]) return false;
    i += len;
    return true;
  };
  if (word("infinity") || word("inf")) {
    *out = negative ? -HUGE_VAL : HUGE_VAL;
    return i;
  }
  if (word("nan")) {
    *out = negative ? -std::nan("") : std::nan("");
    return i;
  }
  size_t start = i, digits = 0;
  while (i < n && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  if (i < n && s[i] == '.') {
    ++i;
    while (i < n && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  }
  if (digits == 0) return 0;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    size_t j = i + 1;
    if (j < n && (s[j] == '+' || s[j] == '-')) ++j;
    if (j < n && s[j] >= '0' && s[j] <= '9') {
      while (j < n && s[j] >= '0' && s[j] <= '9') ++j;
      i = j;
    }
  }
  // strtod is correctly rounded in glibc and in musl (Emscripten), checked against
  // CPython on 20,000 random literals; the text is validated by now.
  std::string text(s.substr(start, i - start));
  double v = std::strtod(text.c_str(), nullptr);
  *out = negative ? -v : v;
  return i;
}

namespace {

Value float_from_text(VM& vm, Value text) {
  std::string ascii;
  std::string_view view;
  if (is_str(text)) {
    StrObject* s = as_str(text);
    if (s->ascii) {
      view = str_utf8(s);
    } else {
      for (int64_t i = 0; i < s->length; ++i) {
        char32_t c = s->at(i);
        if (c < 0x80) {
          ascii += static_cast<char>(c);
        } else if (unicode::is_space(c)) {
          ascii += ' ';
        } else {
          int d = unicode::decimal_value(c);
          ascii += d >= 0 ? static_cast<char>('0' + d) : '?';
        }
      }
      view = ascii;
    }
  } else {
    (void)bytes_like_view(text, &view);
  }
  double d;
  if (view.find('\0') == std::string_view::npos && parse_float_ascii(view, &d)) return Value::from_double(d);
  std::string shown;
  if (!repr_utf8(vm, text, &shown)) return Value();
  return vm.raise(&exc_ValueError, "could not convert string to float: " + shown);
}

}  // namespace

bool to_double(VM& vm, Value x, double* out) {
  if (is_float(x)) {
    *out = float_value(x);
    return true;
  }
  if (is_int(x)) return int_to_double(vm, x, out);
  TypeObject* t = type_of(x);
  if (t->to_float != nullptr) {
    Value r = t->to_float(vm, x);
    if (r.is_null()) return false;
    if (!is_float(r)) {
      std::string message = std::string(t->name) + ".__float__ returned non-float (type " + type_name(r) + ")";
      decref(r);
      vm.raise(&exc_TypeError, message);
      return false;
    }
    *out = float_value(r);
    decref(r);
    return true;
  }
  if (t->index != nullptr) {
    Value i = index(vm, x);
    if (i.is_null()) return false;
    bool ok = int_to_double(vm, i, out);
    decref(i);
    return ok;
  }
  vm.raise(&exc_TypeError, std::string("must be real number, not ") + type_name(x));
  return false;
}

Value float_from_object(VM& vm, Value x) {
  if (x.is_double()) return x;
  std::string_view bytes;
  if (is_str(x) || bytes_like_view(x, &bytes)) return float_from_text(vm, x);
  TypeObject* t = type_of(x);
  if (t->to_float == nullptr && t->index == nullptr && !is_float(x)) {
    return vm.raise(&exc_TypeError,
                    std::string("float() argument must be a string or a real number, not '") + type_name(x) + "'");
  }
  if (t->to_float != nullptr && !x.is_small_int()) {
    // float(x) calls __float__ even on float subclasses (PyNumber_Float), and gives an
    // exact float for a float subclass result.
    Value r = t->to_float(vm, x);
    if (r.is_null() || r.is_double()) return r;
    if (!is_float(r)) {
      std::string message = std::string(t->name) + ".__float__ returned non-float (type " + type_name(r) + ")";
      decref(r);
      return vm.raise(&exc_TypeError, message);
    }
    double value = float_value(r);
    decref(r);
    return Value::from_double(value);
  }
  double d;
  if (!to_double(vm, x, &d)) return Value();
  return Value::from_double(d);
}

Value float_new(VM& vm, TypeObject* type, CallArgs args) {
  if (args.nkw() != 0 && type == &float_type) return vm.raise(&exc_TypeError, "float() takes no keyword arguments");
  if (args.nargs > 1)
    return vm.raise(&exc_TypeError, "float expected at most 1 argument, got " + std::to_string(args.nargs));
  Value result = args.nargs == 0 ? Value::from_double(0.0) : float_from_object(vm, args.args[0]);
  if (result.is_null() || type == &float_type) return result;
  FloatObject* o = alloc<FloatObject>(type, type->basic_size);
  o->value = float_value(result);
  decref(result);
  if (has_flag(type, kTypeGc)) gc::track(o);
  return Value::from_object(o);
}

void init_float_type() {
  TypeObject& t = float_type;
  t.name = "float";
  t.type_flags = kTypeBaseType | kTypeImmutable;
  t.basic_size = sizeof(FloatObject);
  t.doc = "Convert a string or number to a floating point number, if possible.";
  t.dealloc = float_dealloc;
  t.repr = float_repr;
  t.hash = float_hash;
  t.richcompare = float_richcompare;
  t.truthy = float_truthy;
  t.new_instance = float_new;
  init_float_arith(t);
  init_float_methods(t);
}

}  // namespace glasspy::objects
