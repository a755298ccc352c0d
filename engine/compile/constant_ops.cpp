// Operations on constants for folding (compile stage): ints through numeric::BigInt (the
// runtime int's arithmetic), floats and
// complex numbers with CPython's float_* / complex_* semantics, str / bytes / tuple
// concatenation and repetition.
#include "compile/constant_ops.h"

#include <cmath>

#include "numeric/bigint.h"

namespace glasspy::compile {
namespace {

using bytecode::Constant;
using Kind = Constant::Kind;
using numeric::BigInt;

constexpr uint64_t kMaxIntSize = 128;
constexpr int64_t kMaxCollectionSize = 256;
constexpr int64_t kMaxStrSize = 4096;
constexpr int64_t kMaxTotalItems = 1024;

bool is_int(const Constant& c) { return c.kind == Kind::kInt || c.kind == Kind::kTrue || c.kind == Kind::kFalse; }
bool is_bool(const Constant& c) { return c.kind == Kind::kTrue || c.kind == Kind::kFalse; }
bool is_number(const Constant& c) { return is_int(c) || c.kind == Kind::kFloat || c.kind == Kind::kComplex; }

std::optional<int64_t> small(const BigInt& b) {
  int64_t v;
  if (!b.to_int64(&v)) return std::nullopt;
  return v;
}

Constant from_big(const BigInt& b) {
  if (auto v = small(b)) return Constant::integer(*v);
  std::string decimal;
  (void)numeric::to_decimal_string(b, &decimal, 0);
  return Constant::big_integer(std::move(decimal));
}

std::optional<double> to_double(const BigInt& b) {
  double d;
  if (!numeric::to_double(b, &d).ok()) return std::nullopt;
  return d;
}

std::optional<double> to_double(const Constant& c) {
  if (c.kind == Kind::kFloat) return c.real;
  if (is_int(c)) return to_double(int_value(c));
  return std::nullopt;
}

struct Complex {
  double re, im;
};

std::optional<Complex> to_complex(const Constant& c) {
  if (c.kind == Kind::kComplex) return Complex{c.real, c.imag};
  auto d = to_double(c);
  if (!d) return std::nullopt;
  return Complex{*d, 0.0};
}

Complex c_prod(Complex a, Complex b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

std::optional<Complex> c_quot(Complex a, Complex b) {
  double abs_breal = b.re < 0 ? -b.re : b.re;
  double abs_bimag = b.im < 0 ? -b.im : b.im;
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) return std::nullopt;
    double ratio = b.im / b.re;
    double denom = b.re + b.im * ratio;
    return Complex{(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abs_bimag >= abs_breal) {
    double ratio = b.re / b.im;
    double denom = b.re * ratio + b.im;
    return Complex{(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return Complex{NAN, NAN};
}

// _Py_c_pow: nullopt where CPython's errno ends up EDOM (0 to a negative or complex power,
// an infinite phase), which complex_pow raises.
std::optional<Complex> c_pow(Complex a, Complex b) {
  if (b.re == 0.0 && b.im == 0.0) return Complex{1.0, 0.0};
  if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) return std::nullopt;
    return Complex{0.0, 0.0};
  }
  double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  if (std::isinf(phase)) return std::nullopt;  // cos and sin of an infinity set EDOM
  return Complex{len * std::cos(phase), len * std::sin(phase)};
}

// c_powi for |n| <= 100: repeated products (larger exponents are _Py_c_pow's).
std::optional<Complex> c_powi(Complex x, long n) {
  auto powu = [](Complex x, long n) {
    Complex r{1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
      if (n & mask) r = c_prod(r, p);
      mask <<= 1;
      p = c_prod(p, p);
    }
    return r;
  };
  if (n > 0) return powu(x, n);
  return c_quot(Complex{1.0, 0.0}, powu(x, -n));
}

// complex ** complex (complex_pow): an integral exponent through c_powi; no constant where
// CPython raises (ZeroDivisionError, or OverflowError for an infinite part).
std::optional<Constant> complex_pow(Complex a, Complex b) {
  bool small_integer = b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0;
  std::optional<Complex> r = small_integer ? c_powi(a, static_cast<long>(b.re)) : c_pow(a, b);
  if (!r || std::isinf(r->re) || std::isinf(r->im)) return std::nullopt;
  return Constant::complex(r->re, r->im);
}

// float // and % (float_divmod).
std::optional<std::pair<double, double>> float_divmod(double vx, double wx) {
  if (wx == 0.0) return std::nullopt;
  double mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  double floordiv;
  if (div) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
  return std::make_pair(floordiv, mod);
}

// float ** float (float_pow); a negative base to a fractional power is complex_pow's.
std::optional<Constant> float_pow(double iv, double iw) {
  if (iw == 0) return Constant::floating(1.0);
  if (std::isnan(iv)) return Constant::floating(iv);
  if (std::isnan(iw)) return Constant::floating(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return Constant::floating(1.0);
    if ((iw > 0.0) == (iv > 1.0)) return Constant::floating(std::fabs(iw));
    return Constant::floating(0.0);
  }
  if (std::isinf(iv)) {
    bool odd = std::fmod(std::fabs(iw), 2.0) == 1.0;
    if (iw > 0.0) return Constant::floating(odd ? iv : std::fabs(iv));
    return Constant::floating(odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    bool odd = std::fmod(std::fabs(iw), 2.0) == 1.0;
    if (iw < 0.0) return std::nullopt;  // ZeroDivisionError
    return Constant::floating(odd ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) return complex_pow(Complex{iv, 0.0}, Complex{iw, 0.0});
    iv = -iv;
    negate = std::fmod(std::fabs(iw), 2.0) == 1.0;
  }
  if (iv == 1.0) return Constant::floating(negate ? -1.0 : 1.0);
  double ix = std::pow(iv, iw);
  if (std::isinf(ix)) return std::nullopt;  // OverflowError
  return Constant::floating(negate ? -ix : ix);
}

int64_t check_complexity(const Constant& c, int64_t limit) {
  if (c.kind == Kind::kTuple || c.kind == Kind::kFrozenSet) {
    limit -= static_cast<int64_t>(c.items.size());
    for (size_t i = 0; limit >= 0 && i < c.items.size(); ++i) limit = check_complexity(c.items[i], limit);
  }
  return limit;
}

std::optional<Constant> repeat(const Constant& seq, const Constant& count) {
  if (!is_int(count)) return std::nullopt;
  BigInt n = int_value(count);
  bool text = seq.kind == Kind::kStr || seq.kind == Kind::kBytes;
  int64_t size = seq.kind == Kind::kStr     ? static_cast<int64_t>(str_length(seq.text))
                 : seq.kind == Kind::kBytes ? static_cast<int64_t>(seq.text.size())
                                            : static_cast<int64_t>(seq.items.size());
  auto n64 = small(n);
  if (size) {
    if (!n64) return std::nullopt;
    if (text) {
      if (*n64 < 0 || *n64 > kMaxStrSize / size) return std::nullopt;
    } else {
      if (*n64 < 0 || *n64 > kMaxCollectionSize / size) return std::nullopt;
      if (*n64 && check_complexity(seq, kMaxTotalItems / *n64) < 0) return std::nullopt;
    }
  }
  if (seq.kind == Kind::kFrozenSet) return std::nullopt;  // frozenset * int is a TypeError
  int64_t times = n64 && *n64 > 0 ? *n64 : 0;
  if (!n64 && !n.is_negative()) return std::nullopt;  // an empty sequence times a huge count
  Constant out = seq;
  if (text) {
    out.text.clear();
    for (int64_t i = 0; i < times; ++i) out.text += seq.text;
  } else {
    out.items.clear();
    for (int64_t i = 0; i < times; ++i) out.items.insert(out.items.end(), seq.items.begin(), seq.items.end());
  }
  return out;
}

std::optional<Constant> int_binary(ast::Operator op, const Constant& v, const Constant& w) {
  BigInt a = int_value(v), b = int_value(w);
  switch (op) {
    case ast::Operator::Add: return from_big(a + b);
    case ast::Operator::Sub: return from_big(a - b);
    case ast::Operator::Mult:
      if (!a.is_zero() && !b.is_zero() && numeric::bit_length(a) + numeric::bit_length(b) > kMaxIntSize) {
        return std::nullopt;
      }
      return from_big(a * b);
    case ast::Operator::Div: {
      double d;
      if (!numeric::true_divide(a, b, &d).ok()) return std::nullopt;
      return Constant::floating(d);
    }
    case ast::Operator::FloorDiv:
    case ast::Operator::Mod: {
      BigInt q, r;
      if (!numeric::divmod(a, b, &q, &r).ok()) return std::nullopt;
      return from_big(op == ast::Operator::FloorDiv ? q : r);
    }
    case ast::Operator::Pow: {
      if (!a.is_zero() && !b.is_zero() && !b.is_negative()) {
        auto wbits = small(b);
        if (!wbits) return std::nullopt;
        if (numeric::bit_length(a) > kMaxIntSize / static_cast<uint64_t>(*wbits)) return std::nullopt;
      }
      if (b.is_negative()) {
        auto x = to_double(a), y = to_double(b);
        if (!x || !y) return std::nullopt;
        return float_pow(*x, *y);
      }
      BigInt r;
      if (!numeric::pow(a, b, &r).ok()) return std::nullopt;
      return from_big(r);
    }
    case ast::Operator::LShift: {
      if (b.is_negative()) return std::nullopt;
      if (!a.is_zero() && !b.is_zero()) {
        auto wbits = small(b);
        if (!wbits) return std::nullopt;
        if (static_cast<uint64_t>(*wbits) > kMaxIntSize || numeric::bit_length(a) > kMaxIntSize - *wbits) {
          return std::nullopt;
        }
      }
      BigInt r;
      if (!numeric::shift_left(a, b, &r).ok()) return std::nullopt;
      return from_big(r);
    }
    case ast::Operator::RShift: {
      BigInt r;
      if (!numeric::shift_right(a, b, &r).ok()) return std::nullopt;
      return from_big(r);
    }
    case ast::Operator::BitOr:
    case ast::Operator::BitXor:
    case ast::Operator::BitAnd: {
      BigInt r = op == ast::Operator::BitOr ? a | b : op == ast::Operator::BitXor ? a ^ b : a & b;
      if (is_bool(v) && is_bool(w)) return Constant::boolean(!r.is_zero());
      return from_big(r);
    }
    default: return std::nullopt;
  }
}

std::optional<Constant> float_binary(ast::Operator op, double a, double b) {
  switch (op) {
    case ast::Operator::Add: return Constant::floating(a + b);
    case ast::Operator::Sub: return Constant::floating(a - b);
    case ast::Operator::Mult: return Constant::floating(a * b);
    case ast::Operator::Div:
      if (b == 0.0) return std::nullopt;
      return Constant::floating(a / b);
    case ast::Operator::FloorDiv: {
      auto r = float_divmod(a, b);
      if (!r) return std::nullopt;
      return Constant::floating(r->first);
    }
    case ast::Operator::Mod: {
      if (b == 0.0) return std::nullopt;
      double mod = std::fmod(a, b);
      if (mod) {
        if ((b < 0) != (mod < 0)) mod += b;
      } else {
        mod = std::copysign(0.0, b);
      }
      return Constant::floating(mod);
    }
    case ast::Operator::Pow: return float_pow(a, b);
    default: return std::nullopt;
  }
}

std::optional<Constant> complex_binary(ast::Operator op, Complex a, Complex b) {
  switch (op) {
    case ast::Operator::Add: return Constant::complex(a.re + b.re, a.im + b.im);
    case ast::Operator::Sub: return Constant::complex(a.re - b.re, a.im - b.im);
    case ast::Operator::Mult: {
      Complex r = c_prod(a, b);
      return Constant::complex(r.re, r.im);
    }
    case ast::Operator::Div: {
      auto r = c_quot(a, b);
      if (!r) return std::nullopt;
      return Constant::complex(r->re, r->im);
    }
    case ast::Operator::Pow: return complex_pow(a, b);
    default: return std::nullopt;
  }
}

}  // namespace

BigInt int_value(const Constant& c) {
  if (c.kind == Kind::kTrue) return BigInt(1);
  if (c.kind == Kind::kFalse) return BigInt(0);
  if (!c.big) return BigInt(c.small);
  BigInt b;
  (void)numeric::parse_int(c.text, 10, &b, 0);
  return b;
}

size_t str_length(const std::string& utf8) {
  size_t n = 0;
  for (unsigned char c : utf8)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::optional<Constant> fold_unary(ast::UnaryOperator op, const Constant& v) {
  switch (op) {
    case ast::UnaryOperator::Not: return Constant::boolean(!bytecode::constant_truth(v));
    case ast::UnaryOperator::Invert:
      if (is_int(v)) return from_big(~int_value(v));
      return std::nullopt;
    case ast::UnaryOperator::UAdd:
      if (is_int(v)) return from_big(int_value(v));
      if (v.kind == Kind::kFloat || v.kind == Kind::kComplex) return v;
      return std::nullopt;
    case ast::UnaryOperator::USub:
      if (is_int(v)) return from_big(-int_value(v));
      if (v.kind == Kind::kFloat) return Constant::floating(-v.real);
      if (v.kind == Kind::kComplex) return Constant::complex(-v.real, -v.imag);
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Constant> fold_binary(ast::Operator op, const Constant& v, const Constant& w) {
  if (is_number(v) && is_number(w)) {
    if (is_int(v) && is_int(w)) return int_binary(op, v, w);
    if (v.kind == Kind::kComplex || w.kind == Kind::kComplex) {
      auto a = to_complex(v), b = to_complex(w);
      if (!a || !b) return std::nullopt;
      return complex_binary(op, *a, *b);
    }
    auto a = to_double(v), b = to_double(w);
    if (!a || !b) return std::nullopt;
    return float_binary(op, *a, *b);
  }
  bool v_seq = v.kind == Kind::kStr || v.kind == Kind::kBytes || v.kind == Kind::kTuple;
  if (op == ast::Operator::Add && v_seq && v.kind == w.kind) {
    Constant out = v;
    if (v.kind == Kind::kTuple) {
      out.items.insert(out.items.end(), w.items.begin(), w.items.end());
    } else {
      out.text += w.text;
    }
    return out;
  }
  if (op == ast::Operator::Mult) {
    if (is_int(v) && (w.kind == Kind::kStr || w.kind == Kind::kBytes || w.kind == Kind::kTuple)) return repeat(w, v);
    if (is_int(w) && v_seq) return repeat(v, w);
  }
  return std::nullopt;
}

std::optional<Constant> fold_subscript(const Constant& v, const Constant& index) {
  if (!is_int(index)) return std::nullopt;
  auto i64 = small(int_value(index));
  if (!i64) return std::nullopt;
  int64_t i = *i64;
  if (v.kind == Kind::kTuple) {
    int64_t n = static_cast<int64_t>(v.items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return std::nullopt;
    return v.items[i];
  }
  if (v.kind == Kind::kBytes) {
    int64_t n = static_cast<int64_t>(v.text.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return std::nullopt;
    return Constant::integer(static_cast<unsigned char>(v.text[i]));
  }
  if (v.kind == Kind::kStr) {
    std::vector<std::pair<size_t, size_t>> chars;  // byte start, length
    for (size_t p = 0; p < v.text.size();) {
      size_t len = 1;
      unsigned char c = static_cast<unsigned char>(v.text[p]);
      if (c >= 0xF0) len = 4;
      else if (c >= 0xE0) len = 3;
      else if (c >= 0xC0) len = 2;
      chars.emplace_back(p, len);
      p += len;
    }
    int64_t n = static_cast<int64_t>(chars.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return std::nullopt;
    return Constant::str(v.text.substr(chars[i].first, chars[i].second));
  }
  return std::nullopt;
}

}  // namespace glasspy::compile
