// The lexer (lexing stage): turns source text into the tokens the parser reads, with the
// behaviour, limits and error messages of CPython 3.11's C tokenizer.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lex/token_kind.h"

namespace glasspy::lex {

// The exception class a lexing error becomes.
enum class LexErrorKind : uint8_t { kSyntaxError, kIndentationError, kTabError };

// A lexing error located as CPython locates it: 1-based line numbers and the 1-based
// code-point `offset` / `end_offset` that SyntaxError carries (0 or -1 where CPython
// reports those; col == 0 means "no column", as for null bytes). `text` is the line.
struct LexError {
  LexErrorKind kind = LexErrorKind::kSyntaxError;
  std::string message;
  int line = 0, col = 0;
  int end_line = 0, end_col = 0;
  std::string text;
};

// A compile-time warning the lexer raises (CPython: SyntaxWarning, e.g. `1if x else y`).
struct LexWarning {
  std::string message;
  int line = 0;
};

// One token. `begin`/`end` index Lexer::source(); columns are 0-based UTF-8 byte offsets
// within the line, as the AST's col_offset uses. INDENT/DEDENT are zero-width.
struct Token {
  TokenKind kind = TokenKind::ENDMARKER;
  uint32_t begin = 0, end = 0;
  int line = 0, col = 0;
  int end_line = 0, end_col = 0;
};

// Pulls tokens one at a time. COMMENT and NL are skipped, as the parser wants; operators
// come with their exact kind; a character that is no token becomes OP (the parser reports
// "invalid syntax"). After an error, next() returns ERRORTOKEN forever.
class Lexer {
 public:
  // `source` is UTF-8 text (decoding from bytes happens before). The lexer keeps its own
  // copy with "\r\n" and "\r" turned into "\n" and a final newline added, as CPython does.
  explicit Lexer(std::string_view source);

  Token next();

  bool has_error() const { return has_error_; }
  const LexError& error() const { return error_; }
  const std::vector<LexWarning>& warnings() const { return warnings_; }

  // The normalised source that token offsets index.
  std::string_view source() const { return text_; }
  std::string_view text(const Token& token) const {
    return std::string_view(text_).substr(token.begin, token.end - token.begin);
  }

  // Brackets still open (for the parser's "'(' was never closed" at the end).
  struct OpenBracket {
    char ch;
    int line, col;  // 0-based byte column
  };
  const std::vector<OpenBracket>& open_brackets() const { return brackets_; }

  // Nesting limits of CPython 3.11 (MAXLEVEL and MAXINDENT in its tokenizer).
  static constexpr size_t kMaxBracketDepth = 200;
  static constexpr size_t kMaxIndentDepth = 100;

 private:
  char peek(uint32_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }
  bool at_end() const { return pos_ >= text_.size(); }
  void advance_line();  // pos_ is just past a '\n': start a new line

  bool measure_indentation(Token& out);  // at the start of a line; true if `out` is set
  Token scan_name_or_string(uint32_t start);
  Token scan_number(uint32_t start);
  Token scan_string(uint32_t start);
  Token scan_operator(uint32_t start);
  bool scan_decimal_tail();            // digits with single underscores; false on error
  bool check_number_end(const char* kind);  // CPython's verify_end_of_number
  bool verify_identifier(uint32_t start);

  Token make(TokenKind kind, uint32_t begin, uint32_t end) const;
  Token pending_indent_token();
  Token fail_on_null_byte();
  // Records an error located at code-point offset of `cursor` (CPython's syntaxerror()).
  Token error_at_cursor(std::string message, uint32_t cursor);
  Token fail(LexErrorKind kind, std::string message, int line, int col, int end_line, int end_col,
             std::string text);
  int char_column(uint32_t line_start, uint32_t offset) const;  // code points from line start
  std::string line_without_newline(uint32_t line_start) const;
  std::string line_with_newline(uint32_t line_start) const;

  std::string text_;
  uint32_t pos_ = 0;
  int line_ = 1;
  uint32_t line_start_ = 0;
  bool at_bol_ = true;
  int pending_ = 0;  // > 0: INDENTs to emit, < 0: DEDENTs to emit
  std::vector<int> indents_{0};      // indentation columns, tabs to multiples of 8
  std::vector<int> alt_indents_{0};  // the same with tabs as 1 column (consistency check)
  std::vector<OpenBracket> brackets_;
  std::vector<LexWarning> warnings_;
  bool has_error_ = false;
  LexError error_;
  uint32_t nul_offset_ = UINT32_MAX;  // first NUL byte, reported when reached
};

}  // namespace glasspy::lex
