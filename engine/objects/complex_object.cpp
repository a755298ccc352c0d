// The complex type (object model): values, repr, hash, ==, operators (CPython's Smith
// division and integer-power algorithms), complex(), methods and __format__.
// Init function for builtin_types.cpp: init_complex_type().
#include "objects/complex_object.h"

#include <cmath>
#include <string>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/memory_limit.h"
#include "objects/number_support.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "text/double_format.h"
#include "text/float_repr.h"
#include "text/format_spec.h"
#include "unicode/char_props.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject complex_type;

namespace {

struct Complex {
  double real, imag;
};

Complex value_of(Value v) {
  const ComplexObject* c = static_cast<const ComplexObject*>(v.as_object());
  return {c->real, c->imag};
}

Value make_complex_of(TypeObject* type, double real, double imag) {
  ComplexObject* c = alloc<ComplexObject>(type, type == &complex_type ? sizeof(ComplexObject) : type->basic_size);
  c->real = real;
  c->imag = imag;
  if (type != &complex_type && has_flag(type, kTypeGc)) gc::track(c);
  return Value::from_object(c);
}

Complex c_sum(Complex a, Complex b) { return {a.real + b.real, a.imag + b.imag}; }
Complex c_diff(Complex a, Complex b) { return {a.real - b.real, a.imag - b.imag}; }
Complex c_prod(Complex a, Complex b) {
  return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

// a / b by Smith's method, as CPython's _Py_c_quot; *zero set when b is 0.
Complex c_quot(Complex a, Complex b, bool* zero) {
  double abs_breal = b.real < 0 ? -b.real : b.real;
  double abs_bimag = b.imag < 0 ? -b.imag : b.imag;
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      *zero = true;
      return {0.0, 0.0};
    }
    double ratio = b.imag / b.real;
    double denom = b.real + b.imag * ratio;
    return {(a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom};
  }
  if (abs_bimag >= abs_breal) {
    double ratio = b.real / b.imag;
    double denom = b.real * ratio + b.imag;
    return {(a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom};
  }
  return {NAN, NAN};  // a NaN in b
}

// a ** b for a general exponent; *domain set for 0 to a negative or complex power.
Complex c_pow(Complex a, Complex b, bool* domain) {
  if (b.real == 0.0 && b.imag == 0.0) return {1.0, 0.0};
  if (a.real == 0.0 && a.imag == 0.0) {
    if (b.imag != 0.0 || b.real < 0.0) *domain = true;
    return {0.0, 0.0};
  }
  double vabs = std::hypot(a.real, a.imag);
  double len = std::pow(vabs, b.real);
  double at = std::atan2(a.imag, a.real);
  double phase = at * b.real;
  if (b.imag != 0.0) {
    len /= std::exp(at * b.imag);
    phase += b.imag * std::log(vabs);
  }
  // CPython sees errno EDOM from cos(inf) here (glibc sets it) and reports it as this.
  if (std::isinf(phase)) *domain = true;
  return {len * std::cos(phase), len * std::sin(phase)};
}

// x ** n for a small integer n by repeated squaring (CPython's c_powi/c_powu, with the
// same sequence of products so that overflow shows the same NaNs).
Complex c_powi(Complex x, long n, bool* domain) {
  auto powu = [](Complex base, long m) {
    Complex r{1.0, 0.0}, p = base;
    for (long mask = 1; mask > 0 && m >= mask; mask <<= 1) {
      if (m & mask) r = c_prod(r, p);
      p = c_prod(p, p);
    }
    return r;
  };
  if (n > 0) return powu(x, n);
  return c_quot({1.0, 0.0}, powu(x, -n), domain);
}

// The value of a complex, float or int operand: 1; 0 when it is none of those
// (NotImplemented); -1 with an error pending (an int too large for a float).
int operand(VM& vm, Value v, Complex* out) {
  if (is_complex(v)) {
    *out = value_of(v);
    return 1;
  }
  if (is_float(v)) {
    *out = {float_value(v), 0.0};
    return 1;
  }
  if (is_int(v)) {
    double d;
    if (!int_to_double(vm, v, &d)) return -1;
    *out = {d, 0.0};
    return 1;
  }
  return 0;
}

#define GP_COMPLEX_OPERANDS                                       \
  Complex x, y;                                                   \
  {                                                               \
    int ra = operand(vm, a, &x);                                  \
    if (ra <= 0) return ra < 0 ? Value() : not_implemented();     \
    int rb = operand(vm, b, &y);                                  \
    if (rb <= 0) return rb < 0 ? Value() : not_implemented();     \
  }

Value complex_add(VM& vm, Value a, Value b) {
  GP_COMPLEX_OPERANDS
  Complex r = c_sum(x, y);
  return make_complex(r.real, r.imag);
}

Value complex_sub(VM& vm, Value a, Value b) {
  GP_COMPLEX_OPERANDS
  Complex r = c_diff(x, y);
  return make_complex(r.real, r.imag);
}

Value complex_mul(VM& vm, Value a, Value b) {
  GP_COMPLEX_OPERANDS
  Complex r = c_prod(x, y);
  return make_complex(r.real, r.imag);
}

Value complex_truediv(VM& vm, Value a, Value b) {
  GP_COMPLEX_OPERANDS
  bool zero = false;
  Complex r = c_quot(x, y, &zero);
  if (zero) return vm.raise(&exc_ZeroDivisionError, "complex division by zero");
  return make_complex(r.real, r.imag);
}

#undef GP_COMPLEX_OPERANDS

Value power_of(VM& vm, Complex x, Complex y) {
  bool domain = false;
  Complex p;
  if (y.imag == 0.0 && y.real == std::floor(y.real) && std::fabs(y.real) <= 100.0)
    p = c_powi(x, static_cast<long>(y.real), &domain);
  else
    p = c_pow(x, y, &domain);
  if (domain) return vm.raise(&exc_ZeroDivisionError, "0.0 to a negative or complex power");
  if (std::isinf(p.real) || std::isinf(p.imag)) return vm.raise(&exc_OverflowError, "complex exponentiation");
  return make_complex(p.real, p.imag);
}

Value complex_ternary_pow(VM& vm, Value a, Value b, Value c) {
  Complex x, y;
  int ra = operand(vm, a, &x);
  if (ra <= 0) return ra < 0 ? Value() : not_implemented();
  int rb = operand(vm, b, &y);
  if (rb <= 0) return rb < 0 ? Value() : not_implemented();
  if (!c.is_null() && !is_none(c)) return vm.raise(&exc_ValueError, "complex modulo");
  return power_of(vm, x, y);
}

Value complex_pow(VM& vm, Value a, Value b) { return complex_ternary_pow(vm, a, b, Value()); }

Value complex_negative(VM&, Value v) {
  Complex c = value_of(v);
  return make_complex(-c.real, -c.imag);
}

Value complex_positive(VM&, Value v) {
  Complex c = value_of(v);
  return make_complex(c.real, c.imag);
}

Value complex_absolute(VM& vm, Value v) {
  Complex c = value_of(v);
  if (std::isinf(c.real) || std::isinf(c.imag)) return Value::from_double(HUGE_VAL);
  if (std::isnan(c.real) || std::isnan(c.imag)) return Value::from_double(NAN);
  double r = std::hypot(c.real, c.imag);
  if (std::isinf(r)) return vm.raise(&exc_OverflowError, "absolute value too large");
  return Value::from_double(r);
}

int complex_truthy(VM&, Value v) {
  Complex c = value_of(v);
  return c.real != 0.0 || c.imag != 0.0;
}

void complex_dealloc(Object* self) { free_object(self); }

Value complex_repr(VM&, Value self) {
  Complex c = value_of(self);
  return Value::from_object(str_from_ascii(text::complex_repr(c.real, c.imag)));
}

int64_t hash_part(double d, Value self) {
  if (std::isnan(d)) {
    uint64_t y = self.identity_bits();
    y = (y >> 4) | (y << 60);
    return static_cast<int64_t>(y);
  }
  return hash_double(d);
}

bool complex_hash(VM&, Value self, int64_t* out) {
  Complex c = value_of(self);
  uint64_t h = static_cast<uint64_t>(hash_part(c.real, self)) +
               1000003u * static_cast<uint64_t>(hash_part(c.imag, self));
  *out = h == static_cast<uint64_t>(-1) ? -2 : static_cast<int64_t>(h);
  return true;
}

Value complex_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (op != CompareOp::kEq && op != CompareOp::kNe) return not_implemented();
  if (!is_complex(a)) std::swap(a, b);
  if (!is_complex(a)) return not_implemented();
  Complex x = value_of(a);
  bool equal;
  if (is_int(b)) {
    if (x.imag != 0.0) {
      equal = false;
    } else {
      int c = compare_int_double(b, x.real);
      equal = c == 0;
    }
  } else if (is_float(b)) {
    equal = x.real == float_value(b) && x.imag == 0.0;
  } else if (is_complex(b)) {
    Complex y = value_of(b);
    equal = x.real == y.real && x.imag == y.imag;
  } else {
    return not_implemented();
  }
  (void)vm;
  return boolean(op == CompareOp::kEq ? equal : !equal);
}

// --- complex(str) ---

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

bool parse_complex_text(std::string_view s, Complex* out) {
  size_t i = 0, n = s.size();
  auto at = [&](size_t k) { return k < n ? s[k] : '\0'; };
  while (i < n && is_ascii_space(s[i])) ++i;
  bool bracket = false;
  if (at(i) == '(') {
    bracket = true;
    ++i;
    while (i < n && is_ascii_space(s[i])) ++i;
  }
  double x = 0.0, y = 0.0, z;
  size_t used = parse_float_prefix(s.substr(i), &z);
  if (used > 0) {
    i += used;
    if (at(i) == '+' || at(i) == '-') {
      x = z;
      size_t used_imag = parse_float_prefix(s.substr(i), &y);
      if (used_imag > 0) {
        i += used_imag;
      } else {
        y = at(i) == '+' ? 1.0 : -1.0;
        ++i;
      }
      if (at(i) != 'j' && at(i) != 'J') return false;
      ++i;
    } else if (at(i) == 'j' || at(i) == 'J') {
      ++i;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (at(i) == '+' || at(i) == '-') {
      y = at(i) == '+' ? 1.0 : -1.0;
      ++i;
    } else {
      y = 1.0;
    }
    if (at(i) != 'j' && at(i) != 'J') return false;
    ++i;
  }
  while (i < n && is_ascii_space(s[i])) ++i;
  if (bracket) {
    if (at(i) != ')') return false;
    ++i;
    while (i < n && is_ascii_space(s[i])) ++i;
  }
  if (i != n) return false;
  *out = {x, y};
  return true;
}

Value complex_from_str(VM& vm, TypeObject* type, StrObject* s) {
  std::string ascii;
  if (s->ascii) {
    ascii = std::string(str_utf8(s));
  } else {
    for (int64_t k = 0; k < s->length; ++k) {
      char32_t c = s->at(k);
      if (c < 0x80) {
        ascii += static_cast<char>(c);
      } else if (unicode::is_space(c)) {
        ascii += ' ';
      } else {
        int d = unicode::decimal_value(c);
        ascii += d >= 0 ? static_cast<char>('0' + d) : '?';
      }
    }
  }
  std::string without_underscores;
  if (!remove_number_underscores(ascii, &without_underscores)) {
    std::string shown;
    if (!repr_utf8(vm, Value::from_object(s), &shown)) return Value();
    return vm.raise(&exc_ValueError, "could not convert string to complex: " + shown);
  }
  Complex c;
  if (ascii.find('\0') != std::string::npos || !parse_complex_text(without_underscores, &c))
    return vm.raise(&exc_ValueError, "complex() arg is a malformed string");
  return make_complex_of(type, c.real, c.imag);
}

bool has_number_slots(Value v) {
  TypeObject* t = type_of(v);
  return t->to_float != nullptr || t->index != nullptr || is_complex(v);
}

// r.__complex__() if its type defines it: 1 with *out set, 0 if not defined, -1 on error.
int try_dunder_complex(VM& vm, Value r, Value* out) {
  if (is_complex(r) && type_of(r) == &complex_type) return 0;
  Value method = type_lookup(vm, type_of(r), "__complex__");
  if (method.is_null()) return 0;
  Value result = call1(vm, method, r);
  if (result.is_null()) return -1;
  if (!is_complex(result)) {
    std::string message = std::string("__complex__ returned non-complex (type ") + type_name(result) + ")";
    decref(result);
    vm.raise(&exc_TypeError, message);
    return -1;
  }
  *out = result;
  return 1;
}

Value complex_new(VM& vm, TypeObject* type, CallArgs args) {
  if (args.nargs + args.nkw() > 2)
    return vm.raise(&exc_TypeError,
                    "complex() takes at most 2 arguments (" + std::to_string(args.nargs + args.nkw()) + " given)");
  Value p[2];
  if (!vm::parse_args(vm, args, "complex", {"real", "imag"}, 0, p)) return Value();
  Value r = p[0], i = p[1];
  if (r.is_null()) r = Value::from_small_int(0);
  if (is_str(r)) {
    if (!i.is_null()) return vm.raise(&exc_TypeError, "complex() can't take second arg if first is a string");
    return complex_from_str(vm, type, as_str(r));
  }
  if (!i.is_null() && is_str(i)) return vm.raise(&exc_TypeError, "complex() second arg can't be a string");
  Ref owned_r;
  Value converted;
  int got = try_dunder_complex(vm, r, &converted);
  if (got < 0) return Value();
  if (got > 0) {
    owned_r = Ref::steal(converted);
    r = converted;
  } else if (!has_number_slots(r)) {
    return vm.raise(&exc_TypeError, std::string("complex() first argument must be a string or a number, not '") +
                                        type_name(r) + "'");
  }
  if (!i.is_null() && !has_number_slots(i))
    return vm.raise(&exc_TypeError,
                    std::string("complex() second argument must be a number, not '") + type_name(i) + "'");
  if (i.is_null() && is_complex(r) && type == &complex_type && type_of(r) == &complex_type) {
    incref(r);
    return r;
  }
  Complex cr{0.0, 0.0}, ci{0.0, 0.0};
  bool cr_complex = false, ci_complex = false;
  if (is_complex(r)) {
    cr = value_of(r);
    cr_complex = true;
  } else if (!to_double(vm, r, &cr.real)) {
    return Value();
  }
  if (i.is_null()) {
    ci.real = cr.imag;
  } else if (is_complex(i)) {
    ci = value_of(i);
    ci_complex = true;
  } else if (!to_double(vm, i, &ci.real)) {
    return Value();
  }
  if (ci_complex) cr.real -= ci.imag;
  if (cr_complex && !i.is_null()) ci.real += cr.imag;
  return make_complex_of(type, cr.real, ci.real);
}

// --- methods ---

Value complex_conjugate(VM&, Value self, CallArgs) {
  Complex c = value_of(self);
  return make_complex(c.real, -c.imag);
}

Value complex_getnewargs(VM&, Value self, CallArgs) {
  Complex c = value_of(self);
  return Value::from_object(tuple_of({Value::from_double(c.real), Value::from_double(c.imag)}));
}

Value complex_complex(VM&, Value self, CallArgs) {
  if (type_of(self) == &complex_type) {
    incref(self);
    return self;
  }
  Complex c = value_of(self);
  return make_complex(c.real, c.imag);
}

// The text of one part for __format__ (sign excluded) laid out with grouping.
void append_part(std::string& out, double value, char code, int precision, const text::FormatSpec& spec,
                 char sign_mode) {
  bool negative;
  bool upper = code == 'E' || code == 'F' || code == 'G';
  char lower = upper ? static_cast<char>(code + ('a' - 'A')) : code;
  std::string body = text::format_double(value, lower, precision, spec.alternate, false, spec.no_neg_zero, &negative);
  if (upper)
    for (char& c : body)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - ('a' - 'A'));
  size_t digits_end = 0;
  while (digits_end < body.size() && body[digits_end] >= '0' && body[digits_end] <= '9') ++digits_end;
  text::FormatSpec part = spec;
  part.fill = ' ';
  part.align = '<';
  part.width = -1;
  part.sign = sign_mode;
  char separator = spec.type == 'n' ? 0 : spec.grouping;
  text::append_number(out, part, negative, "", std::string_view(body).substr(0, digits_end),
                      std::string_view(body).substr(digits_end), separator);
}

Value complex_format(VM& vm, Value self, CallArgs args) {
  std::string_view spec_text;
  if (!format_spec_text(vm, args.args[0], &spec_text)) return Value();
  if (spec_text.empty()) return str(vm, self);
  text::FormatSpec spec;
  std::string error;
  const char* name = type_of(self)->name;
  if (!text::parse_format_spec(spec_text, name, 0, '>', &spec, &error)) return vm.raise(&exc_ValueError, error);
  switch (spec.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default: return vm.raise(&exc_ValueError, text::unknown_format_code_message(spec.type, name));
  }
  if (spec.fill == '0') return vm.raise(&exc_ValueError, "Zero padding is not allowed in complex format specifier");
  if (spec.align == '=')
    return vm.raise(&exc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
  if (!can_hold_width(vm, spec)) return Value();
  Complex c = value_of(self);
  char code = static_cast<char>(spec.type);
  int precision = static_cast<int>(spec.precision);
  int default_precision = 6;
  bool skip_real = false, parens = false;
  if (code == 0) {
    code = 'r';
    default_precision = 0;
    if (c.real == 0.0 && !std::signbit(c.real))
      skip_real = true;
    else
      parens = true;
  }
  if (code == 'n') code = 'g';
  if (precision < 0)
    precision = default_precision;
  else if (code == 'r')
    code = 'g';
  std::string body;
  if (parens) body += '(';
  if (!skip_real) append_part(body, c.real, code, precision, spec, spec.sign);
  append_part(body, c.imag, code, precision, spec, skip_real ? spec.sign : '+');
  body += 'j';
  if (parens) body += ')';
  std::string out;
  text::append_padded(out, body, static_cast<int64_t>(body.size()), spec);
  return Value::from_object(str_from_utf8(out));
}

Value complex_real(VM&, Value self) { return Value::from_double(value_of(self).real); }
Value complex_imag(VM&, Value self) { return Value::from_double(value_of(self).imag); }

const MethodDef kComplexMethods[] = {
    {"conjugate", complex_conjugate, ArgShape::kNoArgs, 0, 0, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__getnewargs__", complex_getnewargs, ArgShape::kNoArgs, 0, 0, nullptr},
    {"__format__", complex_format, ArgShape::kOneArg, 1, 1, "Convert to a string according to format_spec."},
    {"__complex__", complex_complex, ArgShape::kNoArgs, 0, 0, "Convert this value to exact type complex."},
    {nullptr, nullptr},
};

const GetSetDef kComplexGetSets[] = {
    {"real", complex_real, nullptr, "the real part of a complex number"},
    {"imag", complex_imag, nullptr, "the imaginary part of a complex number"},
    {nullptr, nullptr},
};

}  // namespace

Value make_complex(double real, double imag) { return make_complex_of(&complex_type, real, imag); }

Value complex_power_values(VM& vm, double ar, double ai, double br, double bi) {
  return power_of(vm, {ar, ai}, {br, bi});
}

void init_complex_type() {
  TypeObject& t = complex_type;
  t.name = "complex";
  t.type_flags = kTypeBaseType | kTypeImmutable;
  t.basic_size = sizeof(ComplexObject);
  t.doc =
      "Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + "
      "imag*1j) where imag defaults to 0.";
  t.dealloc = complex_dealloc;
  t.repr = complex_repr;
  t.hash = complex_hash;
  t.richcompare = complex_richcompare;
  t.truthy = complex_truthy;
  t.new_instance = complex_new;
  t.binary[int(BinaryOp::kAdd)] = complex_add;
  t.binary[int(BinaryOp::kSubtract)] = complex_sub;
  t.binary[int(BinaryOp::kMultiply)] = complex_mul;
  t.binary[int(BinaryOp::kTrueDivide)] = complex_truediv;
  t.binary[int(BinaryOp::kPower)] = complex_pow;
  t.power = complex_ternary_pow;
  t.negative = complex_negative;
  t.positive = complex_positive;
  t.absolute = complex_absolute;
  t.methods = kComplexMethods;
  t.getsets = kComplexGetSets;
}

}  // namespace glasspy::objects
