// str methods that pad, strip and map characters (object model): strip lstrip rstrip
// center ljust rjust zfill expandtabs translate maketrans.
#include <cstring>
#include <string>

#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/memory_limit.h"
#include "objects/ops.h"
#include "objects/str_methods.h"
#include "unicode/char_props.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::objects {

namespace {

inline bool space_char(char32_t c) {
  return c < 0x80 ? (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F)) : unicode::is_space(c);
}

bool in_chars(const StrObject* chars, char32_t c) {
  if (chars->kind == 1) return c < 0x100 && std::memchr(chars->data(), static_cast<int>(c), chars->length) != nullptr;
  for (int64_t i = 0; i < chars->length; ++i)
    if (chars->at(i) == c) return true;
  return false;
}

enum StripSide { kLeft = 1, kRight = 2, kBoth = 3 };

Value do_strip(VM& vm, Value self, CallArgs args, const char* name, int side) {
  if (!check_clinic_args(vm, args, "str", name, 0, 1)) return Value();
  StrObject* s = as_str(self);
  StrObject* chars = nullptr;
  if (args.nargs == 1 && !is_none(args.args[0])) {
    if (!is_str(args.args[0])) return vm.raise(&exc_TypeError, std::string(name) + " arg must be None or str");
    chars = as_str(args.args[0]);
  }
  int64_t i = 0, j = s->length;
  if (side & kLeft) {
    while (i < j && (chars ? in_chars(chars, s->at(i)) : space_char(s->at(i)))) ++i;
  }
  if (side & kRight) {
    while (j > i && (chars ? in_chars(chars, s->at(j - 1)) : space_char(s->at(j - 1)))) --j;
  }
  if (i == 0 && j == s->length) return str_copy_as(&str_type, s);
  return Value::from_object(str_substring(s, i, j));
}

}  // namespace

Value str_method_strip(VM& vm, Value self, CallArgs args) { return do_strip(vm, self, args, "strip", kBoth); }
Value str_method_lstrip(VM& vm, Value self, CallArgs args) { return do_strip(vm, self, args, "lstrip", kLeft); }
Value str_method_rstrip(VM& vm, Value self, CallArgs args) { return do_strip(vm, self, args, "rstrip", kRight); }

namespace {

// s padded with `left` and `right` copies of fill.
StrObject* pad(StrObject* s, int64_t left, int64_t right, char32_t fill) {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  char32_t max_char = s->ascii ? 0x7F : s->kind == 1 ? 0xFF : s->kind == 2 ? 0xFFFF : 0x10FFFF;
  if (fill > max_char) max_char = fill;
  int64_t n = left + s->length + right;
  StrObject* r = str_alloc(n, max_char);
  if (r->kind == 1) {
    std::memset(r->data(), static_cast<int>(fill), left);
    std::memcpy(r->data() + left, s->data(), s->length);
    std::memset(r->data() + left + s->length, static_cast<int>(fill), right);
    return r;
  }
  for (int64_t i = 0; i < left; ++i) str_set_char(r, i, fill);
  if (r->kind == s->kind) {
    std::memcpy(r->data() + left * r->kind, s->data(), s->length * s->kind);
  } else {
    for (int64_t i = 0; i < s->length; ++i) str_set_char(r, left + i, s->at(i));
  }
  for (int64_t i = 0; i < right; ++i) str_set_char(r, left + s->length + i, fill);
  return r;
}

// MemoryError unless a str of `width` characters as wide as s and fill can be made.
bool can_pad(VM& vm, StrObject* s, int64_t width, char32_t fill) {
  uint64_t kind = fill > 0xFFFF ? 4 : fill > 0xFF ? 2 : 1;
  if (static_cast<uint64_t>(s->kind) > kind) kind = s->kind;
  return check_allocation(vm, static_cast<uint64_t>(width), kind);
}

// (width[, fillchar]) of center/ljust/rjust.
bool parse_pad_args(VM& vm, CallArgs args, const char* name, int64_t* width, char32_t* fill) {
  if (!check_clinic_args(vm, args, "str", name, 1, 2)) return false;
  if (!ssize_arg(vm, args.args[0], width)) return false;
  *fill = ' ';
  if (args.nargs == 2) {
    Value f = args.args[1];
    if (!is_str(f)) {
      vm.raise(&exc_TypeError, std::string("The fill character must be a unicode character, not ") + type_name(f));
      return false;
    }
    if (as_str(f)->length != 1) {
      vm.raise(&exc_TypeError, "The fill character must be exactly one character long");
      return false;
    }
    *fill = as_str(f)->at(0);
  }
  return true;
}

}  // namespace

Value str_method_center(VM& vm, Value self, CallArgs args) {
  int64_t width;
  char32_t fill;
  if (!parse_pad_args(vm, args, "center", &width, &fill)) return Value();
  StrObject* s = as_str(self);
  if (width <= s->length) return str_copy_as(&str_type, s);
  if (!can_pad(vm, s, width, fill)) return Value();
  int64_t marg = width - s->length;
  int64_t left = marg / 2 + (marg & width & 1);
  return Value::from_object(pad(s, left, marg - left, fill));
}

Value str_method_ljust(VM& vm, Value self, CallArgs args) {
  int64_t width;
  char32_t fill;
  if (!parse_pad_args(vm, args, "ljust", &width, &fill)) return Value();
  StrObject* s = as_str(self);
  if (width <= s->length) return str_copy_as(&str_type, s);
  if (!can_pad(vm, s, width, fill)) return Value();
  return Value::from_object(pad(s, 0, width - s->length, fill));
}

Value str_method_rjust(VM& vm, Value self, CallArgs args) {
  int64_t width;
  char32_t fill;
  if (!parse_pad_args(vm, args, "rjust", &width, &fill)) return Value();
  StrObject* s = as_str(self);
  if (width <= s->length) return str_copy_as(&str_type, s);
  if (!can_pad(vm, s, width, fill)) return Value();
  return Value::from_object(pad(s, width - s->length, 0, fill));
}

Value str_method_zfill(VM& vm, Value self, CallArgs args) {
  if (!check_clinic_args(vm, args, "str", "zfill", 1, 1)) return Value();
  int64_t width;
  if (!ssize_arg(vm, args.args[0], &width)) return Value();
  StrObject* s = as_str(self);
  if (width <= s->length) return str_copy_as(&str_type, s);
  if (!can_pad(vm, s, width, '0')) return Value();
  StrObject* r = pad(s, width - s->length, 0, '0');
  int64_t fill = width - s->length;
  if (s->length > 0) {
    char32_t first = s->at(0);
    if (first == '+' || first == '-') {
      str_set_char(r, 0, first);
      str_set_char(r, fill, '0');
    }
  }
  return Value::from_object(r);
}

Value str_method_expandtabs(VM& vm, Value self, CallArgs args) {
  if (args.nargs > 1)
    return vm.raise(&exc_TypeError, "expandtabs() takes at most 1 argument (" + std::to_string(args.nargs) + " given)");
  Value a[1];
  if (!vm::parse_args(vm, args, "expandtabs", {"tabsize"}, 0, a)) return Value();
  int64_t tabsize = 8;
  if (!a[0].is_null()) {
    if (!ssize_arg(vm, a[0], &tabsize)) {
      if (vm.error_matches(&exc_OverflowError)) {
        vm.clear_error();
        return vm.raise(&exc_OverflowError, "Python int too large to convert to C int");
      }
      return Value();
    }
    if (tabsize > INT32_MAX || tabsize < INT32_MIN)
      return vm.raise(&exc_OverflowError, "Python int too large to convert to C int");
  }
  StrObject* s = as_str(self);
  bool has_tab = s->kind == 1 ? std::memchr(s->data(), '\t', s->length) != nullptr : false;
  if (s->kind != 1) {
    for (int64_t i = 0; i < s->length && !has_tab; ++i) has_tab = s->at(i) == '\t';
  }
  if (!has_tab) return str_copy_as(&str_type, s);
  StrWriter w;
  int64_t column = 0;
  for (int64_t i = 0; i < s->length; ++i) {
    char32_t c = s->at(i);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        if (spaces > INT64_MAX / 2 - column || w.size() + spaces > (size_t{1} << 40))
          return vm.raise(&exc_OverflowError, "result too long");
        column += spaces;
        for (int64_t k = 0; k < spaces; ++k) w.append(' ');
      }
    } else {
      ++column;
      w.append(c);
      if (c == '\n' || c == '\r') column = 0;
    }
  }
  return Value::from_object(w.finish());
}

Value str_method_translate(VM& vm, Value self, CallArgs args) {
  Value table = args.args[0];
  StrObject* s = as_str(self);
  StrWriter w;
  w.reserve(s->length);
  // Mappings of ASCII code points, looked up once each: 0 unknown, 1 keep, 2 delete,
  // 3 one replacement char (cache_char), 4 a str (looked up again).
  uint8_t cache_kind[128] = {};
  char32_t cache_char[128];
  for (int64_t i = 0; i < s->length; ++i) {
    char32_t c = s->at(i);
    if (c < 128) {
      switch (cache_kind[c]) {
        case 1: w.append(c); continue;
        case 2: continue;
        case 3: w.append(cache_char[c]); continue;
        default: break;
      }
    }
    Ref key = Ref::steal(Value::from_small_int(c));
    Ref mapped = Ref::steal(getitem(vm, table, key.get()));
    if (mapped.is_null()) {
      if (!vm.error_matches(&exc_LookupError)) return Value();
      vm.clear_error();
      if (c < 128) cache_kind[c] = 1;
      w.append(c);
      continue;
    }
    Value m = mapped.get();
    if (is_none(m)) {
      if (c < 128) cache_kind[c] = 2;
      continue;
    }
    if (is_int(m)) {
      int64_t v;
      if (!int_to_int64(m, &v) || v < 0 || v > 0x10FFFF)
        return vm.raise(&exc_ValueError, "character mapping must be in range(0x110000)");
      if (c < 128) {
        cache_kind[c] = 3;
        cache_char[c] = static_cast<char32_t>(v);
      }
      w.append(static_cast<char32_t>(v));
      continue;
    }
    if (is_str(m)) {
      StrObject* r = as_str(m);
      if (c < 128 && r->length == 1) {
        cache_kind[c] = 3;
        cache_char[c] = r->at(0);
      } else if (c < 128 && r->length == 0) {
        cache_kind[c] = 2;
      }
      w.append(r);
      continue;
    }
    return vm.raise(&exc_TypeError, "character mapping must return integer, None or str");
  }
  return Value::from_object(w.finish());
}

// str.maketrans(x[, y[, z]]): a static method (every argument is in args).
Value str_method_maketrans(VM& vm, Value, CallArgs args) {
  if (!check_clinic_args(vm, args, "str", "maketrans", 1, 3)) return Value();
  Ref result = Ref::steal(Value::from_object(dict_new()));
  DictObject* d = as_dict(result.get());
  Value x = args.args[0];
  if (args.nargs == 1) {
    if (!is_dict(x)) return vm.raise(&exc_TypeError, "if you give only one argument to maketrans it must be a dict");
    int64_t pos = 0;
    Value key, value;
    while (dict_next(as_dict(x), &pos, &key, &value)) {
      if (is_str(key)) {
        if (as_str(key)->length != 1)
          return vm.raise(&exc_ValueError, "string keys in translate table must be of length 1");
        Ref k = Ref::steal(Value::from_small_int(as_str(key)->at(0)));
        if (!dict_set(vm, d, k.get(), value)) return Value();
      } else if (is_int(key)) {
        if (!dict_set(vm, d, key, value)) return Value();
      } else {
        return vm.raise(&exc_TypeError, "keys in translate table must be strings or integers");
      }
    }
    return result.release();
  }
  StrObject* y = str_arg(vm, args.args[1], "maketrans() argument 2 must be str, not ");
  if (y == nullptr) return Value();
  StrObject* z = nullptr;
  if (args.nargs == 3 && (z = str_arg(vm, args.args[2], "maketrans() argument 3 must be str, not ")) == nullptr)
    return Value();
  if (!is_str(x))
    return vm.raise(&exc_TypeError, "first maketrans argument must be a string if there is a second argument");
  StrObject* xs = as_str(x);
  if (xs->length != y->length)
    return vm.raise(&exc_ValueError, "the first two maketrans arguments must have equal length");
  for (int64_t i = 0; i < xs->length; ++i) {
    if (!dict_set(vm, d, Value::from_small_int(xs->at(i)), Value::from_small_int(y->at(i)))) return Value();
  }
  for (int64_t i = 0; z != nullptr && i < z->length; ++i) {
    if (!dict_set(vm, d, Value::from_small_int(z->at(i)), none())) return Value();
  }
  return result.release();
}

}  // namespace glasspy::objects
