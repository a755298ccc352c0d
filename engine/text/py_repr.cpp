// Python's repr() of str and bytes values (text utilities), following unicode_repr and
// bytes_repr in CPython 3.11: single quotes unless the text holds ' and no ", backslash
// escapes for \t \n \r and the quote, \xHH / \uHHHH / \UHHHHHHHH for what is not printable.
#include "text/py_repr.h"

#include <cstdint>
#include <cstdio>

#include "unicode/char_props.h"

namespace glasspy::text {
namespace {

// Decodes one code point of well-formed UTF-8 that may encode surrogates; `pos` advances.
char32_t next_code_point(std::string_view s, size_t& pos) {
  auto b0 = static_cast<uint8_t>(s[pos]);
  int extra = b0 < 0x80 ? 0 : b0 < 0xE0 ? 1 : b0 < 0xF0 ? 2 : 3;
  char32_t cp = extra == 0 ? b0 : extra == 1 ? (b0 & 0x1F) : extra == 2 ? (b0 & 0x0F) : (b0 & 0x07);
  ++pos;
  for (int i = 0; i < extra && pos < s.size(); ++i) cp = (cp << 6) | (static_cast<uint8_t>(s[pos++]) & 0x3F);
  return cp;
}

char choose_quote(std::string_view s) {
  bool single = s.find('\'') != std::string_view::npos;
  bool dbl = s.find('"') != std::string_view::npos;
  return single && !dbl ? '"' : '\'';
}

void append_hex(std::string& out, const char* format, unsigned value) {
  char buf[16];
  std::snprintf(buf, sizeof buf, format, value);
  out += buf;
}

}  // namespace

std::string repr_str(std::string_view utf8) {
  char quote = choose_quote(utf8);
  std::string out;
  out.reserve(utf8.size() + 2);
  out += quote;
  for (size_t pos = 0; pos < utf8.size();) {
    size_t start = pos;
    char32_t cp = next_code_point(utf8, pos);
    if (cp == static_cast<char32_t>(quote) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F) {
      append_hex(out, "\\x%02x", cp);
    } else if (cp < 0x7F) {
      out += static_cast<char>(cp);
    } else if (unicode::is_printable(cp)) {
      out.append(utf8.substr(start, pos - start));
    } else if (cp <= 0xFF) {
      append_hex(out, "\\x%02x", cp);
    } else if (cp <= 0xFFFF) {
      append_hex(out, "\\u%04x", cp);
    } else {
      append_hex(out, "\\U%08x", cp);
    }
  }
  out += quote;
  return out;
}

std::string repr_bytes(std::string_view bytes) {
  char quote = choose_quote(bytes);
  std::string out = "b";
  out += quote;
  for (char ch : bytes) {
    auto c = static_cast<uint8_t>(ch);
    if (c == static_cast<uint8_t>(quote) || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      append_hex(out, "\\x%02x", c);
    } else {
      out += ch;
    }
  }
  out += quote;
  return out;
}

}  // namespace glasspy::text
