// Internal to the str type's files (object model): the str builder, argument helpers and
// the method functions str_type.cpp lists in the type's method table.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "objects/str_object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

// Builds a str piece by piece in the narrowest representation: bytes while every code
// point is below 256, UTF-32 once one is not. finish() makes an exact str.
class StrWriter {
 public:
  void reserve(size_t n) { wide_ ? wide_buf_.reserve(n) : narrow_.reserve(n); }
  void append(char32_t c) {
    if (c > max_char_) max_char_ = c;
    if (!wide_) {
      if (c < 0x100) {
        narrow_.push_back(static_cast<char>(c));
        return;
      }
      widen();
    }
    wide_buf_.push_back(c);
  }
  // Bytes below 128.
  void append_ascii(std::string_view s) {
    if (s.empty()) return;
    if (max_char_ < 0x7F) max_char_ = 0x7F > max_char_ ? max_char_for(s) : max_char_;
    if (!wide_) {
      narrow_.append(s);
    } else {
      for (unsigned char c : s) wide_buf_.push_back(c);
    }
  }
  // s[start:stop].
  void append(const StrObject* s, int64_t start, int64_t stop);
  void append(const StrObject* s) { append(s, 0, s->length); }
  size_t size() const { return wide_ ? wide_buf_.size() : narrow_.size(); }
  // The finished str (new reference, exact str).
  StrObject* finish();

 private:
  static char32_t max_char_for(std::string_view s) {
    unsigned char m = 0;
    for (unsigned char c : s) m = c > m ? c : m;
    return m;
  }
  void widen();
  std::string narrow_;
  std::u32string wide_buf_;
  char32_t max_char_ = 0;
  bool wide_ = false;
};

// A start/end argument of find/count/startswith/...: None or an __index__ value, clamped
// to int64 (CPython's _PyEval_SliceIndex). False with TypeError raised otherwise.
[[nodiscard]] bool slice_index_arg(VM& vm, Value v, int64_t* out);
// Normalises [start, end) against a length as str.find does (negative from the end, clamped).
void adjust_range(int64_t length, int64_t* start, int64_t* end);

// A method's str argument, or null with TypeError "{message_prefix}{type name}" raised
// (message_prefix such as "must be str, not ").
StrObject* str_arg(VM& vm, Value v, const char* message_prefix);

// A new str of `type` (str or a subclass) holding a copy of `s`'s text (new reference).
Value str_copy_as(TypeObject* type, StrObject* s);

// repr(s) (CPython's quote choice and escapes) as a new exact str.
StrObject* str_repr_object(StrObject* s);
// ascii(): repr with every non-ASCII code point escaped.
std::string str_ascii_repr(StrObject* s);

// Finds needle in s[start:end): index or -1 (memchr/memmem speed for kind 1).
int64_t str_find_in(const StrObject* s, const StrObject* needle, int64_t start, int64_t end);
int64_t str_rfind_in(const StrObject* s, const StrObject* needle, int64_t start, int64_t end);
// Non-overlapping occurrences of needle in s[start:end), at most max_count.
int64_t str_count_in(const StrObject* s, const StrObject* needle, int64_t start, int64_t end, int64_t max_count);
// The same for the methods (find, index, count, `in`): a long range is searched a chunk at
// a time with VM::poll_native_work between chunks, so that Stop reaches a search through a
// gigabyte-long str. kSearchFailed if that raised (KeyboardInterrupt).
// (Inline: a range within one chunk costs the plain search and one comparison.)
inline constexpr int64_t kSearchFailed = -2;
inline constexpr int64_t kSearchChunk = int64_t{1} << 22;  // code points between two polls
int64_t str_find_chunked(VM& vm, const StrObject* s, const StrObject* needle, int64_t start, int64_t end);
int64_t str_count_chunked(VM& vm, const StrObject* s, const StrObject* needle, int64_t start, int64_t end);
inline int64_t str_find_polling(VM& vm, const StrObject* s, const StrObject* needle, int64_t start, int64_t end) {
  return end - start <= kSearchChunk ? str_find_in(s, needle, start, end) : str_find_chunked(vm, s, needle, start, end);
}
inline int64_t str_count_polling(VM& vm, const StrObject* s, const StrObject* needle, int64_t start, int64_t end) {
  return end - start <= kSearchChunk ? str_count_in(s, needle, start, end, INT64_MAX)
                                     : str_count_chunked(vm, s, needle, start, end);
}

// Argument checks with CPython's messages for the two styles str's methods use.
// Argument Clinic positional-only: "center expected at least 1 argument, got 0" and
// "str.center() takes no keyword arguments" (owner "str").
[[nodiscard]] bool check_clinic_args(VM& vm, CallArgs args, const char* owner, const char* name, int min, int max);
// PyArg_ParseTuple style: "find() takes at least 1 argument (0 given)".
[[nodiscard]] bool check_tuple_args(VM& vm, CallArgs args, const char* owner, const char* name, int min, int max);
// An int argument (through __index__) as int64: OverflowError "Python int too large to
// convert to C ssize_t" past it.
[[nodiscard]] bool ssize_arg(VM& vm, Value v, int64_t* out);

// str(obj, encoding, errors) and bytes.decode: the decoded str, or null with the error.
[[nodiscard]] Value decode_object(VM& vm, Value obj, const char* encoding, const char* errors);
[[nodiscard]] Value decode_bytes(VM& vm, std::string_view data, const char* encoding, const char* errors);

// sep.join(iterable).
[[nodiscard]] Value str_join(VM& vm, StrObject* sep, Value iterable);

// s.encode(encoding, errors): bytes or null with the error raised.
[[nodiscard]] Value encode_str(VM& vm, StrObject* s, const char* encoding, const char* errors);
// The (encoding='utf-8', errors='strict') arguments of str.encode / bytes.decode.
[[nodiscard]] bool parse_codec_args(VM& vm, CallArgs args, const char* fname, std::string* encoding,
                                    std::string* errors);

// format(v, spec): v.__format__(spec), checked to return a str. New reference or null.
[[nodiscard]] Value format_value(VM& vm, Value v, StrObject* spec);

// Formatting entry points: fmt % args, and fmt.format(*args, **kwargs).
[[nodiscard]] Value str_percent_format(VM& vm, StrObject* format, Value args);
[[nodiscard]] Value bytes_percent_format(VM& vm, std::string_view format, Value args, bool bytearray);

// The methods in str_type.cpp's table (self is a str; args checked by their ArgShape).
// str.maketrans: a static method (every argument in args; self unused).
Value str_method_maketrans(VM& vm, Value self, CallArgs args);

#define GP_STR_METHOD(name, shape, min, max) Value str_method_##name(VM& vm, Value self, CallArgs args);
#include "objects/str_method_list.def"
#undef GP_STR_METHOD

}  // namespace glasspy::objects
