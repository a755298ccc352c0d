// UTF-8 decoding and encoding shared by every stage that reads source text or builds str.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace glasspy::text {

// Marks a byte sequence that is not well-formed UTF-8 (overlong, surrogate, truncated...).
inline constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;

// One decoded code point and the number of bytes it used (at least 1, even when invalid,
// so that a scanner always advances).
struct Decoded {
  char32_t code_point;
  uint32_t length;
};

// Decodes the code point starting at `s[pos]` (pos < s.size()).
Decoded decode_utf8(std::string_view s, size_t pos);

// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

// True if the whole string is well-formed UTF-8; otherwise `bad_offset` gets the first bad byte.
bool is_valid_utf8(std::string_view s, size_t* bad_offset = nullptr);

// Number of code points in a well-formed UTF-8 string (invalid bytes count one each).
size_t count_code_points(std::string_view s);

}  // namespace glasspy::text
