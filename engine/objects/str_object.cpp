// The str type's representation and core operations (object model): see str_object.h.
#include "objects/str_object.h"

#include <cstdlib>
#include <cstring>
#include <deque>
#include <string>
#include <unordered_map>

#include "objects/alloc.h"
#include "text/utf8.h"

namespace glasspy::objects {

namespace {

uint8_t kind_for(char32_t max_char) { return max_char < 0x100 ? 1 : max_char < 0x10000 ? 2 : 4; }

// Decodes WTF-8 (UTF-8 that may hold surrogates as 3-byte sequences); invalid bytes
// decode as U+FFFD so that a str is always made.
char32_t decode_one(std::string_view s, size_t& pos) {
  unsigned char b = s[pos];
  if (b < 0x80) {
    ++pos;
    return b;
  }
  int need = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : -1;
  if (need < 0 || pos + need >= s.size()) {  // not a lead byte, or truncated
    ++pos;
    return 0xFFFD;
  }
  char32_t c = b & (0x3F >> need);
  for (int i = 1; i <= need; ++i) {
    unsigned char cont = s[pos + i];
    if ((cont & 0xC0) != 0x80) {
      ++pos;
      return 0xFFFD;
    }
    c = (c << 6) | (cont & 0x3F);
  }
  pos += need + 1;
  return c;
}

inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

}  // namespace

StrObject* str_alloc(int64_t length, char32_t max_char) {
  uint8_t kind = kind_for(max_char);
  StrObject* s = alloc<StrObject>(&str_type, sizeof(StrObject) + (length + 1) * kind);
  s->length = length;
  s->kind = kind;
  s->ascii = max_char < 0x80;
  return s;
}

void str_set_char(StrObject* s, int64_t i, char32_t c) {
  switch (s->kind) {
    case 1: s->data()[i] = static_cast<uint8_t>(c); break;
    case 2: reinterpret_cast<uint16_t*>(s->data())[i] = static_cast<uint16_t>(c); break;
    default: reinterpret_cast<char32_t*>(s->data())[i] = c; break;
  }
}

StrObject* str_from_ascii(std::string_view ascii) {
  StrObject* s = str_alloc(static_cast<int64_t>(ascii.size()), 0x7F);
  std::memcpy(s->data(), ascii.data(), ascii.size());
  return s;
}

StrObject* str_from_latin1(std::string_view bytes) {
  char32_t max_char = 0;
  for (unsigned char c : bytes) max_char = c > max_char ? c : max_char;
  StrObject* s = str_alloc(static_cast<int64_t>(bytes.size()), max_char);
  std::memcpy(s->data(), bytes.data(), bytes.size());
  return s;
}

StrObject* str_from_utf8(std::string_view utf8) {
  bool ascii = true;
  for (unsigned char c : utf8)
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) return str_from_ascii(utf8);
  std::u32string cps;
  cps.reserve(utf8.size());
  for (size_t pos = 0; pos < utf8.size();) cps.push_back(decode_one(utf8, pos));
  return str_from_code_points(cps.data(), cps.size());
}

StrObject* str_from_code_points(const char32_t* cps, size_t n) {
  char32_t max_char = 0;
  for (size_t i = 0; i < n; ++i) max_char = cps[i] > max_char ? cps[i] : max_char;
  StrObject* s = str_alloc(static_cast<int64_t>(n), max_char);
  for (size_t i = 0; i < n; ++i) str_set_char(s, static_cast<int64_t>(i), cps[i]);
  return s;
}

StrObject* str_from_char(char32_t c) {
  if (c < 0x100) {
    static StrObject* latin1[256];
    StrObject*& cached = latin1[c];
    if (cached == nullptr) {
      cached = str_alloc(1, c);
      str_set_char(cached, 0, c);
      cached->refcount = kImmortalRefcount;
      cached->flags |= kImmortal;
    }
    incref(cached);
    return cached;
  }
  StrObject* s = str_alloc(1, c);
  str_set_char(s, 0, c);
  return s;
}

StrObject* str_empty() {
  static StrObject* empty = [] {
    StrObject* s = str_alloc(0, 0);
    s->refcount = kImmortalRefcount;
    s->flags |= kImmortal;
    return s;
  }();
  incref(empty);
  return empty;
}

StrObject* str_substring(StrObject* s, int64_t start, int64_t stop) {
  int64_t n = stop - start;
  if (n == 0) return str_empty();
  if (n == 1) return str_from_char(s->at(start));
  if (start == 0 && stop == s->length && s->type == &str_type) {
    incref(s);
    return s;
  }
  char32_t max_char = 0;
  if (s->ascii) {
    max_char = 0x7F;
  } else {
    for (int64_t i = start; i < stop; ++i) max_char = s->at(i) > max_char ? s->at(i) : max_char;
  }
  StrObject* r = str_alloc(n, max_char);
  if (r->kind == s->kind) {
    std::memcpy(r->data(), s->data() + start * s->kind, n * s->kind);
  } else {
    for (int64_t i = 0; i < n; ++i) str_set_char(r, i, s->at(start + i));
  }
  return r;
}

StrObject* str_concat(StrObject* a, StrObject* b) {
  if (b->length == 0 && a->type == &str_type) {
    incref(a);
    return a;
  }
  if (a->length == 0 && b->type == &str_type) {
    incref(b);
    return b;
  }
  uint8_t kind = a->kind > b->kind ? a->kind : b->kind;
  char32_t max_char = kind == 1 ? ((a->ascii && b->ascii) ? 0x7F : 0xFF) : kind == 2 ? 0xFFFF : 0x10FFFF;
  int64_t n = a->length + b->length;
  StrObject* r = str_alloc(n, max_char);
  if (kind == 4 || kind == 2) {
    // Some code point of a or b needs this kind; the flags stay right.
    r->ascii = false;
  }
  if (a->kind == kind) {
    std::memcpy(r->data(), a->data(), a->length * kind);
  } else {
    for (int64_t i = 0; i < a->length; ++i) str_set_char(r, i, a->at(i));
  }
  if (b->kind == kind) {
    std::memcpy(r->data() + a->length * kind, b->data(), b->length * kind);
  } else {
    for (int64_t i = 0; i < b->length; ++i) str_set_char(r, a->length + i, b->at(i));
  }
  return r;
}

std::string_view str_utf8(StrObject* s) {
  if (s->ascii) return std::string_view(reinterpret_cast<const char*>(s->data()), s->length);
  if (s->utf8 == nullptr) {
    std::string out;
    out.reserve(s->length * 2);
    for (int64_t i = 0; i < s->length; ++i) text::append_utf8(out, s->at(i));
    s->utf8 = static_cast<char*>(std::malloc(out.size() + 1));
    std::memcpy(s->utf8, out.c_str(), out.size() + 1);
    s->utf8_length = static_cast<int64_t>(out.size());
  }
  return std::string_view(s->utf8, s->utf8_length);
}

std::u32string str_code_points(const StrObject* s) {
  std::u32string out(s->length, U'\0');
  for (int64_t i = 0; i < s->length; ++i) out[i] = s->at(i);
  return out;
}

int64_t hash_bytes(const void* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t* in = static_cast<const uint8_t*>(data);
  uint64_t v0 = 0x736f6d6570736575ULL, v1 = 0x646f72616e646f6dULL;
  uint64_t v2 = 0x6c7967656e657261ULL, v3 = 0x7465646279746573ULL;
  auto round = [&] {
    v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);
    v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;
    v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;
    v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);
  };
  uint64_t b = static_cast<uint64_t>(size) << 56;
  size_t blocks = size / 8;
  for (size_t i = 0; i < blocks; ++i) {
    uint64_t m;
    std::memcpy(&m, in + i * 8, 8);  // little-endian on every target we build for
    v3 ^= m;
    round();
    v0 ^= m;
  }
  uint64_t t = 0;
  for (size_t i = 0; i < size % 8; ++i) t |= static_cast<uint64_t>(in[blocks * 8 + i]) << (8 * i);
  b |= t;
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xff;
  round();
  round();
  round();
  int64_t h = static_cast<int64_t>(v0 ^ v1 ^ v2 ^ v3);
  return h == -1 ? -2 : h;
}

int64_t str_hash(StrObject* s) {
  if (s->hash != -1) return s->hash;
  s->hash = hash_bytes(s->data(), static_cast<size_t>(s->length) * s->kind);
  return s->hash;
}

bool str_equal(const StrObject* a, const StrObject* b) {
  if (a == b) return true;
  if (a->length != b->length || a->kind != b->kind) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return std::memcmp(a->data(), b->data(), a->length * a->kind) == 0;
}

int str_compare(const StrObject* a, const StrObject* b) {
  int64_t n = a->length < b->length ? a->length : b->length;
  if (a->kind == 1 && b->kind == 1) {
    int c = std::memcmp(a->data(), b->data(), n);
    if (c != 0) return c;
  } else {
    for (int64_t i = 0; i < n; ++i) {
      char32_t x = a->at(i), y = b->at(i);
      if (x != y) return x < y ? -1 : 1;
    }
  }
  return a->length < b->length ? -1 : a->length > b->length ? 1 : 0;
}

bool str_equals_utf8(StrObject* s, std::string_view utf8) { return str_utf8(s) == utf8; }

namespace {
// Keyed by views of texts the table owns (a deque never moves its elements), so that a
// lookup (VM::intern of a C++ literal, often per call) builds no std::string.
struct StaticInternTable {
  std::unordered_map<std::string_view, StrObject*> strs;
  std::deque<std::string> texts;
};
StaticInternTable& static_table() {
  static auto* table = new StaticInternTable();
  return *table;
}
}  // namespace

StrObject* find_static_interned(std::string_view text) {
  auto& table = static_table().strs;
  auto it = table.find(text);
  return it == table.end() ? nullptr : it->second;
}

StrObject* intern_static(std::string_view text) {
  auto& table = static_table().strs;
  auto it = table.find(text);
  if (it != table.end()) return it->second;
  StrObject* s = str_from_utf8(text);
  s->refcount = kImmortalRefcount;
  s->flags |= kImmortal;
  s->interned = true;
  str_hash(s);
  const std::string& key = static_table().texts.emplace_back(text);
  table.emplace(std::string_view(key), s);
  return s;
}

}  // namespace glasspy::objects
