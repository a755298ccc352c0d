// Text dump of the lexer's tokens (lexing stage).
#include "lex/lexer_dump.h"

#include <cstdio>

#include "lex/lexer.h"
#include "text/utf8.h"
#include "unicode/char_class.h"

namespace glasspy::lex {
namespace {

// Python's repr() of a str for token texts: quotes chosen as Python chooses them, and
// non-printable code points escaped as \xNN, \uNNNN or \UNNNNNNNN.
std::string quote_like_python(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char q = has_single && !has_double ? '"' : '\'';
  std::string out(1, q);
  for (size_t i = 0; i < s.size();) {
    text::Decoded d = text::decode_utf8(s, i);
    char32_t cp = d.code_point == text::kInvalidCodePoint ? 0xFFFD : d.code_point;
    char buf[16];
    if (cp == static_cast<char32_t>(q) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (unicode::is_printable(cp)) {
      out.append(s.substr(i, d.length));
    } else {
      const char* format = cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x";
      std::snprintf(buf, sizeof buf, format, static_cast<unsigned>(cp));
      out += buf;
    }
    i += d.length;
  }
  return out + q;
}

const char* error_class_name(LexErrorKind kind) {
  switch (kind) {
    case LexErrorKind::kTabError: return "TabError";
    case LexErrorKind::kIndentationError: return "IndentationError";
    case LexErrorKind::kSyntaxError: break;
  }
  return "SyntaxError";
}

}  // namespace

std::string dump_lexer_tokens(std::string_view source, bool with_positions) {
  Lexer lexer(source);
  std::string out;
  for (;;) {
    Token t = lexer.next();
    if (lexer.has_error()) {
      const LexError& e = lexer.error();
      bool none = e.col == 0;
      auto num = [&](int v) { return none ? std::string("None") : std::to_string(v); };
      return std::string(error_class_name(e.kind)) + ": " + e.message + " (" + std::to_string(e.line) + "," +
             num(e.col) + "," + num(e.end_line) + "," + num(e.end_col) + ")\n";
    }
    out += token_kind_name(t.kind);
    bool zero_width = t.kind == TokenKind::NEWLINE || t.kind == TokenKind::INDENT || t.kind == TokenKind::DEDENT ||
                      t.kind == TokenKind::ENDMARKER;
    if (!zero_width) {
      out += " " + quote_like_python(lexer.text(t));
      if (with_positions) {
        out += " " + std::to_string(t.line) + "," + std::to_string(t.col) + "-" + std::to_string(t.end_line) + "," +
               std::to_string(t.end_col);
      }
    }
    out += '\n';
    if (t.kind == TokenKind::ENDMARKER) return out;
  }
}

}  // namespace glasspy::lex
