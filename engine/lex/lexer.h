// The lexer (lexing stage): turns source text into the tokens the parser reads, with the
// behaviour and error messages of CPython 3.11's C tokenizer (Parser/tokenizer.c).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lex/token_kind.h"

namespace glasspy::lex {

// The exception class a lexing error becomes.
enum class LexErrorKind : uint8_t { kSyntaxError, kIndentationError, kTabError };

// A lexing error with CPython's message and location. Lines are 1-based; columns are
// 1-based code point offsets as SyntaxError.offset / end_offset report them.
struct LexError {
  LexErrorKind kind = LexErrorKind::kSyntaxError;
  std::string message;
  int line = 0, col = 0;
  int end_line = 0, end_col = 0;
};

// One token. Offsets index the source bytes; columns are 0-based UTF-8 byte offsets in
// the line, as the AST's col_offset uses.
struct Token {
  TokenKind kind = TokenKind::ENDMARKER;
  uint32_t begin = 0, end = 0;
  int line = 0, col = 0;
  int end_line = 0, end_col = 0;
};

// Pulls tokens one at a time. COMMENT and NL are skipped, as the parser wants; operators
// come with their exact kind. Once an error is found, next() keeps returning ERRORTOKEN.
class Lexer {
 public:
  explicit Lexer(std::string_view source);

  // The next token (ENDMARKER forever at the end, ERRORTOKEN forever after an error).
  Token next();

  bool has_error() const { return has_error_; }
  const LexError& error() const { return error_; }

  // The source text of a token.
  std::string_view text(const Token& token) const {
    return source_.substr(token.begin, token.end - token.begin);
  }

  // The source line (without its newline) that holds 1-based line `line`.
  std::string_view line_text(int line) const;

 private:
  Token scan();
  bool at_line_start();
  Token scan_name(uint32_t start);
  Token scan_number(uint32_t start);
  Token scan_string(uint32_t start, uint32_t quote_pos);
  Token scan_operator(uint32_t start);
  Token make(TokenKind kind, uint32_t begin, uint32_t end);
  Token fail(LexErrorKind kind, std::string message, uint32_t begin, uint32_t end);
  Token fail_at(LexErrorKind kind, std::string message, int line, int col, int end_line, int end_col);
  int column_of(uint32_t offset) const;  // 0-based byte column of an offset
  int line_of(uint32_t offset) const;    // 1-based line of an offset
  bool check_number_end(uint32_t pos, Token& error_out);
  bool is_potential_identifier_start(uint32_t pos) const;

  std::string_view source_;
  std::vector<uint32_t> line_starts_;  // byte offset where each line begins (index = line-1)
  uint32_t pos_ = 0;
  int line_ = 1;
  bool at_bol_ = true;         // at the beginning of a logical line: measure indentation
  bool emitted_anything_ = false;
  int pending_dedents_ = 0;
  bool pending_indent_ = false;
  std::vector<int> indents_{0};     // indentation columns (tabs to multiples of 8)
  std::vector<int> alt_indents_{0}; // the same with tabs counted as 1 (tab consistency)
  struct Bracket { char ch; uint32_t offset; };
  std::vector<Bracket> brackets_;
  bool has_error_ = false;
  LexError error_;
  Token error_token_;
  bool sent_newline_at_eof_ = false;
};

}  // namespace glasspy::lex
