// bytes/bytearray methods over ASCII text (object model): case conversions, the is*()
// predicates, padding, expandtabs, translate/maketrans, hex/fromhex and decode.
#include <cstring>
#include <string>

#include "objects/bytes_methods.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/memory_limit.h"
#include "objects/ops.h"
#include "objects/str_methods.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::objects {

namespace {

inline bool lower_c(uint8_t c) { return c >= 'a' && c <= 'z'; }
inline bool upper_c(uint8_t c) { return c >= 'A' && c <= 'Z'; }
inline bool alpha_c(uint8_t c) { return lower_c(c) || upper_c(c); }
inline bool digit_c(uint8_t c) { return c >= '0' && c <= '9'; }
inline bool space_c(uint8_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C; }
inline char to_lower_c(uint8_t c) { return static_cast<char>(upper_c(c) ? c + 32 : c); }
inline char to_upper_c(uint8_t c) { return static_cast<char>(lower_c(c) ? c - 32 : c); }

template <class Fn>
Value map_bytes(Value self, Fn fn) {
  std::string out(byte_view(self));
  fn(out);
  return make_like(self, out);
}

template <class Test>
Value all_bytes(Value self, Test test) {
  std::string_view h = byte_view(self);
  if (h.empty()) return boolean(false);
  for (unsigned char c : h)
    if (!test(c)) return boolean(false);
  return boolean(true);
}

}  // namespace

Value bytes_method_lower(VM&, Value self, CallArgs) {
  return map_bytes(self, [](std::string& s) { for (char& c : s) c = to_lower_c(c); });
}
Value bytes_method_upper(VM&, Value self, CallArgs) {
  return map_bytes(self, [](std::string& s) { for (char& c : s) c = to_upper_c(c); });
}
Value bytes_method_swapcase(VM&, Value self, CallArgs) {
  return map_bytes(self, [](std::string& s) {
    for (char& c : s) c = upper_c(c) ? to_lower_c(c) : to_upper_c(c);
  });
}
Value bytes_method_capitalize(VM&, Value self, CallArgs) {
  return map_bytes(self, [](std::string& s) {
    for (size_t i = 0; i < s.size(); ++i) s[i] = i == 0 ? to_upper_c(s[i]) : to_lower_c(s[i]);
  });
}
Value bytes_method_title(VM&, Value self, CallArgs) {
  return map_bytes(self, [](std::string& s) {
    bool previous_cased = false;
    for (char& c : s) {
      uint8_t u = static_cast<uint8_t>(c);
      c = previous_cased ? to_lower_c(u) : to_upper_c(u);
      previous_cased = alpha_c(u);
    }
  });
}

Value bytes_method_isalpha(VM&, Value self, CallArgs) { return all_bytes(self, alpha_c); }
Value bytes_method_isalnum(VM&, Value self, CallArgs) {
  return all_bytes(self, [](uint8_t c) { return alpha_c(c) || digit_c(c); });
}
Value bytes_method_isdigit(VM&, Value self, CallArgs) { return all_bytes(self, digit_c); }
Value bytes_method_isspace(VM&, Value self, CallArgs) { return all_bytes(self, space_c); }
Value bytes_method_isascii(VM&, Value self, CallArgs) {
  for (unsigned char c : byte_view(self))
    if (c >= 0x80) return boolean(false);
  return boolean(true);
}
Value bytes_method_islower(VM&, Value self, CallArgs) {
  bool cased = false;
  for (unsigned char c : byte_view(self)) {
    if (upper_c(c)) return boolean(false);
    cased |= lower_c(c);
  }
  return boolean(cased);
}
Value bytes_method_isupper(VM&, Value self, CallArgs) {
  bool cased = false;
  for (unsigned char c : byte_view(self)) {
    if (lower_c(c)) return boolean(false);
    cased |= upper_c(c);
  }
  return boolean(cased);
}
Value bytes_method_istitle(VM&, Value self, CallArgs) {
  bool cased = false, previous_cased = false;
  for (unsigned char c : byte_view(self)) {
    if (upper_c(c)) {
      if (previous_cased) return boolean(false);
      previous_cased = cased = true;
    } else if (lower_c(c)) {
      if (!previous_cased) return boolean(false);
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return boolean(cased);
}

namespace {

bool parse_pad(VM& vm, Value self, CallArgs args, const char* name, int64_t* width, char* fill) {
  if (!check_clinic_args(vm, args, byte_owner(self), name, 1, 2)) return false;
  if (!ssize_arg(vm, args.args[0], width)) return false;
  *fill = ' ';
  if (args.nargs == 2) {
    std::string_view f;
    if (!bytes_like_view(args.args[1], &f) || f.size() != 1) {
      vm.raise(&exc_TypeError, std::string(name) + "() argument 2 must be a byte string of length 1, not " +
                                   type_name(args.args[1]));
      return false;
    }
    *fill = f[0];
  }
  return true;
}

// MemoryError (or, for bytes, CPython's OverflowError near the size limit) unless a
// result of `width` bytes can be made.
bool can_pad(VM& vm, Value self, int64_t width) {
  if (is_bytes(self) && width > INT64_MAX - 33) {
    vm.raise(&exc_OverflowError, "byte string is too large");
    return false;
  }
  return check_allocation(vm, static_cast<uint64_t>(width));
}

Value padded(VM& vm, Value self, int64_t width, int64_t left_share, char fill) {
  std::string_view h = byte_view(self);
  int64_t n = static_cast<int64_t>(h.size());
  if (width <= n) return make_like(self, h);
  if (!can_pad(vm, self, width)) return Value();
  int64_t marg = width - n;
  int64_t left = left_share < 0 ? marg / 2 + (marg & width & 1) : left_share == 0 ? 0 : marg;
  std::string out(left, fill);
  out.append(h);
  out.append(marg - left, fill);
  return make_like(self, out);
}

}  // namespace

Value bytes_method_center(VM& vm, Value self, CallArgs args) {
  int64_t width;
  char fill;
  if (!parse_pad(vm, self, args, "center", &width, &fill)) return Value();
  return padded(vm, self, width, -1, fill);
}
Value bytes_method_ljust(VM& vm, Value self, CallArgs args) {
  int64_t width;
  char fill;
  if (!parse_pad(vm, self, args, "ljust", &width, &fill)) return Value();
  return padded(vm, self, width, 0, fill);
}
Value bytes_method_rjust(VM& vm, Value self, CallArgs args) {
  int64_t width;
  char fill;
  if (!parse_pad(vm, self, args, "rjust", &width, &fill)) return Value();
  return padded(vm, self, width, 1, fill);
}

Value bytes_method_zfill(VM& vm, Value self, CallArgs args) {
  if (!check_clinic_args(vm, args, byte_owner(self), "zfill", 1, 1)) return Value();
  int64_t width;
  if (!ssize_arg(vm, args.args[0], &width)) return Value();
  std::string_view h = byte_view(self);
  int64_t n = static_cast<int64_t>(h.size());
  if (width <= n) return make_like(self, h);
  if (!can_pad(vm, self, width)) return Value();
  std::string out(width - n, '0');
  out.append(h);
  if (n > 0 && (h[0] == '+' || h[0] == '-')) {
    out[0] = h[0];
    out[width - n] = '0';
  }
  return make_like(self, out);
}

Value bytes_method_expandtabs(VM& vm, Value self, CallArgs args) {
  if (args.nargs > 1)
    return vm.raise(&exc_TypeError, "expandtabs() takes at most 1 argument (" + std::to_string(args.nargs) + " given)");
  Value a[1];
  if (!vm::parse_args(vm, args, "expandtabs", {"tabsize"}, 0, a)) return Value();
  int64_t tabsize = 8;
  if (!a[0].is_null() && !ssize_arg(vm, a[0], &tabsize)) return Value();
  std::string out;
  int64_t column = 0;
  for (char c : byte_view(self)) {
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        if (out.size() + spaces > (size_t{1} << 40)) return vm.raise(&exc_OverflowError, "result too long");
        out.append(spaces, ' ');
        column += spaces;
      }
    } else {
      out.push_back(c);
      ++column;
      if (c == '\n' || c == '\r') column = 0;
    }
  }
  return make_like(self, out);
}

Value bytes_method_translate(VM& vm, Value self, CallArgs args) {
  if (args.nargs > 2)
    return vm.raise(&exc_TypeError, "translate expected at most 2 arguments, got " + std::to_string(args.nargs));
  Value a[2];
  if (!vm::parse_args(vm, args, "translate", {"table", "delete"}, 1, a, 1)) return Value();
  std::string table, del;
  bool has_table = !is_none(a[0]);
  if (has_table) {
    if (!byte_like_arg(vm, a[0], &table)) return Value();
    if (table.size() != 256) return vm.raise(&exc_ValueError, "translation table must be 256 characters long");
  }
  if (!a[1].is_null() && !byte_like_arg(vm, a[1], &del)) return Value();
  bool deleted[256] = {};
  for (unsigned char c : del) deleted[c] = true;
  std::string out;
  for (unsigned char c : byte_view(self)) {
    if (deleted[c]) continue;
    out.push_back(has_table ? table[c] : static_cast<char>(c));
  }
  return make_like(self, out);
}

// bytes.maketrans(frm, to): a static method (both arguments in args).
Value bytes_method_maketrans(VM& vm, Value, CallArgs args) {
  if (!check_clinic_args(vm, args, "bytes", "maketrans", 2, 2)) return Value();
  std::string from, to;
  if (!byte_like_arg(vm, args.args[0], &from) || !byte_like_arg(vm, args.args[1], &to)) return Value();
  if (from.size() != to.size()) return vm.raise(&exc_ValueError, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[i] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
  return make_bytes(table);
}

Value bytes_method_hex(VM& vm, Value self, CallArgs args) { return hex_with_separator(vm, byte_view(self), args); }

// hex(sep=<unset>, bytes_per_sep=1) of bytes, bytearray and memoryview.
Value hex_with_separator(VM& vm, std::string_view h, CallArgs args) {
  if (args.nargs > 2) return vm.raise(&exc_TypeError, "hex expected at most 2 arguments, got " + std::to_string(args.nargs));
  Value a[2];
  if (!vm::parse_args(vm, args, "hex", {"sep", "bytes_per_sep"}, 0, a)) return Value();
  char sep = 0;
  if (!a[0].is_null()) {
    std::string_view sv;
    std::string holder;
    if (is_str(a[0])) {
      holder = std::string(str_utf8(as_str(a[0])));
      if (as_str(a[0])->length != 1) return vm.raise(&exc_ValueError, "sep must be length 1.");
      if (!as_str(a[0])->ascii) return vm.raise(&exc_ValueError, "sep must be ASCII.");
      sv = holder;
    } else if (!bytes_like_view(a[0], &sv)) {
      (void)length(vm, a[0]);  // CPython asks for len() first: "object of type 'int' has no len()"
      if (vm.has_error()) return Value();
      return vm.raise(&exc_TypeError, "sep must be str or bytes.");
    } else if (sv.size() != 1) {
      return vm.raise(&exc_ValueError, "sep must be length 1.");
    }
    sep = sv[0];
  }
  int64_t per = 1;
  if (!a[1].is_null() && !ssize_arg(vm, a[1], &per)) return Value();
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(h.size() * 3);
  int64_t n = static_cast<int64_t>(h.size());
  int64_t group = per < 0 ? -per : per;
  for (int64_t i = 0; i < n; ++i) {
    if (sep != 0 && i > 0 && group > 0) {
      // Groups count from the right for positive bytes_per_sep, from the left for negative.
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out.push_back(sep);
    }
    unsigned char c = static_cast<unsigned char>(h[i]);
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  return Value::from_object(str_from_ascii(out));
}

// bytes.fromhex(string) / bytearray.fromhex: a class method; args[0] is the string.
bool parse_fromhex(VM& vm, Value arg, std::string* out) {
  if (!is_str(arg)) {
    vm.raise(&exc_TypeError, std::string("fromhex() argument must be str, not ") + type_name(arg));
    return false;
  }
  StrObject* s = as_str(arg);
  auto hex_value = [](char32_t c) -> int {
    if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
    return -1;
  };
  int64_t i = 0, n = s->length;
  while (i < n) {
    char32_t c = s->at(i);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C) {
      ++i;
      continue;
    }
    int hi = hex_value(c);
    int lo = i + 1 < n ? hex_value(s->at(i + 1)) : -1;
    if (hi < 0 || lo < 0) {
      int64_t at = hi < 0 ? i : i + 1;
      vm.raise(&exc_ValueError, "non-hexadecimal number found in fromhex() arg at position " + std::to_string(at));
      return false;
    }
    out->push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  return true;
}

Value bytes_method_decode(VM& vm, Value self, CallArgs args) {
  std::string encoding, errors;
  if (!parse_codec_args(vm, args, "decode", &encoding, &errors)) return Value();
  std::string data(byte_view(self));  // a bytearray may change under a handler
  return decode_bytes(vm, data, encoding.c_str(), errors.c_str());
}

}  // namespace glasspy::objects
