// The format mini-language (text utilities): spec parsing with CPython 3.11's rules and
// messages (Python/formatter_unicode.c's parse_internal_render_format_spec) and the
// layout of padded, grouped numbers and strings.
#include "text/format_spec.h"

#include <algorithm>
#include <cstdio>

#include "text/utf8.h"
#include "unicode/char_props.h"

namespace glasspy::text {

namespace {

// Decodes UTF-8 that may hold lone surrogates (WTF-8, as the object model passes them).
char32_t decode_at(std::string_view s, size_t pos, size_t* length) {
  unsigned char c = static_cast<unsigned char>(s[pos]);
  size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (pos + n > s.size()) n = 1;
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t i = 1; i < n; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3F);
  *length = n;
  return cp;
}

bool is_alignment(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// A run of decimal digits (Unicode decimals count, as CPython's Py_UNICODE_TODECIMAL).
// Returns the number consumed, or -1 on overflow of a Py_ssize_t.
int64_t read_integer(std::string_view s, size_t* pos, int64_t* out) {
  int64_t value = 0, consumed = 0;
  while (*pos < s.size()) {
    size_t n;
    char32_t c = decode_at(s, *pos, &n);
    int digit = c < 0x80 ? (c >= '0' && c <= '9' ? static_cast<int>(c - '0') : -1) : unicode::decimal_value(c);
    if (digit < 0) break;
    if (value > (INT64_MAX - digit) / 10) return -1;
    value = value * 10 + digit;
    *pos += n;
    ++consumed;
  }
  *out = value;
  return consumed;
}

// CPython writes a format code into messages as %c when printable ASCII, else \x%x.
std::string code_text(char32_t c) {
  char buf[16];
  if (c > 32 && c < 128)
    std::snprintf(buf, sizeof buf, "%c", static_cast<char>(c));
  else
    std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(c));
  return buf;
}

}  // namespace

std::string unknown_format_code_message(char32_t type, const char* type_name) {
  return "Unknown format code '" + code_text(type) + "' for object of type '" + type_name + "'";
}

bool parse_format_spec(std::string_view spec, const char* type_name, char32_t default_type,
                       char32_t default_align, FormatSpec* out, std::string* error) {
  FormatSpec f;
  f.align = default_align;
  f.type = default_type;
  size_t pos = 0, end = spec.size();

  // [[fill]align]: the fill is any one code point when an alignment follows it.
  if (pos < end) {
    size_t n0;
    char32_t c0 = decode_at(spec, pos, &n0);
    if (pos + n0 < end && is_alignment(static_cast<unsigned char>(spec[pos + n0]))) {
      f.fill = c0;
      f.align = static_cast<unsigned char>(spec[pos + n0]);
      f.fill_given = f.align_given = true;
      pos += n0 + 1;
    } else if (is_alignment(c0)) {
      f.align = c0;
      f.align_given = true;
      ++pos;
    }
  }
  if (pos < end && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) f.sign = spec[pos++];
  if (pos < end && spec[pos] == 'z') {
    f.no_neg_zero = true;
    ++pos;
  }
  if (pos < end && spec[pos] == '#') {
    f.alternate = true;
    ++pos;
  }
  // The 0 before the width: zero fill, and '=' alignment for types that align right.
  if (!f.fill_given && pos < end && spec[pos] == '0') {
    f.fill = '0';
    if (!f.align_given && default_align == '>') f.align = '=';
    ++pos;
  }
  int64_t consumed = read_integer(spec, &pos, &f.width);
  if (consumed < 0) {
    *error = "Too many decimal digits in format string";
    return false;
  }
  if (consumed == 0) f.width = -1;
  if (pos < end && spec[pos] == ',') {
    f.grouping = ',';
    ++pos;
  }
  if (pos < end && spec[pos] == '_') {
    if (f.grouping) {
      *error = "Cannot specify both ',' and '_'.";
      return false;
    }
    f.grouping = '_';
    ++pos;
  }
  if (pos < end && spec[pos] == ',' && f.grouping == '_') {
    *error = "Cannot specify both ',' and '_'.";
    return false;
  }
  if (pos < end && spec[pos] == '.') {
    ++pos;
    consumed = read_integer(spec, &pos, &f.precision);
    if (consumed < 0) {
      *error = "Too many decimal digits in format string";
      return false;
    }
    if (consumed == 0) {
      *error = "Format specifier missing precision";
      return false;
    }
  }
  if (pos < end) {
    size_t n;
    char32_t c = decode_at(spec, pos, &n);
    if (pos + n < end) {
      *error = "Invalid format specifier '" + std::string(spec) + "' for object of type '" + type_name + "'";
      return false;
    }
    f.type = c;
  }
  if (f.grouping) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.grouping == '_') {
          f.group_size = 4;
          break;
        }
        [[fallthrough]];
      default:
        *error = std::string("Cannot specify '") + f.grouping + "' with '" + code_text(f.type) + "'.";
        return false;
    }
  }
  *out = f;
  return true;
}

void append_fill(std::string& out, char32_t fill, int64_t count) {
  if (count <= 0) return;
  if (fill < 0x80) {
    out.append(static_cast<size_t>(count), static_cast<char>(fill));
    return;
  }
  std::string one;
  append_utf8(one, fill);
  for (int64_t i = 0; i < count; ++i) out += one;
}

void append_padded(std::string& out, std::string_view body, int64_t body_length, const FormatSpec& spec) {
  int64_t padding = spec.width - body_length;
  if (padding <= 0) {
    out.append(body);
    return;
  }
  int64_t left = 0;
  if (spec.align == '>' || spec.align == '=') left = padding;
  else if (spec.align == '^') left = padding / 2;
  append_fill(out, spec.fill, left);
  out.append(body);
  append_fill(out, spec.fill, padding - left);
}

bool format_string(std::string_view text, int64_t length, const FormatSpec& spec, std::string* out,
                   std::string* error) {
  if (spec.sign) {
    *error = spec.sign == ' ' ? "Space not allowed in string format specifier"
                              : "Sign not allowed in string format specifier";
    return false;
  }
  if (spec.no_neg_zero) {
    *error = "Negative zero coercion (z) not allowed in string format specifier";
    return false;
  }
  if (spec.alternate) {
    *error = "Alternate form (#) not allowed in string format specifier";
    return false;
  }
  if (spec.align == '=') {
    *error = "'=' alignment not allowed in string format specifier";
    return false;
  }
  if (spec.precision >= 0 && length > spec.precision) {
    // Cut after `precision` code points.
    size_t pos = 0;
    for (int64_t i = 0; i < spec.precision; ++i) {
      size_t n;
      decode_at(text, pos, &n);
      pos += n;
    }
    text = text.substr(0, pos);
    length = spec.precision;
  }
  append_padded(*out, text, length, spec);
  return true;
}

void append_grouped(std::string& out, std::string_view digits, char separator, int group, int64_t min_width) {
  // Built right to left (CPython's algorithm: each group takes up to `group` digits, and
  // zeros once the digits run out while min_width asks for more), then reversed.
  if (min_width < 0) min_width = 0;
  if (!separator) {
    int64_t n = static_cast<int64_t>(digits.size());
    if (min_width > n) out.append(static_cast<size_t>(min_width - n), '0');
    out.append(digits);
    return;
  }
  std::string reversed;
  int64_t remaining = static_cast<int64_t>(digits.size());
  size_t digit_pos = digits.size();
  bool first = true;
  for (;;) {
    int64_t len = std::min<int64_t>(group, std::max<int64_t>({remaining, min_width, 1}));
    int64_t chars = std::min(remaining, len);
    int64_t zeros = std::max<int64_t>(0, len - remaining);
    if (!first) reversed += separator;
    first = false;
    for (int64_t i = 0; i < chars; ++i) reversed += digits[--digit_pos];
    reversed.append(static_cast<size_t>(zeros), '0');
    remaining -= chars;
    min_width -= len;
    if (remaining <= 0 && min_width <= 0) break;
    min_width -= 1;
  }
  out.append(reversed.rbegin(), reversed.rend());
}

void append_number(std::string& out, const FormatSpec& spec, bool negative, std::string_view prefix,
                   std::string_view digits, std::string_view rest, char separator) {
  char sign = 0;
  if (negative) sign = '-';
  else if (spec.sign == '+') sign = '+';
  else if (spec.sign == ' ') sign = ' ';
  int64_t fixed = (sign ? 1 : 0) + static_cast<int64_t>(prefix.size()) + static_cast<int64_t>(rest.size());
  // The rest may hold a non-ASCII code point only through a locale; count code points.
  for (char c : rest)
    if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) --fixed;
  int64_t min_width = (spec.fill == '0' && spec.align == '=') ? spec.width - fixed : 0;
  std::string grouped;
  if (!digits.empty()) append_grouped(grouped, digits, separator, spec.group_size, min_width);
  int64_t padding = spec.width - (fixed + static_cast<int64_t>(grouped.size()));
  int64_t left = 0, middle = 0, right = 0;
  if (padding > 0) {
    switch (spec.align) {
      case '<': right = padding; break;
      case '^': left = padding / 2; right = padding - left; break;
      case '=': middle = padding; break;
      default: left = padding; break;
    }
  }
  append_fill(out, spec.fill, left);
  if (sign) out += sign;
  out.append(prefix);
  append_fill(out, spec.fill, middle);
  out += grouped;
  out.append(rest);
  append_fill(out, spec.fill, right);
}

}  // namespace glasspy::text
