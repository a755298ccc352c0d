// String literals (parsing stage): the `strings` rule (implicit concatenation of STRING
// tokens), prefixes, escape decoding for str and bytes with CPython 3.11's error texts,
// and the mixing rules (bytes with str is an error; f-strings make a JoinedStr).
#include <cstdio>

#include "parse/string_literals.h"
#include "text/utf8.h"
#include "unicode/char_names.h"

namespace glasspy::parse {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// UTF-8 for any code point below 0x110000, surrogates included (Python strs may hold them).
void append_code_point(std::string& out, char32_t cp) { text::append_utf8(out, cp); }

std::string unicode_escape_error(std::string_view buffer, size_t start, size_t end, const char* reason) {
  char buf[160];
  if (end == start + 1) {
    std::snprintf(buf, sizeof buf, "'unicodeescape' codec can't decode byte 0x%02x in position %zu: ",
                  static_cast<unsigned char>(buffer[start]), start);
  } else {
    std::snprintf(buf, sizeof buf, "'unicodeescape' codec can't decode bytes in position %zu-%zu: ", start, end - 1);
  }
  return std::string(buf) + reason;
}

// _PyUnicode_DecodeUnicodeEscapeInternal over an ASCII buffer.
bool decode_unicode_escape(std::string_view s, std::string& out, std::string& error) {
  size_t i = 0;
  const size_t end = s.size();
  while (i < end) {
    char c = s[i++];
    if (c != '\\') {
      out += c;
      continue;
    }
    size_t start = i - 1;
    if (i >= end) {
      error = unicode_escape_error(s, start, i, "\\ at end of string");
      return false;
    }
    c = s[i++];
    switch (c) {
      case '\n': continue;
      case '\\': out += '\\'; continue;
      case '\'': out += '\''; continue;
      case '"': out += '"'; continue;
      case 'b': out += '\b'; continue;
      case 'f': out += '\f'; continue;
      case 't': out += '\t'; continue;
      case 'n': out += '\n'; continue;
      case 'r': out += '\r'; continue;
      case 'v': out += '\v'; continue;
      case 'a': out += '\a'; continue;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        char32_t ch = static_cast<char32_t>(c - '0');
        if (i < end && s[i] >= '0' && s[i] <= '7') {
          ch = (ch << 3) + static_cast<char32_t>(s[i++] - '0');
          if (i < end && s[i] >= '0' && s[i] <= '7') ch = (ch << 3) + static_cast<char32_t>(s[i++] - '0');
        }
        append_code_point(out, ch);
        continue;
      }
      case 'x':
      case 'u':
      case 'U': {
        int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        const char* message = c == 'x' ? "truncated \\xXX escape"
                              : c == 'u' ? "truncated \\uXXXX escape"
                                         : "truncated \\UXXXXXXXX escape";
        uint32_t ch = 0;
        for (; count > 0; ++i, --count) {
          if (i >= end) {
            error = unicode_escape_error(s, start, i, message);
            return false;
          }
          int v = hex_value(s[i]);
          if (v < 0) {
            error = unicode_escape_error(s, start, i, message);
            return false;
          }
          ch = (ch << 4) + static_cast<uint32_t>(v);
        }
        if (ch > 0x10FFFF) {
          error = unicode_escape_error(s, start, i, "illegal Unicode character");
          return false;
        }
        append_code_point(out, ch);
        continue;
      }
      case 'N': {
        const char* message = "malformed \\N character escape";
        if (i >= end) {
          error = unicode_escape_error(s, start, i, message);
          return false;
        }
        if (s[i] == '{') {
          size_t name_start = ++i;
          while (i < end && s[i] != '}') ++i;
          if (i >= end) {
            error = unicode_escape_error(s, start, i, message);
            return false;
          }
          size_t name_len = i - name_start;
          if (name_len > 0) {
            ++i;
            if (auto cp = unicode::lookup_name(s.substr(name_start, name_len))) {
              append_code_point(out, *cp);
              continue;
            }
            message = "unknown Unicode character name";
          }
        }
        error = unicode_escape_error(s, start, i, message);
        return false;
      }
      default:
        // An unknown escape keeps its backslash (CPython warns with a DeprecationWarning,
        // which is not shown by default).
        out += '\\';
        out += c;
        continue;
    }
  }
  return true;
}

}  // namespace

StringToken split_string_token(std::string_view text) {
  StringToken t;
  size_t i = 0;
  for (; i < text.size() && text[i] != '\'' && text[i] != '"'; ++i) {
    char c = static_cast<char>(text[i] | 0x20);
    if (c == 'b') t.bytes = true;
    if (c == 'r') t.raw = true;
    if (c == 'f') t.fstring = true;
  }
  char quote = text[i];
  std::string_view rest = text.substr(i + 1);  // after the first quote
  size_t quotes = rest.size() >= 4 && rest[0] == quote && rest[1] == quote ? 3 : 1;
  t.body_begin = i + quotes;
  t.body_end = text.size() - quotes;
  return t;
}

bool decode_str_escapes(std::string_view body, std::string& out, std::string& error) {
  // CPython first rewrites the text as ASCII: every non-ASCII character becomes \UXXXXXXXX
  // (and a backslash before one, \u005c). Error positions count in that rewritten text.
  std::string ascii;
  ascii.reserve(body.size() + 16);
  size_t i = 0;
  while (i < body.size()) {
    if (body[i] == '\\') {
      ascii += body[i++];
      if (i >= body.size() || static_cast<unsigned char>(body[i]) >= 0x80) {
        ascii += "u005c";
        if (i >= body.size()) break;
      }
    }
    if (static_cast<unsigned char>(body[i]) >= 0x80) {
      while (i < body.size() && static_cast<unsigned char>(body[i]) >= 0x80) {
        text::Decoded d = text::decode_utf8(body, i);
        char buf[16];
        std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(d.code_point));
        ascii += buf;
        i += d.length;
      }
    } else {
      ascii += body[i++];
    }
  }
  return decode_unicode_escape(ascii, out, error);
}

bool decode_bytes_escapes(std::string_view body, std::string& out, std::string& error) {
  size_t i = 0;
  const size_t end = body.size();
  while (i < end) {
    if (body[i] != '\\') {
      out += body[i++];
      continue;
    }
    ++i;
    if (i == end) {
      error = "Trailing \\ in string";
      return false;
    }
    char c = body[i++];
    switch (c) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 't': out += '\t'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 'v': out += '\v'; break;
      case 'a': out += '\a'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        int v = c - '0';
        if (i < end && body[i] >= '0' && body[i] <= '7') {
          v = (v << 3) + body[i++] - '0';
          if (i < end && body[i] >= '0' && body[i] <= '7') v = (v << 3) + body[i++] - '0';
        }
        out += static_cast<char>(v & 0xFF);
        break;
      }
      case 'x':
        if (i + 1 < end && hex_value(body[i]) >= 0 && hex_value(body[i + 1]) >= 0) {
          out += static_cast<char>((hex_value(body[i]) << 4) + hex_value(body[i + 1]));
          i += 2;
          break;
        }
        error = "invalid \\x escape at position " + std::to_string(i - 2);
        return false;
      default:
        out += '\\';
        --i;
        break;
    }
  }
  return true;
}

ExprNode* Parser::strings() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ExprNode* result;
  if (memo_lookup(MemoRule::kStrings, result)) return result;
  int start = pos_;
  int last = -1;
  {
    NestingGuard loop_guard(*this);  // pegen's _loop1 helper for STRING+
    while (expect(TokenKind::STRING)) last = pos_ - 1;
  }
  result = last >= 0 && !error_ ? concatenate_strings(start, last) : nullptr;
  if (result == nullptr) pos_ = start;
  memo_store(MemoRule::kStrings, start, result);
  return result;
}

void Parser::raise_decode_error(std::string message) { raise_syntax_error(std::move(message)); }

ExprNode* Parser::concatenate_strings(int first_index, int last_index) {
  const Tok& first = tokens_.at(first_index);
  const Tok& last = tokens_.at(last_index);
  FStringParser state(*this, first, last);
  bool bytesmode = false;
  std::string bytes;
  for (int i = first_index; i <= last_index; ++i) {
    const Tok& t = tokens_.at(i);
    std::string_view text = token_text(t);
    StringToken st = split_string_token(text);
    std::string_view body = text.substr(st.body_begin, st.body_end - st.body_begin);
    if (st.bytes) {
      for (char c : body) {
        if (static_cast<unsigned char>(c) >= 0x80) {
          raise_known_location(&t, "bytes can only contain ASCII literal characters");
          return nullptr;
        }
      }
    }
    if (i != first_index && bytesmode != st.bytes) {
      raise_syntax_error("cannot mix bytes and nonbytes literals");
      return nullptr;
    }
    bytesmode = st.bytes;
    if (st.fstring) {
      size_t pos = st.body_begin;
      if (!state.concat_fstring(t, pos, st.body_end, st.raw, 0)) return nullptr;
      continue;
    }
    bool raw = st.raw || body.find('\\') == std::string_view::npos;
    std::string decoded;
    std::string error;
    if (bytesmode) {
      if (raw) {
        bytes.append(body);
      } else if (decode_bytes_escapes(body, decoded, error)) {
        bytes += decoded;
      } else {
        raise_decode_error("(value error) " + error);
        return nullptr;
      }
    } else if (raw) {
      state.concat_str(body);
    } else if (decode_str_escapes(body, decoded, error)) {
      state.concat_str(decoded);
    } else {
      raise_decode_error("(unicode error) " + error);
      return nullptr;
    }
  }
  if (bytesmode) {
    Position p = tok_position(first);
    Position e = tok_position(last);
    p.end_lineno = e.end_lineno;
    p.end_col_offset = e.end_col_offset;
    auto* c = node_at<ast::Constant>(p);
    c->value.kind = ast::ConstantValue::Kind::kBytes;
    c->value.text = arena_->copy(bytes);
    return c;
  }
  return state.finish(first, last);
}

}  // namespace glasspy::parse
