// Text dump of the lexer's tokens (lexing stage).
#include "lex/lexer_dump.h"

#include "lex/lexer.h"
#include "text/py_repr.h"

namespace glasspy::lex {
namespace {

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
      out += " " + text::repr_str(lexer.text(t));
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
