// The str type's slots and method table (object model): repr, hash, comparisons, + * %,
// `in`, len, indexing and slicing, iteration, str() itself. The methods live in
// str_methods_*.cpp and str_format*.cpp. Registered by init_str_type() (builtin_types.cpp).
#include <cstring>
#include <string>

#include "objects/alloc.h"
#include "objects/bytes_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/iterators.h"
#include "objects/memory_limit.h"
#include "objects/ops.h"
#include "objects/slice_object.h"
#include "objects/str_methods.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "unicode/char_props.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject str_type;

// --- StrWriter ---

void StrWriter::widen() {
  wide_buf_.reserve(narrow_.size() + 16);
  for (unsigned char c : narrow_) wide_buf_.push_back(c);
  narrow_.clear();
  narrow_.shrink_to_fit();
  wide_ = true;
}

void StrWriter::append(const StrObject* s, int64_t start, int64_t stop) {
  if (start >= stop) return;
  if (s->kind == 1 && !wide_) {
    if (!s->ascii && max_char_ < 0xFF) {
      for (int64_t i = start; i < stop; ++i) max_char_ = s->data()[i] > max_char_ ? s->data()[i] : max_char_;
    } else if (max_char_ < 0x7F) {
      max_char_ = 0x7F;
    }
    narrow_.append(reinterpret_cast<const char*>(s->data()) + start, stop - start);
    return;
  }
  if (s->kind > 1 && !wide_) {
    // Widen only if some code point needs it.
    bool need = false;
    for (int64_t i = start; i < stop && !need; ++i) need = s->at(i) > 0xFF;
    if (!need) {
      for (int64_t i = start; i < stop; ++i) append(s->at(i));
      return;
    }
    widen();
  }
  for (int64_t i = start; i < stop; ++i) {
    char32_t c = s->at(i);
    if (c > max_char_) max_char_ = c;
    wide_buf_.push_back(c);
  }
}

StrObject* StrWriter::finish() {
  if (!wide_) {
    if (narrow_.empty()) return str_empty();
    if (narrow_.size() == 1) return str_from_char(static_cast<unsigned char>(narrow_[0]));
    // max_char_ may overstate (0x7F for ASCII appends): recompute the ascii flag cheaply.
    StrObject* s = str_alloc(static_cast<int64_t>(narrow_.size()), max_char_);
    std::memcpy(s->data(), narrow_.data(), narrow_.size());
    return s;
  }
  return str_from_code_points(wide_buf_.data(), wide_buf_.size());
}

// --- helpers shared by the str files ---

bool slice_index_arg(VM& vm, Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (is_none(v)) return true;  // keep the default
  if (!is_int(v) && type_of(v)->index == nullptr) {
    vm.raise(&exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  Value i = index(vm, v);
  if (i.is_null()) return false;
  if (!int_to_int64(i, out)) *out = int_to_bigint(i).is_negative() ? INT64_MIN + 1 : INT64_MAX;
  decref(i);
  return true;
}

namespace {
std::string plural_args(int n) { return std::to_string(n) + (n == 1 ? " argument" : " arguments"); }
}  // namespace

bool check_clinic_args(VM& vm, CallArgs args, const char* owner, const char* name, int min, int max) {
  if (args.nkw() != 0) {
    vm.raise(&exc_TypeError, std::string(owner) + "." + name + "() takes no keyword arguments");
    return false;
  }
  int n = static_cast<int>(args.nargs);
  if (n >= min && (max < 0 || n <= max)) return true;
  std::string message = name;
  if (min == max) message += " expected " + plural_args(min);
  else if (n < min) message += " expected at least " + plural_args(min);
  else message += " expected at most " + plural_args(max);
  vm.raise(&exc_TypeError, message + ", got " + std::to_string(n));
  return false;
}

bool check_tuple_args(VM& vm, CallArgs args, const char* owner, const char* name, int min, int max) {
  if (args.nkw() != 0) {
    vm.raise(&exc_TypeError, std::string(owner) + "." + name + "() takes no keyword arguments");
    return false;
  }
  int n = static_cast<int>(args.nargs);
  if (n >= min && (max < 0 || n <= max)) return true;
  std::string message = std::string(name) + "() takes ";
  if (min == max) message += "exactly " + plural_args(min);
  else if (n < min) message += "at least " + plural_args(min);
  else message += "at most " + plural_args(max);
  vm.raise(&exc_TypeError, message + " (" + std::to_string(n) + " given)");
  return false;
}

bool ssize_arg(VM& vm, Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  Value i = index(vm, v);
  if (i.is_null()) return false;
  bool fits = int_to_int64(i, out);
  decref(i);
  if (!fits) {
    vm.raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

void adjust_range(int64_t length, int64_t* start, int64_t* end) {
  if (*end > length) *end = length;
  else if (*end < 0) {
    *end += length;
    if (*end < 0) *end = 0;
  }
  if (*start < 0) {
    *start += length;
    if (*start < 0) *start = 0;
  }
}

StrObject* str_arg(VM& vm, Value v, const char* message_prefix) {
  if (is_str(v)) return as_str(v);
  vm.raise(&exc_TypeError, std::string(message_prefix) + type_name(v));
  return nullptr;
}

Value str_copy_as(TypeObject* type, StrObject* s) {
  if (type == &str_type) {
    if (s->type == &str_type) {
      incref(s);
      return Value::from_object(s);
    }
    return Value::from_object(str_substring(s, 0, s->length));
  }
  uint8_t kind = s->kind;
  StrObject* r = alloc<StrObject>(type, sizeof(StrObject) + (s->length + 1) * kind);
  r->length = s->length;
  r->kind = kind;
  r->ascii = s->ascii;
  std::memcpy(r->data(), s->data(), s->length * kind);
  return Value::from_object(r);
}

namespace {

void append_hex(StrWriter& w, char prefix, char32_t c, int digits) {
  static const char kHex[] = "0123456789abcdef";
  char buf[12];
  buf[0] = '\\';
  buf[1] = prefix;
  for (int i = 0; i < digits; ++i) buf[2 + i] = kHex[(c >> (4 * (digits - 1 - i))) & 0xF];
  w.append_ascii(std::string_view(buf, 2 + digits));
}

void append_escaped(StrWriter& w, char32_t c, char32_t quote, bool ascii_only) {
  if (c == quote || c == '\\') {
    w.append('\\');
    w.append(c);
  } else if (c == '\t') {
    w.append_ascii("\\t");
  } else if (c == '\n') {
    w.append_ascii("\\n");
  } else if (c == '\r') {
    w.append_ascii("\\r");
  } else if (c < 0x20 || c == 0x7F) {
    append_hex(w, 'x', c, 2);
  } else if (c < 0x7F) {
    w.append(c);
  } else if (!ascii_only && unicode::is_printable(c)) {
    w.append(c);
  } else if (c <= 0xFF) {
    append_hex(w, 'x', c, 2);
  } else if (c <= 0xFFFF) {
    append_hex(w, 'u', c, 4);
  } else {
    append_hex(w, 'U', c, 8);
  }
}

char32_t choose_quote(const StrObject* s) {
  bool single = false, dbl = false;
  if (s->kind == 1) {
    const void* d = s->data();
    single = std::memchr(d, '\'', s->length) != nullptr;
    dbl = single && std::memchr(d, '"', s->length) != nullptr;
  } else {
    for (int64_t i = 0; i < s->length; ++i) {
      char32_t c = s->at(i);
      single |= c == '\'';
      dbl |= c == '"';
    }
  }
  return single && !dbl ? '"' : '\'';
}

StrObject* repr_with(StrObject* s, bool ascii_only) {
  char32_t quote = choose_quote(s);
  if (s->ascii) {
    // Most strings need no escape: quote + text + quote in one copy.
    const uint8_t* d = s->data();
    bool plain = true;
    for (int64_t i = 0; i < s->length && plain; ++i) {
      uint8_t c = d[i];
      plain = c >= 0x20 && c < 0x7F && c != '\\' && c != quote;
    }
    if (plain) {
      StrObject* r = str_alloc(s->length + 2, 0x7F);
      r->data()[0] = static_cast<uint8_t>(quote);
      std::memcpy(r->data() + 1, d, s->length);
      r->data()[s->length + 1] = static_cast<uint8_t>(quote);
      return r;
    }
  }
  StrWriter w;
  w.reserve(s->length + 2);
  w.append(quote);
  for (int64_t i = 0; i < s->length; ++i) append_escaped(w, s->at(i), quote, ascii_only);
  w.append(quote);
  return w.finish();
}

}  // namespace

StrObject* str_repr_object(StrObject* s) { return repr_with(s, false); }

std::string str_ascii_repr(StrObject* s) {
  StrObject* r = repr_with(s, true);
  std::string out(reinterpret_cast<const char*>(r->data()), r->length);
  decref(r);
  return out;
}

namespace {

void str_dealloc(Object* self) {
  StrObject* s = static_cast<StrObject*>(self);
  std::free(s->utf8);
  s->utf8 = nullptr;
  free_object(self);
}

Value str_repr(VM&, Value self) { return Value::from_object(str_repr_object(as_str(self))); }

Value str_str(VM&, Value self) { return str_copy_as(&str_type, as_str(self)); }

bool str_hash_slot(VM&, Value self, int64_t* out) {
  *out = str_hash(as_str(self));
  return true;
}

Value str_richcompare(VM&, Value a, Value b, CompareOp op) {
  if (!is_str(a) || !is_str(b)) return not_implemented();
  StrObject* x = as_str(a);
  StrObject* y = as_str(b);
  if (op == CompareOp::kEq) return boolean(str_equal(x, y));
  if (op == CompareOp::kNe) return boolean(!str_equal(x, y));
  int c = str_compare(x, y);
  switch (op) {
    case CompareOp::kLt: return boolean(c < 0);
    case CompareOp::kLe: return boolean(c <= 0);
    case CompareOp::kGt: return boolean(c > 0);
    default: return boolean(c >= 0);
  }
}

// A heap type may define __radd__/__rmul__: let ops try it before raising.
bool may_reflect(Value v, BinaryOp op) {
  TypeObject* t = type_of(v);
  return has_flag(t, kTypeHeap) && t->binary[int(op)] != nullptr;
}

Value str_add(VM& vm, Value a, Value b) {
  if (!is_str(a)) return not_implemented();
  if (!is_str(b)) {
    if (may_reflect(b, BinaryOp::kAdd)) return not_implemented();
    return vm.raise(&exc_TypeError, std::string("can only concatenate str (not \"") + type_name(b) + "\") to str");
  }
  return Value::from_object(str_concat(as_str(a), as_str(b)));
}

// Repeats s n times (n may be <= 0).
Value str_repeat(VM& vm, StrObject* s, int64_t n) {
  if (n <= 0 || s->length == 0) return Value::from_object(str_empty());
  if (n == 1 && s->type == &str_type) {
    incref(s);
    return Value::from_object(s);
  }
  if (s->length > INT64_MAX / n) return vm.raise(&exc_OverflowError, "repeated string is too long");
  int64_t total = s->length * n;
  if (!check_allocation(vm, static_cast<uint64_t>(total), s->kind)) return Value();
  char32_t max_char = s->ascii ? 0x7F : s->kind == 1 ? 0xFF : s->kind == 2 ? 0xFFFF : 0x10FFFF;
  StrObject* r = str_alloc(total, max_char);
  size_t unit = static_cast<size_t>(s->length) * s->kind;
  uint8_t* out = r->data();
  if (s->kind == 1 && s->length == 1) {
    std::memset(out, s->data()[0], total);
  } else {
    std::memcpy(out, s->data(), unit);
    size_t done = unit, all = static_cast<size_t>(total) * s->kind;
    while (done < all) {  // doubling copies
      size_t chunk = done < all - done ? done : all - done;
      std::memcpy(out + done, out, chunk);
      done += chunk;
    }
  }
  return Value::from_object(r);
}

// The repeat count of seq * n: an int (or __index__) as int64, OverflowError past it.
bool repeat_count(VM& vm, Value n, int64_t* out) {
  if (n.is_small_int()) {
    *out = n.as_small_int();
    return true;
  }
  Value i = index(vm, n);
  if (i.is_null()) return false;
  bool fits = int_to_int64(i, out);
  decref(i);
  if (!fits) {
    vm.raise(&exc_OverflowError, std::string("cannot fit '") + type_name(n) + "' into an index-sized integer");
    return false;
  }
  return true;
}

Value str_multiply(VM& vm, Value a, Value b) {
  Value seq = is_str(a) ? a : b;
  Value count = is_str(a) ? b : a;
  if (!is_str(seq)) return not_implemented();
  if (!is_int(count) && type_of(count)->index == nullptr) {
    if (seq.is(a) && may_reflect(count, BinaryOp::kMultiply)) return not_implemented();
    return vm.raise(&exc_TypeError, std::string("can't multiply sequence by non-int of type '") + type_name(count) + "'");
  }
  int64_t n;
  if (!repeat_count(vm, count, &n)) return Value();
  return str_repeat(vm, as_str(seq), n);
}

Value str_remainder(VM& vm, Value a, Value b) {
  if (!is_str(a)) return not_implemented();
  return str_percent_format(vm, as_str(a), b);
}

int str_contains(VM& vm, Value self, Value item) {
  if (!is_str(item)) {
    vm.raise(&exc_TypeError, std::string("'in <string>' requires string as left operand, not ") + type_name(item));
    return -1;
  }
  StrObject* s = as_str(self);
  int64_t i = str_find_polling(vm, s, as_str(item), 0, s->length);
  return i == kSearchFailed ? -1 : i >= 0;
}

int64_t str_length(VM&, Value self) { return as_str(self)->length; }

Value str_getitem(VM& vm, Value self, Value key) {
  StrObject* s = as_str(self);
  if (key.is_small_int() || is_int(key) || (!is_slice(key) && type_of(key)->index != nullptr)) {
    int64_t i;
    if (!index_int64(vm, key, &i)) return Value();
    if (i < 0) i += s->length;
    if (i < 0 || i >= s->length) return vm.raise(&exc_IndexError, "string index out of range");
    return Value::from_object(str_from_char(s->at(i)));
  }
  if (is_slice(key)) {
    int64_t start, stop, step, n;
    if (!slice_indices(vm, key, s->length, &start, &stop, &step, &n)) return Value();
    if (step == 1) return Value::from_object(str_substring(s, start, start + n));
    if (n <= 0) return Value::from_object(str_empty());
    StrWriter w;
    w.reserve(n);
    for (int64_t i = 0, j = start; i < n; ++i, j += step) w.append(s->at(j));
    return Value::from_object(w.finish());
  }
  return vm.raise(&exc_TypeError, std::string("string indices must be integers, not '") + type_name(key) + "'");
}

Value str_iter(VM&, Value self) { return Value::from_object(sequence_iterator_new(self)); }

// str(object='') / str(object=b'', encoding='utf-8', errors='strict').
Value str_new(VM& vm, TypeObject* type, CallArgs args) {
  Value a[3];
  if (args.nargs > 3 && args.nkw() == 0)
    return vm.raise(&exc_TypeError, "str() takes at most 3 arguments (" + std::to_string(args.nargs) + " given)");
  if (!vm::parse_args(vm, args, "str", {"object", "encoding", "errors"}, 0, a)) return Value();
  Ref text;
  if (a[0].is_null()) {
    text = Ref::steal(Value::from_object(str_empty()));
  } else if (a[1].is_null() && a[2].is_null()) {
    text = Ref::steal(objects::str(vm, a[0]));
    if (text.is_null()) return Value();
  } else {
    const char* encoding = "utf-8";
    const char* errors = "strict";
    std::string enc_buf, err_buf;
    if (!a[1].is_null()) {
      if (!is_str(a[1]))
        return vm.raise(&exc_TypeError, std::string("str() argument 'encoding' must be str, not ") + type_name(a[1]));
      enc_buf = std::string(str_utf8(as_str(a[1])));
      encoding = enc_buf.c_str();
    }
    if (!a[2].is_null()) {
      if (!is_str(a[2]))
        return vm.raise(&exc_TypeError, std::string("str() argument 'errors' must be str, not ") + type_name(a[2]));
      err_buf = std::string(str_utf8(as_str(a[2])));
      errors = err_buf.c_str();
    }
    text = Ref::steal(decode_object(vm, a[0], encoding, errors));
    if (text.is_null()) return Value();
  }
  if (type == &str_type) return text.release();
  return str_copy_as(type, as_str(text.get()));
}

}  // namespace

Value str_method___getnewargs__(VM&, Value self, CallArgs) {
  Ref copy = Ref::steal(str_copy_as(&str_type, as_str(self)));
  return Value::from_object(tuple_of({copy.get()}));
}

// CPython's sizes: a compact ASCII str is 48 bytes + text, other compact strs 72 + text.
Value str_method___sizeof__(VM&, Value self, CallArgs) {
  StrObject* s = as_str(self);
  int64_t size = s->ascii ? 48 + s->length + 1 : 72 + (s->length + 1) * s->kind;
  if (!s->ascii && s->utf8 != nullptr) size += s->utf8_length + 1;
  return Value::from_small_int(size);
}

namespace {

const MethodDef kStrMethods[] = {
#define GP_STR_METHOD(name, shape, min, max) {#name, str_method_##name, ArgShape::shape, min, max, nullptr},
#include "objects/str_method_list.def"
#undef GP_STR_METHOD
    {nullptr, nullptr},
};

}  // namespace

void init_str_type() {
  TypeObject& t = str_type;
  t.name = "str";
  t.type_flags = kTypeBaseType | kTypeStrSubclass | kTypeImmutable;
  t.basic_size = sizeof(StrObject);
  t.dealloc = str_dealloc;
  t.new_instance = str_new;
  t.repr = str_repr;
  t.str = str_str;
  t.hash = str_hash_slot;
  t.richcompare = str_richcompare;
  t.binary[int(BinaryOp::kAdd)] = str_add;
  t.binary[int(BinaryOp::kMultiply)] = str_multiply;
  t.binary[int(BinaryOp::kRemainder)] = str_remainder;
  t.length = str_length;
  t.getitem = str_getitem;
  t.contains = str_contains;
  t.iter = str_iter;
  t.methods = kStrMethods;
  t.doc =
      "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the "
      "given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be "
      "decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if "
      "defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.";
}

}  // namespace glasspy::objects
