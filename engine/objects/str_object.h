// The str type's representation and core operations (object model). Strings are stored
// as CPython's PEP 393 does: one, two or four bytes per code point, the narrowest that
// holds the largest one, so indexing is O(1) and hashes match CPython's (SipHash-1-3 over
// those bytes, with the key PYTHONHASHSEED=0 gives: set order of strings is CPython's).
// The str methods live in str_methods*.cpp; this is what every other part needs.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

struct StrObject : Object {
  int64_t length = 0;     // code points
  int64_t hash = -1;      // cached hash; -1: not computed yet
  uint8_t kind = 1;       // bytes per code point: 1 (Latin-1), 2 (BMP) or 4
  bool ascii = true;      // every code point < 128 (then the data is its own UTF-8)
  bool interned = false;  // the one object of an interned table for its text
  char* utf8 = nullptr;   // cached UTF-8 of a non-ASCII string (owned), or null
  int64_t utf8_length = 0;
  // Followed by (length + 1) * kind bytes: the code points and a 0 terminator.

  uint8_t* data() { return reinterpret_cast<uint8_t*>(this + 1); }
  const uint8_t* data() const { return reinterpret_cast<const uint8_t*>(this + 1); }
  char32_t at(int64_t i) const {
    switch (kind) {
      case 1: return data()[i];
      case 2: return reinterpret_cast<const uint16_t*>(data())[i];
      default: return reinterpret_cast<const char32_t*>(data())[i];
    }
  }
};

inline bool is_str(Value v);
inline StrObject* as_str(Value v) { return static_cast<StrObject*>(v.as_object()); }

// A new str with room for `length` code points none above `max_char` (data zeroed but for
// the caller to fill, using set_char). Never fails (aborts on out-of-memory).
StrObject* str_alloc(int64_t length, char32_t max_char);
// Writes code point `i` of a str being built by str_alloc.
void str_set_char(StrObject* s, int64_t i, char32_t c);

// New strs (new references). Lone surrogates travel through C++ as 3-byte sequences
// (WTF-8), as the compiler writes them.
StrObject* str_from_utf8(std::string_view utf8);
StrObject* str_from_ascii(std::string_view ascii);  // bytes < 128 only
StrObject* str_from_latin1(std::string_view bytes);
StrObject* str_from_code_points(const char32_t* cps, size_t n);
inline StrObject* str_from_code_points(std::u32string_view s) { return str_from_code_points(s.data(), s.size()); }
// The str of one code point (cached for Latin-1).
StrObject* str_from_char(char32_t c);
// The empty str (shared).
StrObject* str_empty();
// s[start:stop] (0 <= start <= stop <= length).
StrObject* str_substring(StrObject* s, int64_t start, int64_t stop);
// a + b.
StrObject* str_concat(StrObject* a, StrObject* b);

// The UTF-8 (WTF-8) of a str; valid while the str lives.
std::string_view str_utf8(StrObject* s);
// The code points of a str (for algorithms written over UTF-32).
std::u32string str_code_points(const StrObject* s);

// hash(s) as CPython 3.11 with PYTHONHASHSEED=0 computes it.
int64_t str_hash(StrObject* s);
// Same text.
bool str_equal(const StrObject* a, const StrObject* b);
// Code point order: negative, 0 or positive.
int str_compare(const StrObject* a, const StrObject* b);
// Equal to an ASCII/UTF-8 literal.
bool str_equals_utf8(StrObject* s, std::string_view utf8);

// The process-wide interned str for `text` (immortal): names of built-in types' attributes
// and methods. VM::intern looks here first, so the two tables never disagree.
StrObject* intern_static(std::string_view text);
// Looks `text` up in the static table only (null if absent).
StrObject* find_static_interned(std::string_view text);
// SipHash-1-3 with a zero key over raw bytes: CPython's _Py_HashBytes with PYTHONHASHSEED=0.
int64_t hash_bytes(const void* data, size_t size);

}  // namespace glasspy::objects

#include "objects/builtin_types.h"

namespace glasspy::objects {
inline bool is_str(Value v) {
  return v.is_object() && (v.as_object()->type == &str_type || has_flag(v.as_object()->type, kTypeStrSubclass));
}
inline bool is_exact_str(Value v) { return v.is_object() && v.as_object()->type == &str_type; }
}  // namespace glasspy::objects
