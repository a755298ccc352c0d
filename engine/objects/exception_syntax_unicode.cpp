// SyntaxError (and IndentationError, TabError) and the Unicode errors (object model):
// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) with its
// str "msg (file.py, line 3)"; UnicodeEncodeError/DecodeError/TranslateError with their
// encoding, object, start, end, reason and CPython 3.11's messages.
#include <cstdio>
#include <string>

#include "objects/bytes_object.h"
#include "objects/exception_common.h"
#include "objects/int_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

using namespace exception_detail;

namespace exception_detail {

// Fills the SyntaxError fields from args; false (TypeError) when the location tuple has
// the wrong size. vm null: ignore what is malformed (exception_new).
bool syntax_error_parse(VM* vm, ExceptionObject* e) {
  TupleObject* args = e->args;
  if (args->size >= 1) set_field(e, kSyntaxErrorMsg, args->items()[0]);
  if (args->size != 2) return true;
  Value info_value;
  if (vm != nullptr) {
    info_value = sequence_tuple(*vm, args->items()[1]);
    if (info_value.is_null()) return false;
  } else {
    if (!is_tuple(args->items()[1])) return true;
    info_value = args->items()[1];
    incref(info_value);
  }
  Ref info = Ref::steal(info_value);
  TupleObject* t = as_tuple(info.get());
  if (t->size < 4 || t->size > 6) {
    if (vm == nullptr) return true;
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "function takes %s %d arguments (%lld given)", t->size < 4 ? "at least" : "at most",
                  t->size < 4 ? 4 : 6, static_cast<long long>(t->size));
    vm->raise(&exc_TypeError, buffer);
    return false;
  }
  for (int i = 0; i < 4; ++i) set_field(e, kSyntaxErrorFilename + i, t->items()[i]);
  set_field(e, kSyntaxErrorEndLineno, t->size > 4 ? t->items()[4] : Value());
  set_field(e, kSyntaxErrorEndOffset, t->size > 5 ? t->items()[5] : Value());
  if (t->size == 5) {
    if (vm != nullptr) vm->raise(&exc_TypeError, "end_offset must be provided when end_lineno is provided");
    return vm == nullptr;
  }
  return true;
}

void syntax_error_fill(ExceptionObject* e) { (void)syntax_error_parse(nullptr, e); }

}  // namespace exception_detail

namespace {

bool syntax_error_init(VM& vm, Value self, CallArgs args) {
  if (!base_exception_init(vm, self, args)) return false;
  return syntax_error_parse(&vm, as_exception(self));
}

Value syntax_error_str(VM& vm, Value self) {
  ExceptionObject* e = as_exception(self);
  Value msg = e->fields[kSyntaxErrorMsg];
  std::string text;
  if (!str_utf8(vm, msg.is_null() ? none() : msg, &text)) return Value();
  Value filename = e->fields[kSyntaxErrorFilename], lineno = e->fields[kSyntaxErrorLineno];
  bool have_filename = is_str(filename);
  // Only an exact int counts (True is not a line number), as CPython.
  bool have_lineno = !lineno.is_null() && is_exact_int(lineno);
  std::string base;
  if (have_filename) {
    std::string_view f = str_utf8(as_str(filename));
    size_t slash = f.rfind('/');
    base = std::string(slash == std::string_view::npos ? f : f.substr(slash + 1));
  }
  std::string line;
  if (have_lineno) {
    std::string digits;
    if (!str_utf8(vm, lineno, &digits)) return Value();
    line = "line " + digits;
  }
  if (have_filename && have_lineno) text += " (" + base + ", " + line + ")";
  else if (have_filename) text += " (" + base + ")";
  else if (have_lineno) text += " (" + line + ")";
  return Value::from_object(str_from_utf8(text));
}

const GetSetDef kSyntaxErrorGetSets[] = {
    {"msg", field_getter<kSyntaxErrorMsg>, field_setter<kSyntaxErrorMsg>, "exception msg"},
    {"filename", field_getter<kSyntaxErrorFilename>, field_setter<kSyntaxErrorFilename>, "exception filename"},
    {"lineno", field_getter<kSyntaxErrorLineno>, field_setter<kSyntaxErrorLineno>, "exception lineno"},
    {"offset", field_getter<kSyntaxErrorOffset>, field_setter<kSyntaxErrorOffset>, "exception offset"},
    {"text", field_getter<kSyntaxErrorText>, field_setter<kSyntaxErrorText>, "exception text"},
    {"end_lineno", field_getter<kSyntaxErrorEndLineno>, field_setter<kSyntaxErrorEndLineno>, "exception end lineno"},
    {"end_offset", field_getter<kSyntaxErrorEndOffset>, field_setter<kSyntaxErrorEndOffset>, "exception end offset"},
    {"print_file_and_line", field_getter<kSyntaxErrorPrintFileAndLine>, field_setter<kSyntaxErrorPrintFileAndLine>,
     "exception print_file_and_line"},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------
// Unicode errors

enum class UnicodeKind { kEncode, kDecode, kTranslate };

UnicodeKind kind_of(const TypeObject* t) {
  if (is_subtype(t, &exc_UnicodeEncodeError)) return UnicodeKind::kEncode;
  if (is_subtype(t, &exc_UnicodeDecodeError)) return UnicodeKind::kDecode;
  return UnicodeKind::kTranslate;
}

bool arg_must_be_str(VM& vm, Value v, int position) {
  if (is_str(v)) return true;
  vm.raise(&exc_TypeError, "argument " + std::to_string(position) + " must be str, not " + type_name(v));
  return false;
}

// Parses args as CPython's "UOnnU" (encode, decode) or "UnnU" (translate) formats.
bool unicode_error_parse(VM& vm, ExceptionObject* e) {
  UnicodeKind kind = kind_of(e->type);
  TupleObject* args = e->args;
  int64_t want = kind == UnicodeKind::kTranslate ? 4 : 5;
  if (args->size != want) {
    vm.raise(&exc_TypeError, "function takes exactly " + std::to_string(want) + " arguments (" +
                                 std::to_string(args->size) + " given)");
    return false;
  }
  const Value* a = args->items();
  int shift = kind == UnicodeKind::kTranslate ? -1 : 0;  // translate has no encoding
  Value encoding = kind == UnicodeKind::kTranslate ? Value() : a[0];
  Value object = a[1 + shift], start = a[2 + shift], end = a[3 + shift], reason = a[4 + shift];
  if (!encoding.is_null() && !arg_must_be_str(vm, encoding, 1)) return false;
  if (kind == UnicodeKind::kTranslate && !arg_must_be_str(vm, object, 1)) return false;
  Ref start_int = Ref::steal(index(vm, start));
  if (!start_int) return false;
  Ref end_int = Ref::steal(index(vm, end));
  if (!end_int) return false;
  int64_t n;
  if (!index_int64(vm, start_int.get(), &n) || !index_int64(vm, end_int.get(), &n)) return false;
  if (!arg_must_be_str(vm, reason, kind == UnicodeKind::kTranslate ? 4 : 5)) return false;
  if (kind == UnicodeKind::kEncode && !arg_must_be_str(vm, object, 2)) return false;
  Ref object_ref = Ref::borrow(object);
  if (kind == UnicodeKind::kDecode && !is_bytes(object)) {
    std::string_view tname = type_name(object);
    if (type_of(object) != &bytearray_type && tname != "memoryview") {
      vm.raise(&exc_TypeError, std::string("a bytes-like object is required, not '") + type_name(object) + "'");
      return false;
    }
    object_ref = Ref::steal(call1(vm, Value::from_object(&bytes_type), object));
    if (!object_ref) return false;
  }
  set_field(e, kUnicodeErrorEncoding, encoding);
  set_field(e, kUnicodeErrorObject, object_ref.get());
  set_field(e, kUnicodeErrorStart, start_int.get());
  set_field(e, kUnicodeErrorEnd, end_int.get());
  set_field(e, kUnicodeErrorReason, reason);
  return true;
}

bool unicode_error_init(VM& vm, Value self, CallArgs args) {
  if (!base_exception_init(vm, self, args)) return false;
  return unicode_error_parse(vm, as_exception(self));
}

std::string hex_escape(char32_t c) {
  char buffer[16];
  if (c <= 0xff) std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(c));
  else if (c <= 0xffff) std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
  else std::snprintf(buffer, sizeof buffer, "\\U%08x", static_cast<unsigned>(c));
  return buffer;
}

Value unicode_error_str(VM& vm, Value self) {
  ExceptionObject* e = as_exception(self);
  Value object = e->fields[kUnicodeErrorObject];
  if (object.is_null()) return Value::from_object(str_empty());
  UnicodeKind kind = kind_of(type_of(self));
  std::string reason, encoding;
  Value r = e->fields[kUnicodeErrorReason], en = e->fields[kUnicodeErrorEncoding];
  if (!str_utf8(vm, r.is_null() ? none() : r, &reason)) return Value();
  if (kind != UnicodeKind::kTranslate && !str_utf8(vm, en.is_null() ? none() : en, &encoding)) return Value();
  int64_t start = 0, end = 0;
  (void)int_to_int64(e->fields[kUnicodeErrorStart], &start);
  (void)int_to_int64(e->fields[kUnicodeErrorEnd], &end);
  int64_t length = is_str(object) ? as_str(object)->length : is_bytes(object) ? as_bytes(object)->size : 0;
  bool single = start >= 0 && start < length && end == start + 1;
  std::string out;
  if (kind == UnicodeKind::kDecode) {
    out = "'" + encoding + "' codec can't decode ";
    if (single) {
      char buffer[16];
      std::snprintf(buffer, sizeof buffer, "0x%02x", as_bytes(object)->data()[start]);
      out += std::string("byte ") + buffer + " in position " + std::to_string(start);
    } else {
      out += "bytes in position " + std::to_string(start) + "-" + std::to_string(end - 1);
    }
  } else {
    out = kind == UnicodeKind::kEncode ? "'" + encoding + "' codec can't encode " : "can't translate ";
    if (single) {
      out += "character '" + hex_escape(as_str(object)->at(start)) + "' in position " + std::to_string(start);
    } else {
      out += "characters in position " + std::to_string(start) + "-" + std::to_string(end - 1);
    }
  }
  out += ": " + reason;
  return Value::from_object(str_from_utf8(out));
}

// start and end are CPython ssize_t members: ints only, not deletable.
template <int I>
bool ssize_setter(VM& vm, Value self, Value value) {
  if (value.is_null()) {
    vm.raise(&exc_TypeError, "can't delete numeric/char attribute");
    return false;
  }
  if (!is_int(value)) {
    vm.raise(&exc_TypeError, "an integer is required");
    return false;
  }
  int64_t n;
  if (!int_to_int64(value, &n)) {
    vm.raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  Value v = make_int(n);
  set_field(as_exception(self), I, v);
  decref(v);
  return true;
}

const GetSetDef kUnicodeErrorGetSets[] = {
    {"encoding", field_getter<kUnicodeErrorEncoding>, field_setter<kUnicodeErrorEncoding>, "exception encoding"},
    {"object", field_getter<kUnicodeErrorObject>, field_setter<kUnicodeErrorObject>, "exception object"},
    {"start", field_getter<kUnicodeErrorStart>, ssize_setter<kUnicodeErrorStart>, "exception start"},
    {"end", field_getter<kUnicodeErrorEnd>, ssize_setter<kUnicodeErrorEnd>, "exception end"},
    {"reason", field_getter<kUnicodeErrorReason>, field_setter<kUnicodeErrorReason>, "exception reason"},
    {nullptr, nullptr},
};

}  // namespace

namespace exception_detail {

void unicode_error_fill(ExceptionObject* e) {
  if (e->type == &exc_UnicodeError || !is_subtype(e->type, &exc_UnicodeError)) return;
  // Only well-formed args are stored (no VM to raise with): checked before any field.
  TupleObject* args = e->args;
  UnicodeKind kind = kind_of(e->type);
  int64_t want = kind == UnicodeKind::kTranslate ? 4 : 5;
  if (args->size != want) return;
  const Value* a = args->items();
  int shift = kind == UnicodeKind::kTranslate ? -1 : 0;
  if (kind != UnicodeKind::kTranslate && !is_str(a[0])) return;
  Value object = a[1 + shift];
  if (kind == UnicodeKind::kDecode ? !is_bytes(object) : !is_str(object)) return;
  if (!is_int(a[2 + shift]) || !is_int(a[3 + shift]) || !is_str(a[4 + shift])) return;
  if (kind != UnicodeKind::kTranslate) set_field(e, kUnicodeErrorEncoding, a[0]);
  set_field(e, kUnicodeErrorObject, object);
  set_field(e, kUnicodeErrorStart, a[2 + shift]);
  set_field(e, kUnicodeErrorEnd, a[3 + shift]);
  set_field(e, kUnicodeErrorReason, a[4 + shift]);
}

void init_syntax_error_types() {
  exc_SyntaxError.init = syntax_error_init;
  exc_SyntaxError.str = syntax_error_str;
  exc_SyntaxError.getsets = kSyntaxErrorGetSets;
}

void init_unicode_error_types() {
  for (TypeObject* t : {&exc_UnicodeEncodeError, &exc_UnicodeDecodeError, &exc_UnicodeTranslateError}) {
    t->init = unicode_error_init;
    t->str = unicode_error_str;
    t->getsets = kUnicodeErrorGetSets;
  }
}

}  // namespace exception_detail

}  // namespace glasspy::objects
