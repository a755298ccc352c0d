// Text encodings (object model): str.encode, bytes.decode and str(b, encoding) for UTF-8,
// ASCII, Latin-1, cp1252, UTF-16 and UTF-32, with the error handlers strict, ignore,
// replace, backslashreplace, xmlcharrefreplace, namereplace, surrogateescape and
// surrogatepass, raising UnicodeEncodeError / UnicodeDecodeError as CPython words them.
#include <cstdio>
#include <cstring>
#include <string>

#include "objects/bytes_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/ops.h"
#include "objects/str_methods.h"
#include "objects/tuple_object.h"
#include "unicode/char_names.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::objects {

namespace {

enum class Codec { kUtf8, kUtf8Sig, kAscii, kLatin1, kCp1252, kUtf16, kUtf16Le, kUtf16Be, kUtf32, kUtf32Le, kUtf32Be };
enum class Handler {
  kStrict, kIgnore, kReplace, kBackslashReplace, kXmlCharRefReplace, kNameReplace, kSurrogateEscape,
  kSurrogatePass, kUnknown
};

struct CodecInfo {
  Codec codec;
  const char* name;  // as messages name it
};

bool lookup_codec(std::string_view raw, CodecInfo* out) {
  std::string n;
  n.reserve(raw.size());
  for (char c : raw) n.push_back(c == '_' || c == ' ' ? '-' : (c >= 'A' && c <= 'Z') ? c + 32 : c);
  struct Alias {
    const char* alias;
    Codec codec;
    const char* name;
  };
  static const Alias kAliases[] = {
      {"utf-8", Codec::kUtf8, "utf-8"},        {"utf8", Codec::kUtf8, "utf-8"},
      {"utf-8-sig", Codec::kUtf8Sig, "utf-8"}, {"utf8-sig", Codec::kUtf8Sig, "utf-8"},
      {"u8", Codec::kUtf8, "utf-8"},           {"utf", Codec::kUtf8, "utf-8"},
      {"cp65001", Codec::kUtf8, "utf-8"},      {"utf8-ucs2", Codec::kUtf8, "utf-8"},
      {"utf8-ucs4", Codec::kUtf8, "utf-8"},    {"ascii", Codec::kAscii, "ascii"},
      {"us-ascii", Codec::kAscii, "ascii"},    {"646", Codec::kAscii, "ascii"},
      {"us", Codec::kAscii, "ascii"},          {"latin-1", Codec::kLatin1, "latin-1"},
      {"latin1", Codec::kLatin1, "latin-1"},   {"latin", Codec::kLatin1, "latin-1"},
      {"iso-8859-1", Codec::kLatin1, "latin-1"}, {"iso8859-1", Codec::kLatin1, "latin-1"},
      {"8859", Codec::kLatin1, "latin-1"},     {"cp819", Codec::kLatin1, "latin-1"},
      {"l1", Codec::kLatin1, "latin-1"},       {"iso-ir-100", Codec::kLatin1, "latin-1"},
      {"cp1252", Codec::kCp1252, "charmap"},   {"windows-1252", Codec::kCp1252, "charmap"},
      {"utf-16", Codec::kUtf16, "utf-16"},     {"utf16", Codec::kUtf16, "utf-16"},
      {"u16", Codec::kUtf16, "utf-16"},        {"utf-16-le", Codec::kUtf16Le, "utf-16-le"},
      {"utf-16le", Codec::kUtf16Le, "utf-16-le"}, {"utf-16-be", Codec::kUtf16Be, "utf-16-be"},
      {"utf-16be", Codec::kUtf16Be, "utf-16-be"}, {"utf-32", Codec::kUtf32, "utf-32"},
      {"utf32", Codec::kUtf32, "utf-32"},      {"u32", Codec::kUtf32, "utf-32"},
      {"utf-32-le", Codec::kUtf32Le, "utf-32-le"}, {"utf-32le", Codec::kUtf32Le, "utf-32-le"},
      {"utf-32-be", Codec::kUtf32Be, "utf-32-be"}, {"utf-32be", Codec::kUtf32Be, "utf-32-be"},
  };
  for (const Alias& a : kAliases) {
    if (n == a.alias) {
      *out = {a.codec, a.name};
      return true;
    }
  }
  return false;
}

Handler lookup_handler(std::string_view name) {
  if (name == "strict") return Handler::kStrict;
  if (name == "ignore") return Handler::kIgnore;
  if (name == "replace") return Handler::kReplace;
  if (name == "backslashreplace") return Handler::kBackslashReplace;
  if (name == "xmlcharrefreplace") return Handler::kXmlCharRefReplace;
  if (name == "namereplace") return Handler::kNameReplace;
  if (name == "surrogateescape") return Handler::kSurrogateEscape;
  if (name == "surrogatepass") return Handler::kSurrogatePass;
  return Handler::kUnknown;
}

Value unknown_handler(VM& vm, const char* errors) {
  return vm.raise(&exc_LookupError, std::string("unknown error handler name '") + errors + "'");
}

// Raises UnicodeEncodeError / UnicodeDecodeError(encoding, object, start, end, reason).
Value raise_unicode_error(VM& vm, TypeObject* type, const char* encoding, Value object, int64_t start, int64_t end,
                          const char* reason) {
  Ref enc = Ref::steal(Value::from_object(str_from_utf8(encoding)));
  Ref rsn = Ref::steal(Value::from_object(str_from_utf8(reason)));
  TupleObject* args = tuple_of({enc.get(), object, Value::from_small_int(start), Value::from_small_int(end), rsn.get()});
  ExceptionObject* exc = exception_new(type, args);
  decref(args);
  vm.raise_value(Value::from_object(exc));
  decref(exc);
  return Value();
}

// cp1252's 0x80..0x9F (0: undefined).
const char16_t kCp1252High[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

int cp1252_byte(char32_t c) {
  if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) return static_cast<int>(c);
  for (int i = 0; i < 32; ++i)
    if (kCp1252High[i] != 0 && kCp1252High[i] == c) return 0x80 + i;
  return -1;
}

void put16(std::string& out, uint32_t u, bool big) {
  if (big) {
    out.push_back(static_cast<char>(u >> 8));
    out.push_back(static_cast<char>(u));
  } else {
    out.push_back(static_cast<char>(u));
    out.push_back(static_cast<char>(u >> 8));
  }
}

void put32(std::string& out, uint32_t u, bool big) {
  for (int k = 0; k < 4; ++k) out.push_back(static_cast<char>(u >> (big ? 24 - 8 * k : 8 * k)));
}

void append_utf8_raw(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

inline bool is_surrogate(char32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

// Appends the encoding of a code point the codec can represent.
void encode_char(std::string& out, Codec codec, char32_t c) {
  switch (codec) {
    case Codec::kUtf8: append_utf8_raw(out, c); break;
    case Codec::kAscii:
    case Codec::kLatin1: out.push_back(static_cast<char>(c)); break;
    case Codec::kCp1252: out.push_back(static_cast<char>(cp1252_byte(c))); break;
    case Codec::kUtf16:
    case Codec::kUtf16Le:
    case Codec::kUtf16Be: {
      bool big = codec == Codec::kUtf16Be;
      if (c >= 0x10000) {
        put16(out, 0xD800 + ((c - 0x10000) >> 10), big);
        put16(out, 0xDC00 + ((c - 0x10000) & 0x3FF), big);
      } else {
        put16(out, c, big);
      }
      break;
    }
    default: put32(out, c, codec == Codec::kUtf32Be); break;
  }
}

bool can_encode(Codec codec, char32_t c) {
  switch (codec) {
    case Codec::kAscii: return c < 0x80;
    case Codec::kLatin1: return c < 0x100;
    case Codec::kCp1252: return cp1252_byte(c) >= 0;
    default: return !is_surrogate(c);
  }
}

const char* encode_reason(Codec codec) {
  switch (codec) {
    case Codec::kAscii: return "ordinal not in range(128)";
    case Codec::kLatin1: return "ordinal not in range(256)";
    case Codec::kCp1252: return "character maps to <undefined>";
    default: return "surrogates not allowed";
  }
}

void append_ascii_escape(std::string& out, const char* format, unsigned value) {
  char buf[16];
  std::snprintf(buf, sizeof buf, format, value);
  out += buf;
}

void backslash_escape(std::string& out, char32_t c) {
  if (c < 0x100) append_ascii_escape(out, "\\x%02x", c);
  else if (c < 0x10000) append_ascii_escape(out, "\\u%04x", c);
  else append_ascii_escape(out, "\\U%08x", c);
}

}  // namespace

// s.encode(codec): bytes, or null with the error raised.
Value encode_str(VM& vm, StrObject* s, const char* encoding, const char* errors) {
  CodecInfo info;
  if (!lookup_codec(encoding, &info)) return vm.raise(&exc_LookupError, std::string("unknown encoding: ") + encoding);
  Codec codec = info.codec;
  std::string out;
  if (codec == Codec::kUtf8Sig) {  // UTF-8 after a byte order mark
    out = "\xEF\xBB\xBF";
    codec = Codec::kUtf8;
  }
  // Fast paths: ASCII text is its own UTF-8 / ASCII / Latin-1.
  if (s->ascii && (codec == Codec::kUtf8 || codec == Codec::kAscii || codec == Codec::kLatin1 || codec == Codec::kCp1252))
    return make_bytes(out.append(reinterpret_cast<const char*>(s->data()), s->length));
  out.reserve(out.size() + s->length);
  if (codec == Codec::kUtf16) {
    put16(out, 0xFEFF, false);
    codec = Codec::kUtf16Le;
  } else if (codec == Codec::kUtf32) {
    put32(out, 0xFEFF, false);
    codec = Codec::kUtf32Le;
  }
  Handler handler = Handler::kStrict;
  bool handler_known = false;
  for (int64_t i = 0; i < s->length;) {
    char32_t c = s->at(i);
    if (can_encode(codec, c)) {
      encode_char(out, codec, c);
      ++i;
      continue;
    }
    int64_t j = i + 1;
    while (j < s->length && !can_encode(codec, s->at(j))) ++j;
    if (!handler_known) {
      handler = lookup_handler(errors);
      if (handler == Handler::kUnknown) return unknown_handler(vm, errors);
      handler_known = true;
    }
    switch (handler) {
      case Handler::kIgnore: break;
      case Handler::kReplace:
        for (int64_t k = i; k < j; ++k) encode_char(out, codec, '?');
        break;
      case Handler::kBackslashReplace:
        for (int64_t k = i; k < j; ++k) {
          std::string esc;
          backslash_escape(esc, s->at(k));
          for (char e : esc) encode_char(out, codec, static_cast<unsigned char>(e));
        }
        break;
      case Handler::kXmlCharRefReplace:
        for (int64_t k = i; k < j; ++k) {
          std::string esc = "&#" + std::to_string(static_cast<uint32_t>(s->at(k))) + ";";
          for (char e : esc) encode_char(out, codec, static_cast<unsigned char>(e));
        }
        break;
      case Handler::kNameReplace:
        for (int64_t k = i; k < j; ++k) {
          std::string esc;
          auto name = unicode::char_name(s->at(k));
          if (name) esc = "\\N{" + *name + "}";
          else backslash_escape(esc, s->at(k));
          for (char e : esc) encode_char(out, codec, static_cast<unsigned char>(e));
        }
        break;
      case Handler::kSurrogateEscape:
        for (int64_t k = i; k < j; ++k) {
          char32_t sc = s->at(k);
          if (sc < 0xDC80 || sc > 0xDCFF || codec == Codec::kUtf16Le || codec == Codec::kUtf16Be ||
              codec == Codec::kUtf32Le || codec == Codec::kUtf32Be)
            return raise_unicode_error(vm, &exc_UnicodeEncodeError, info.name, Value::from_object(s), i, j,
                                       encode_reason(codec));
          out.push_back(static_cast<char>(sc - 0xDC00));
        }
        break;
      case Handler::kSurrogatePass:
        if (codec == Codec::kAscii || codec == Codec::kLatin1 || codec == Codec::kCp1252)
          return raise_unicode_error(vm, &exc_UnicodeEncodeError, info.name, Value::from_object(s), i, j,
                                     encode_reason(codec));
        for (int64_t k = i; k < j; ++k) {
          char32_t sc = s->at(k);
          if (codec == Codec::kUtf8) append_utf8_raw(out, sc);
          else if (codec == Codec::kUtf16Le || codec == Codec::kUtf16Be) put16(out, sc, codec == Codec::kUtf16Be);
          else put32(out, sc, codec == Codec::kUtf32Be);
        }
        break;
      default:
        return raise_unicode_error(vm, &exc_UnicodeEncodeError, info.name, Value::from_object(s), i, j,
                                   encode_reason(codec));
    }
    i = j;
  }
  return make_bytes(out);
}

namespace {

// One malformed stretch found by a decoder: bytes [start, end) and why.
struct DecodeError {
  int64_t start;
  int64_t end;
  const char* reason;
};

// Decodes UTF-8 from data[i]: the code point, or false with the error's extent.
inline bool utf8_step(const uint8_t* d, int64_t n, int64_t* i, char32_t* out, DecodeError* err) {
  int64_t p = *i;
  uint8_t b = d[p];
  if (b < 0x80) {
    *out = b;
    *i = p + 1;
    return true;
  }
  int need;
  uint8_t lo = 0x80, hi = 0xBF;
  if (b < 0xC2 || b > 0xF4) {
    *err = {p, p + 1, "invalid start byte"};
    return false;
  }
  if (b < 0xE0) {
    need = 1;
  } else if (b < 0xF0) {
    need = 2;
    if (b == 0xE0) lo = 0xA0;
    if (b == 0xED) hi = 0x9F;
  } else {
    need = 3;
    if (b == 0xF0) lo = 0x90;
    if (b == 0xF4) hi = 0x8F;
  }
  char32_t c = b & (0x3F >> need);
  for (int k = 1; k <= need; ++k) {
    if (p + k >= n) {
      *err = {p, n, "unexpected end of data"};
      return false;
    }
    uint8_t cont = d[p + k];
    if (k == 1 ? (cont < lo || cont > hi) : (cont & 0xC0) != 0x80) {
      *err = {p, p + k, "invalid continuation byte"};
      return false;
    }
    c = (c << 6) | (cont & 0x3F);
  }
  *out = c;
  *i = p + need + 1;
  return true;
}

}  // namespace

Value decode_bytes(VM& vm, std::string_view data, const char* encoding, const char* errors) {
  CodecInfo info;
  if (!lookup_codec(encoding, &info)) return vm.raise(&exc_LookupError, std::string("unknown encoding: ") + encoding);
  Codec codec = info.codec;
  if (codec == Codec::kUtf8Sig) {
    // UTF-8 without a leading byte order mark; errors count from after the mark (CPython).
    if (data.substr(0, 3) == "\xEF\xBB\xBF") data.remove_prefix(3);
    codec = Codec::kUtf8;
  }
  const uint8_t* d = reinterpret_cast<const uint8_t*>(data.data());
  int64_t n = static_cast<int64_t>(data.size());
  const char* name = info.name;
  // ASCII input decodes the same in the byte-oriented codecs.
  if (codec == Codec::kUtf8 || codec == Codec::kAscii || codec == Codec::kLatin1 || codec == Codec::kCp1252) {
    int64_t k = 0;
    while (k < n && d[k] < 0x80) ++k;
    if (k == n) return Value::from_object(str_from_ascii(data));
    if (codec == Codec::kLatin1) return Value::from_object(str_from_latin1(data));
  }
  bool big = codec == Codec::kUtf16Be || codec == Codec::kUtf32Be;
  int64_t i = 0;
  if (codec == Codec::kUtf16 || codec == Codec::kUtf32) {
    bool is16 = codec == Codec::kUtf16;
    if (is16 && n >= 2 && d[0] == 0xFF && d[1] == 0xFE) i = 2;
    else if (is16 && n >= 2 && d[0] == 0xFE && d[1] == 0xFF) i = 2, big = true;
    else if (!is16 && n >= 4 && d[0] == 0xFF && d[1] == 0xFE && d[2] == 0 && d[3] == 0) i = 4;
    else if (!is16 && n >= 4 && d[0] == 0 && d[1] == 0 && d[2] == 0xFE && d[3] == 0xFF) i = 4, big = true;
    codec = is16 ? (big ? Codec::kUtf16Be : Codec::kUtf16Le) : (big ? Codec::kUtf32Be : Codec::kUtf32Le);
    name = is16 ? (big ? "utf-16-be" : "utf-16-le") : (big ? "utf-32-be" : "utf-32-le");
  }
  StrWriter w;
  w.reserve(n);
  Handler handler = Handler::kStrict;
  bool handler_known = false;
  Ref bytes_object;  // made on the first error, for the exception
  while (i < n) {
    char32_t c = 0;
    DecodeError err{0, 0, nullptr};
    bool ok = true;
    switch (codec) {
      case Codec::kUtf8: ok = utf8_step(d, n, &i, &c, &err); break;
      case Codec::kAscii:
        if (d[i] < 0x80) c = d[i++];
        else err = {i, i + 1, "ordinal not in range(128)"}, ok = false;
        break;
      case Codec::kLatin1: c = d[i++]; break;
      case Codec::kCp1252:
        if (d[i] < 0x80 || d[i] >= 0xA0) {
          c = d[i++];
        } else if (kCp1252High[d[i] - 0x80] != 0) {
          c = kCp1252High[d[i++] - 0x80];
        } else {
          err = {i, i + 1, "character maps to <undefined>"}, ok = false;
        }
        break;
      case Codec::kUtf16Le:
      case Codec::kUtf16Be: {
        if (n - i < 2) {
          err = {i, n, "truncated data"}, ok = false;
          break;
        }
        auto unit = [&](int64_t p) -> char32_t { return big ? (d[p] << 8 | d[p + 1]) : (d[p + 1] << 8 | d[p]); };
        char32_t u = unit(i);
        if (u < 0xD800 || u > 0xDFFF) {
          c = u;
          i += 2;
        } else if (u >= 0xDC00) {
          err = {i, i + 2, "illegal encoding"}, ok = false;
        } else if (n - i < 4) {
          err = {i, n, "unexpected end of data"}, ok = false;
        } else {
          char32_t u2 = unit(i + 2);
          if (u2 < 0xDC00 || u2 > 0xDFFF) {
            err = {i, i + 2, "illegal UTF-16 surrogate"}, ok = false;
          } else {
            c = 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00);
            i += 4;
          }
        }
        break;
      }
      default: {
        if (n - i < 4) {
          err = {i, n, "truncated data"}, ok = false;
          break;
        }
        uint32_t u = 0;
        for (int k = 0; k < 4; ++k) u |= static_cast<uint32_t>(d[i + k]) << (big ? 24 - 8 * k : 8 * k);
        if (u > 0x10FFFF) err = {i, i + 4, "code point not in range(0x110000)"}, ok = false;
        else if (is_surrogate(u)) err = {i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)"}, ok = false;
        else c = u, i += 4;
        break;
      }
    }
    if (ok) {
      w.append(c);
      continue;
    }
    if (!handler_known) {
      handler = lookup_handler(errors);
      if (handler == Handler::kUnknown) return unknown_handler(vm, errors);
      handler_known = true;
    }
    auto fail = [&]() {
      if (bytes_object.is_null()) bytes_object = Ref::steal(make_bytes(data));
      return raise_unicode_error(vm, &exc_UnicodeDecodeError, name, bytes_object.get(), err.start, err.end,
                                 err.reason);
    };
    switch (handler) {
      case Handler::kIgnore: break;
      case Handler::kReplace: w.append(0xFFFD); break;
      case Handler::kBackslashReplace:
        for (int64_t k = err.start; k < err.end; ++k) {
          std::string esc;
          backslash_escape(esc, d[k]);
          w.append_ascii(esc);
        }
        break;
      case Handler::kSurrogateEscape:
        for (int64_t k = err.start; k < err.end; ++k) {
          if (d[k] < 0x80) return fail();
          w.append(0xDC00 + d[k]);
        }
        break;
      case Handler::kSurrogatePass:
        if (codec == Codec::kUtf8 && n - err.start >= 3 && d[err.start] == 0xED && (d[err.start + 1] & 0xE0) == 0xA0 &&
            (d[err.start + 2] & 0xC0) == 0x80) {
          w.append(0xD000 + ((d[err.start + 1] & 0x3F) << 6) + (d[err.start + 2] & 0x3F));
          err.end = err.start + 3;
          break;
        }
        if ((codec == Codec::kUtf16Le || codec == Codec::kUtf16Be) && n - err.start >= 2) {
          w.append(big ? (d[err.start] << 8 | d[err.start + 1]) : (d[err.start + 1] << 8 | d[err.start]));
          err.end = err.start + 2;
          break;
        }
        return fail();
      default: return fail();
    }
    i = err.end;
  }
  return Value::from_object(w.finish());
}

Value decode_object(VM& vm, Value obj, const char* encoding, const char* errors) {
  if (is_str(obj)) return vm.raise(&exc_TypeError, "decoding str is not supported");
  std::string_view data;
  if (!bytes_like_view(obj, &data))
    return vm.raise(&exc_TypeError, std::string("decoding to str: need a bytes-like object, ") + type_name(obj) + " found");
  return decode_bytes(vm, data, encoding, errors);
}

// (encoding='utf-8', errors='strict') of str.encode and bytes.decode.
bool parse_codec_args(VM& vm, CallArgs args, const char* fname, std::string* encoding, std::string* errors) {
  if (args.nargs > 2) {
    vm.raise(&exc_TypeError, std::string(fname) + "() takes at most 2 arguments (" + std::to_string(args.nargs) + " given)");
    return false;
  }
  Value a[2];
  if (!vm::parse_args(vm, args, fname, {"encoding", "errors"}, 0, a)) return false;
  *encoding = "utf-8";
  *errors = "strict";
  const char* names[2] = {"encoding", "errors"};
  std::string* outs[2] = {encoding, errors};
  for (int k = 0; k < 2; ++k) {
    if (a[k].is_null()) continue;
    if (!is_str(a[k])) {
      vm.raise(&exc_TypeError, std::string(fname) + "() argument '" + names[k] + "' must be str, not " + type_name(a[k]));
      return false;
    }
    *outs[k] = std::string(str_utf8(as_str(a[k])));
  }
  return true;
}

Value str_method_encode(VM& vm, Value self, CallArgs args) {
  std::string encoding, errors;
  if (!parse_codec_args(vm, args, "encode", &encoding, &errors)) return Value();
  return encode_str(vm, as_str(self), encoding.c_str(), errors.c_str());
}

}  // namespace glasspy::objects
