// printf-style formatting (object model): str % args and bytes % args, with CPython 3.11's
// argument rules (tuple, single value, mapping keys), flags, * width/precision, every
// conversion type and its error messages. One engine serves both: kBytes picks the rules.
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "numeric/bigint.h"
#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/memory_limit.h"
#include "objects/ops.h"
#include "objects/str_methods.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

namespace {

enum Flag : unsigned { kLeft = 1, kSign = 2, kBlank = 4, kAlt = 8, kZero = 16 };

struct Spec {
  unsigned flags = 0;
  int64_t width = -1;
  int64_t prec = -1;
  char32_t type = 0;
};

// Where the result goes: a StrWriter for str, a byte string for bytes.
struct Output {
  bool bytes;
  StrWriter text;
  std::string raw;
  void ascii(std::string_view s) {
    if (bytes) raw.append(s);
    else text.append_ascii(s);
  }
  void put(char32_t c) {
    if (bytes) raw.push_back(static_cast<char>(c));
    else text.append(c);
  }
  void fill(char32_t c, int64_t n) {
    for (int64_t i = 0; i < n; ++i) put(c);
  }
};

// A format string read by code point (str) or byte (bytes).
struct Source {
  const StrObject* str = nullptr;
  std::string_view bytes;
  int64_t size() const { return str ? str->length : static_cast<int64_t>(bytes.size()); }
  char32_t at(int64_t i) const { return str ? str->at(i) : static_cast<unsigned char>(bytes[i]); }
};

class PercentFormatter {
 public:
  PercentFormatter(VM& vm, Source fmt, Value args, bool bytes) : vm_(vm), fmt_(fmt), args_(args) {
    out_.bytes = bytes;
    if (is_tuple(args)) {
      arglen_ = as_tuple(args)->size;
      argidx_ = 0;
    } else {
      arglen_ = -1;
      argidx_ = -2;
    }
    TypeObject* t = type_of(args);
    if (t->getitem != nullptr && !is_tuple(args) && !is_str(args) && !(bytes && is_bytes(args))) dict_ = args;
  }

  // The formatted result (new reference) or null.
  Value run();

 private:
  Value next_arg() {
    if (argidx_ < arglen_) {
      int64_t i = argidx_++;
      return arglen_ < 0 ? current_args() : as_tuple(args_)->item(i);
    }
    vm_.raise(&exc_TypeError, "not enough arguments for format string");
    return Value();
  }
  Value current_args() const { return key_value_.is_null() ? args_ : key_value_.get(); }
  bool format_one(int64_t* pos);
  bool convert(const Spec& spec, Value v);
  bool format_int(const Spec& spec, Value v);
  bool format_float(const Spec& spec, Value v);
  bool format_char(const Spec& spec, Value v);
  void pad_text_begin(const Spec& spec, int64_t length) {
    if (spec.width > length && !(spec.flags & kLeft)) out_.fill(' ', spec.width - length);
  }
  void pad_text_end(const Spec& spec, int64_t length) {
    if (spec.width > length && (spec.flags & kLeft)) out_.fill(' ', spec.width - length);
  }
  // Writes an ASCII number body with its sign and prefix, padded as the flags say.
  void emit_number(const Spec& spec, std::string_view sign, std::string_view prefix, std::string_view body);

  VM& vm_;
  Source fmt_;
  Value args_;
  Ref key_value_;  // the value of the last %(key)
  Value dict_;
  int64_t arglen_;
  int64_t argidx_;
  Output out_;
};

Value PercentFormatter::run() {
  int64_t n = fmt_.size();
  int64_t i = 0;
  while (i < n) {
    // Copy the literal run up to the next '%'.
    int64_t j = i;
    while (j < n && fmt_.at(j) != '%') ++j;
    if (j > i) {
      if (fmt_.str) out_.text.append(fmt_.str, i, j);
      else out_.raw.append(fmt_.bytes.substr(i, j - i));
    }
    if (j >= n) break;
    i = j + 1;
    if (!format_one(&i)) return Value();
  }
  if (argidx_ < arglen_ && dict_.is_null()) {
    const char* what = out_.bytes ? "not all arguments converted during bytes formatting"
                                  : "not all arguments converted during string formatting";
    return vm_.raise(&exc_TypeError, what);
  }
  if (out_.bytes) return make_bytes(out_.raw);
  return Value::from_object(out_.text.finish());
}

bool PercentFormatter::format_one(int64_t* pos) {
  int64_t n = fmt_.size();
  int64_t i = *pos;
  if (i >= n) {
    vm_.raise(&exc_ValueError, "incomplete format");
    return false;
  }
  if (fmt_.at(i) == '%') {
    out_.put('%');
    *pos = i + 1;
    return true;
  }
  if (fmt_.at(i) == '(') {
    if (dict_.is_null()) {
      vm_.raise(&exc_TypeError, "format requires a mapping");
      return false;
    }
    int depth = 1;
    int64_t key_start = ++i;
    while (i < n && depth > 0) {
      char32_t c = fmt_.at(i);
      if (c == ')') --depth;
      else if (c == '(') ++depth;
      ++i;
    }
    if (depth > 0) {
      vm_.raise(&exc_ValueError, "incomplete format key");
      return false;
    }
    int64_t key_end = i - 1;
    Ref key;
    if (fmt_.str) key = Ref::steal(Value::from_object(str_substring(const_cast<StrObject*>(fmt_.str), key_start, key_end)));
    else key = Ref::steal(make_bytes(fmt_.bytes.substr(key_start, key_end - key_start)));
    Value v = getitem(vm_, dict_, key.get());
    if (v.is_null()) return false;
    key_value_ = Ref::steal(v);
    arglen_ = -1;
    argidx_ = -2;
  }
  Spec spec;
  for (; i < n; ++i) {
    char32_t c = fmt_.at(i);
    if (c == '-') spec.flags |= kLeft;
    else if (c == '+') spec.flags |= kSign;
    else if (c == ' ') spec.flags |= kBlank;
    else if (c == '#') spec.flags |= kAlt;
    else if (c == '0') spec.flags |= kZero;
    else break;
  }
  auto read_number = [&](int64_t* out, const char* too_big) -> bool {
    if (i < n && fmt_.at(i) == '*') {
      Value v = next_arg();
      if (v.is_null()) return false;
      if (!is_int(v)) {
        vm_.raise(&exc_TypeError, "* wants int");
        return false;
      }
      // CPython reads a '*' width as an index, a '*' precision as a C int.
      int64_t w;
      bool precision = std::strcmp(too_big, "precision too big") == 0;
      if (!int_to_int64(v, &w) || (precision && (w > INT32_MAX || w < INT32_MIN))) {
        vm_.raise(&exc_OverflowError, precision ? "Python int too large to convert to C int"
                                                : "Python int too large to convert to C ssize_t");
        return false;
      }
      *out = w;
      ++i;
      return true;
    }
    if (i < n && fmt_.at(i) >= '0' && fmt_.at(i) <= '9') {
      int64_t w = 0;
      int64_t limit = std::strcmp(too_big, "precision too big") == 0 ? INT32_MAX : INT64_MAX;
      while (i < n && fmt_.at(i) >= '0' && fmt_.at(i) <= '9') {
        int digit = static_cast<int>(fmt_.at(i) - '0');
        if (w > (limit - digit) / 10) {
          vm_.raise(&exc_ValueError, too_big);
          return false;
        }
        w = w * 10 + digit;
        ++i;
      }
      *out = w;
    }
    return true;
  };
  if (!read_number(&spec.width, "width too big")) return false;
  if (spec.width < 0 && spec.width != -1) {
    spec.flags |= kLeft;
    spec.width = spec.width == INT64_MIN ? INT64_MAX : -spec.width;
  }
  if (spec.width > 0 && !check_allocation(vm_, static_cast<uint64_t>(spec.width))) return false;
  if (i < n && fmt_.at(i) == '.') {
    ++i;
    spec.prec = 0;
    if (!read_number(&spec.prec, "precision too big")) return false;
    if (spec.prec < 0) spec.prec = 0;
  }
  while (i < n && (fmt_.at(i) == 'h' || fmt_.at(i) == 'l' || fmt_.at(i) == 'L')) ++i;
  if (i >= n) {
    vm_.raise(&exc_ValueError, "incomplete format");
    return false;
  }
  spec.type = fmt_.at(i);
  *pos = i + 1;
  Value v = next_arg();
  if (v.is_null()) return false;
  if (!convert(spec, v)) {
    if (vm_.has_error()) return false;
    char buf[96];
    char32_t c = spec.type;
    if (c >= 0x20 && c < 0x7F) std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %lld",
                                             static_cast<char>(c), static_cast<unsigned>(c), static_cast<long long>(i));
    else std::snprintf(buf, sizeof buf, "unsupported format character '?' (0x%x) at index %lld", static_cast<unsigned>(c),
                       static_cast<long long>(i));
    vm_.raise(&exc_ValueError, buf);
    return false;
  }
  return true;
}

// False without an error pending: unsupported conversion character.
bool PercentFormatter::convert(const Spec& spec, Value v) {
  switch (spec.type) {
    case 's':
    case 'r':
    case 'a':
    case 'b': {
      if (out_.bytes) {
        std::string data;
        if (spec.type == 'r' || spec.type == 'a') {
          Ref r = Ref::steal(ascii(vm_, v));
          if (r.is_null()) return false;
          data = std::string(str_utf8(as_str(r.get())));
        } else {
          std::string_view view;
          if (bytes_like_view(v, &view)) {
            data = std::string(view);
          } else {
            Value method = type_lookup(vm_, type_of(v), "__bytes__");
            if (method.is_null()) {
              vm_.raise(&exc_TypeError, std::string("%b requires a bytes-like object, or an object that implements "
                                                    "__bytes__, not '") + type_name(v) + "'");
              return false;
            }
            Ref r = Ref::steal(call_method(vm_, v, vm_.intern("__bytes__"), nullptr, 0));
            if (r.is_null()) return false;
            if (!is_bytes(r.get())) {
              vm_.raise(&exc_TypeError,
                        std::string("__bytes__ returned non-bytes (type ") + type_name(r.get()) + ")");
              return false;
            }
            data = std::string(as_bytes(r.get())->view());
          }
        }
        int64_t len = static_cast<int64_t>(data.size());
        if (spec.prec >= 0 && spec.prec < len) len = spec.prec;
        pad_text_begin(spec, len);
        out_.raw.append(data, 0, len);
        pad_text_end(spec, len);
        return true;
      }
      if (spec.type == 'b') return false;
      Ref text;
      if (spec.type == 's') {
        if (is_exact_str(v)) text = Ref::borrow(v);
        else text = Ref::steal(str(vm_, v));
      } else {
        text = Ref::steal(spec.type == 'r' ? repr(vm_, v) : ascii(vm_, v));
      }
      if (text.is_null()) return false;
      StrObject* s = as_str(text.get());
      int64_t len = s->length;
      if (spec.prec >= 0 && spec.prec < len) len = spec.prec;
      pad_text_begin(spec, len);
      out_.text.append(s, 0, len);
      pad_text_end(spec, len);
      return true;
    }
    case 'c': return format_char(spec, v);
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o': return format_int(spec, v);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': return format_float(spec, v);
    default: return false;
  }
}

bool PercentFormatter::format_char(const Spec& spec, Value v) {
  char32_t c;
  const char* type_message =
      out_.bytes ? "%c requires an integer in range(256) or a single byte" : "%c requires int or char";
  if (out_.bytes && (is_bytes(v) || is_bytearray(v)) && byte_view(v).size() == 1) {
    c = static_cast<unsigned char>(byte_view(v)[0]);
  } else if (!out_.bytes && is_str(v)) {
    if (as_str(v)->length != 1) {
      vm_.raise(&exc_TypeError, type_message);
      return false;
    }
    c = as_str(v)->at(0);
  } else {
    // An int, or anything with __index__ (as PyLong_AsLong).
    Ref number;
    if (is_int(v)) {
      number = Ref::borrow(v);
    } else if (!v.is_double() && v.is_object() && type_of(v)->index != nullptr) {
      number = Ref::steal(index(vm_, v));
      if (number.is_null()) return false;
    } else {
      vm_.raise(&exc_TypeError, type_message);
      return false;
    }
    int64_t x;
    int64_t limit = out_.bytes ? 255 : 0x10FFFF;
    if (!int_to_int64(number.get(), &x) || x < 0 || x > limit) {
      vm_.raise(&exc_OverflowError, out_.bytes ? "%c arg not in range(256)" : "%c arg not in range(0x110000)");
      return false;
    }
    c = static_cast<char32_t>(x);
  }
  pad_text_begin(spec, 1);
  out_.put(c);
  pad_text_end(spec, 1);
  return true;
}

void PercentFormatter::emit_number(const Spec& spec, std::string_view sign, std::string_view prefix,
                                   std::string_view body) {
  int64_t len = static_cast<int64_t>(sign.size() + prefix.size() + body.size());
  int64_t pad = spec.width > len ? spec.width - len : 0;
  if (spec.flags & kLeft) {
    out_.ascii(sign);
    out_.ascii(prefix);
    out_.ascii(body);
    out_.fill(' ', pad);
  } else if (spec.flags & kZero) {
    out_.ascii(sign);
    out_.ascii(prefix);
    out_.fill('0', pad);
    out_.ascii(body);
  } else {
    out_.fill(' ', pad);
    out_.ascii(sign);
    out_.ascii(prefix);
    out_.ascii(body);
  }
}

bool PercentFormatter::format_int(const Spec& spec, Value v) {
  bool needs_index = spec.type == 'x' || spec.type == 'X' || spec.type == 'o';
  Ref number;
  if (is_int(v)) {
    number = Ref::borrow(v);
  } else {
    TypeObject* t = type_of(v);
    bool numeric = is_float(v) || t->index != nullptr || t->to_int != nullptr || t->to_float != nullptr;
    if (!numeric) {
      vm_.raise(&exc_TypeError, std::string("%") + static_cast<char>(spec.type) + " format: " +
                                    (needs_index ? "an integer is required, not " : "a real number is required, not ") +
                                    type_name(v));
      return false;
    }
    if (needs_index) {
      if (t->index == nullptr) {
        vm_.raise(&exc_TypeError, std::string("%") + static_cast<char>(spec.type) +
                                      " format: an integer is required, not " + type_name(v));
        return false;
      }
      number = Ref::steal(index(vm_, v));
    } else if (is_float(v)) {
      numeric::BigInt b;
      numeric::Status st = numeric::from_double(float_value(v), &b);
      if (!st.ok()) {
        vm_.raise(std::isnan(float_value(v)) ? &exc_ValueError : &exc_OverflowError, st.message());
        return false;
      }
      number = Ref::steal(make_int(std::move(b)));
    } else if (t->to_int != nullptr) {
      number = Ref::steal(t->to_int(vm_, v));
    } else if (t->index != nullptr) {
      number = Ref::steal(index(vm_, v));
    } else {
      vm_.raise(&exc_TypeError, std::string("%") + static_cast<char>(spec.type) +
                                    " format: a real number is required, not " + type_name(v));
      return false;
    }
    if (number.is_null()) return false;
  }
  std::string digits;
  bool negative;
  int64_t small;
  int base = spec.type == 'x' || spec.type == 'X' ? 16 : spec.type == 'o' ? 8 : 10;
  bool upper = spec.type == 'X';
  if (int_to_int64(number.get(), &small)) {
    negative = small < 0;
    uint64_t m = negative ? 0 - static_cast<uint64_t>(small) : static_cast<uint64_t>(small);
    char buf[32];
    int k = 0;
    const char* alphabet = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    do {
      buf[k++] = alphabet[m % base];
      m /= base;
    } while (m != 0);
    while (k > 0) digits.push_back(buf[--k]);
  } else {
    numeric::BigInt b = int_to_bigint(number.get());
    negative = b.is_negative();
    if (base == 10) {
      std::string text;
      numeric::Status st = numeric::to_decimal_string(b, &text);
      if (!st.ok()) {
        vm_.raise(&exc_ValueError, st.message());
        return false;
      }
      digits = negative ? text.substr(1) : text;
    } else {
      numeric::append_digits(b, base, upper, &digits);
    }
  }
  if (spec.prec > static_cast<int64_t>(digits.size())) digits.insert(0, spec.prec - digits.size(), '0');
  const char* sign = negative ? "-" : (spec.flags & kSign) ? "+" : (spec.flags & kBlank) ? " " : "";
  const char* prefix = "";
  if (spec.flags & kAlt) {
    if (spec.type == 'x') prefix = "0x";
    else if (spec.type == 'X') prefix = "0X";
    else if (spec.type == 'o') prefix = "0o";
  }
  emit_number(spec, sign, prefix, digits);
  return true;
}

bool PercentFormatter::format_float(const Spec& spec, Value v) {
  double x;
  if (is_float(v)) {
    x = float_value(v);
  } else if (is_int(v)) {
    numeric::Status st = numeric::to_double(int_to_bigint(v), &x);
    if (!st.ok()) {
      vm_.raise(&exc_OverflowError, st.message());
      return false;
    }
  } else {
    TypeObject* t = type_of(v);
    Ref f;
    if (t->to_float != nullptr) f = Ref::steal(t->to_float(vm_, v));
    else if (t->index != nullptr) f = Ref::steal(index(vm_, v));
    else {
      vm_.raise(&exc_TypeError, std::string("must be real number, not ") + type_name(v));
      return false;
    }
    if (f.is_null()) return false;
    if (is_float(f.get())) {
      x = float_value(f.get());
    } else {
      numeric::Status st = numeric::to_double(int_to_bigint(f.get()), &x);
      if (!st.ok()) {
        vm_.raise(&exc_OverflowError, st.message());
        return false;
      }
    }
  }
  bool upper = spec.type == 'E' || spec.type == 'F' || spec.type == 'G';
  const char* sign = std::signbit(x) && !std::isnan(x) ? "-" : (spec.flags & kSign) ? "+" : (spec.flags & kBlank) ? " " : "";
  std::string body;
  if (std::isinf(x) || std::isnan(x)) {
    body = std::isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
  } else {
    int64_t prec = spec.prec < 0 ? 6 : spec.prec;
    char type = static_cast<char>(spec.type);
    if ((type == 'g' || type == 'G') && prec == 0) prec = 1;
    char format[16];
    std::snprintf(format, sizeof format, "%%%s.*%c", (spec.flags & kAlt) ? "#" : "", type);
    int need = std::snprintf(nullptr, 0, format, static_cast<int>(prec), std::fabs(x));
    body.resize(need + 1);
    std::snprintf(body.data(), body.size(), format, static_cast<int>(prec), std::fabs(x));
    body.resize(need);
  }
  emit_number(spec, sign, "", body);
  return true;
}

}  // namespace

Value str_percent_format(VM& vm, StrObject* format, Value args) {
  Source src;
  src.str = format;
  PercentFormatter f(vm, src, args, false);
  return f.run();
}

Value bytes_percent_format(VM& vm, std::string_view format, Value args, bool bytearray) {
  Source src;
  src.bytes = format;
  PercentFormatter f(vm, src, args, true);
  Ref r = Ref::steal(f.run());
  if (r.is_null() || !bytearray) return r.release();
  return make_bytearray(as_bytes(r.get())->view());
}

}  // namespace glasspy::objects
