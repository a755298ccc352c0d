// UTF-8 decoding and encoding (text utilities).
#include "text/utf8.h"

namespace glasspy::text {

Decoded decode_utf8(std::string_view s, size_t pos) {
  auto byte = [&](size_t i) { return static_cast<uint8_t>(s[i]); };
  uint8_t b0 = byte(pos);
  if (b0 < 0x80) return {b0, 1};
  uint32_t need;
  char32_t cp;
  char32_t min;
  if ((b0 & 0xE0) == 0xC0) { need = 1; cp = b0 & 0x1F; min = 0x80; }
  else if ((b0 & 0xF0) == 0xE0) { need = 2; cp = b0 & 0x0F; min = 0x800; }
  else if ((b0 & 0xF8) == 0xF0) { need = 3; cp = b0 & 0x07; min = 0x10000; }
  else return {kInvalidCodePoint, 1};
  if (pos + need >= s.size()) return {kInvalidCodePoint, 1};  // truncated at the end
  for (uint32_t i = 1; i <= need; ++i) {
    uint8_t b = byte(pos + i);
    if ((b & 0xC0) != 0x80) return {kInvalidCodePoint, 1};
    cp = (cp << 6) | (b & 0x3F);
  }
  // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {kInvalidCodePoint, 1};
  return {cp, need + 1};
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_valid_utf8(std::string_view s, size_t* bad_offset) {
  for (size_t pos = 0; pos < s.size();) {
    Decoded d = decode_utf8(s, pos);
    if (d.code_point == kInvalidCodePoint) {
      if (bad_offset) *bad_offset = pos;
      return false;
    }
    pos += d.length;
  }
  return true;
}

size_t count_code_points(std::string_view s) {
  size_t count = 0;
  for (size_t pos = 0; pos < s.size(); pos += decode_utf8(s, pos).length) ++count;
  return count;
}

}  // namespace glasspy::text
