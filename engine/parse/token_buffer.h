// The parser's token buffer (parsing stage): the lexer's tokens, pulled on demand and kept
// for backtracking, with keywords recognised and the positions CPython's parser gives them
// (a NEWLINE spans a trailing comment and has no width; INDENT, DEDENT and ENDMARKER have
// no columns and are located where the tokenizer stopped).
#pragma once
#include <cstdint>
#include <deque>
#include <string_view>
#include <vector>

#include "lex/lexer.h"

namespace glasspy::parse {

// Python 3.11's keywords; the soft keywords (match, case, _) stay NAMEs but are marked.
enum class Keyword : uint8_t {
  kNotKeyword,
  kFalse, kNone, kTrue, kAnd, kAs, kAssert, kAsync, kAwait, kBreak, kClass, kContinue,
  kDef, kDel, kElif, kElse, kExcept, kFinally, kFor, kFrom, kGlobal, kIf, kImport, kIn,
  kIs, kLambda, kNonlocal, kNot, kOr, kPass, kRaise, kReturn, kTry, kWhile, kWith, kYield,
  // soft keywords
  kMatch, kCase, kUnderscore,
};

// One token as the parser sees it. Lines are 1-based; columns are 0-based byte offsets in
// their line (what AST positions use).
struct Tok {
  lex::TokenKind kind = lex::TokenKind::ENDMARKER;
  Keyword keyword = Keyword::kNotKeyword;  // a hard keyword: matched only as itself
  Keyword soft = Keyword::kNotKeyword;     // a soft keyword (kind stays NAME)
  bool has_columns = true;                 // false for INDENT, DEDENT, ENDMARKER
  uint16_t level = 0;                      // open brackets after this token
  uint32_t begin = 0, end = 0;             // bytes of the normalised source
  int line = 0, col = 0;
  int end_line = 0, end_col = 0;
  int cur_line = 0, cur_col = 0;  // where the tokenizer stood after reading this token
};

// What scanning the rest of the source found (CPython's last look for tokenizer errors).
enum class ScanOutcome : uint8_t { kClean, kUnclosedBracket, kError };

class TokenBuffer {
 public:
  // `source` is UTF-8 text without a BOM. `from_file`: CPython's file tokenizer, whose
  // buffer is empty at the end of the file (tokens there have column 0, not the line's end).
  explicit TokenBuffer(std::string_view source, bool from_file = false);

  // Token `i`, lexing up to it; past a lexing error, the error token (kind ERRORTOKEN).
  const Tok& at(int i) {
    if (i >= static_cast<int>(tokens_.size())) fill_to(i);
    return tokens_[i < static_cast<int>(tokens_.size()) ? i : tokens_.size() - 1];
  }
  // True if token `i` is where lexing failed.
  bool is_error(int i) {
    at(i);
    return error_index_ >= 0 && i >= error_index_;
  }
  const lex::LexError& lex_error() const { return lexer_.error(); }
  // Brackets open where lexing stopped (innermost last).
  const std::vector<lex::Lexer::OpenBracket>& open_brackets() const { return lexer_.open_brackets(); }
  const std::vector<lex::LexWarning>& warnings() const { return lexer_.warnings(); }

  // compile()'s "eval" and "single" modes read a string without the newline CPython's
  // tokenizer adds to "exec" input: a last line without '\n' ends with no NEWLINE token
  // (`no_implicit_newline`). "single" (`single_input`) turns the end of input into a
  // NEWLINE without columns once per statement, as pegen's interactive mode does.
  void set_string_input_mode(bool no_implicit_newline, bool single_input) {
    drop_final_newline_ = no_implicit_newline;
    single_input_ = single_input;
  }

  // Lexes the rest of the source, as CPython does before settling on a parser error.
  ScanOutcome scan_to_end();

  std::string_view source() const { return lexer_.source(); }
  std::string_view text(const Tok& t) const { return source().substr(t.begin, t.end - t.begin); }
  // Line `line` (1-based) without its newline; empty past the end.
  std::string_view line_text(int line) const;
  // Byte offset where line `line` starts.
  uint32_t line_start(int line) const;
  int line_count() const { return static_cast<int>(line_starts_.size()) - 1; }

 private:
  void fill_to(int i);
  void push(const lex::Token& t);
  void push_end_as_newline(const lex::Token& t);  // single input: a NEWLINE without columns
  bool next_lexer_token(lex::Token& out);  // false: the lexer failed

  lex::Lexer lexer_;
  std::deque<Tok> tokens_;  // a deque: references stay valid as tokens are added
  std::vector<uint32_t> line_starts_;  // line_starts_[k] = start of line k+1; last = size
  int error_index_ = -1;
  uint16_t level_ = 0;
  bool done_ = false;
  bool from_file_ = false;
  bool has_pending_ = false;  // a token read ahead to join "<>"
  bool drop_final_newline_ = false;  // see set_string_input_mode
  bool single_input_ = false;
  bool converted_last_ = false;      // the last token is an end of input made a NEWLINE
  lex::Token pending_;
};

// Keyword for a NAME's text (hard or soft), or kNotKeyword.
Keyword classify_name(std::string_view name, bool* soft);

}  // namespace glasspy::parse
