// The parser's errors (parsing stage): pegen's RAISE_* family, how CPython turns byte
// columns into SyntaxError offsets against the line it shows, and the final choice of
// error after the second pass (a tokenizer error later in the source wins).
#include "parse/parser_impl.h"

namespace glasspy::parse {
namespace {

// CPython re-reads an error's line from the file with fgets into a 1000-byte buffer and
// keeps the last buffer-full of the line; a longer line shows only its tail.
constexpr size_t kProgramTextChunk = 999;

// _PyPegen_byte_offset_to_character_offset: code points in the first `col` bytes of
// `line`, a cut multi-byte character counting as one, past the end clipped to len + 1.
int byte_offset_to_character_offset(std::string_view line, int col) {
  if (col <= 0) return col;
  int len = static_cast<int>(line.size());
  if (col > len + 1) col = len + 1;
  int count = 0;
  int limit = col < len ? col : len;
  for (int i = 0; i < limit;) {
    auto b = static_cast<unsigned char>(line[i]);
    int n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    ++count;
    i += n;
  }
  if (col == len + 1) ++count;  // CPython decodes the terminating NUL too
  return count;
}

ErrorType lex_error_type(lex::LexErrorKind kind) {
  switch (kind) {
    case lex::LexErrorKind::kIndentationError: return ErrorType::kIndentationError;
    case lex::LexErrorKind::kTabError: return ErrorType::kTabError;
    case lex::LexErrorKind::kSyntaxError: break;
  }
  return ErrorType::kSyntaxError;
}

}  // namespace

std::string Parser::error_line(int lineno, bool& found) {
  found = true;
  int raw_line = lineno - options_.line_offset;
  if (options_.source_kind == SourceKind::kFile && !options_.fstring) {
    if (lineno >= 1 && lineno <= tokens_.line_count()) {
      std::string line(tokens_.line_text(lineno));
      if (lineno < tokens_.line_count() || options_.ends_with_newline) line += '\n';
      if (line.size() > kProgramTextChunk) line.erase(0, ((line.size() - 1) / kProgramTextChunk) * kProgramTextChunk);
      return line;
    }
  }
  // From the tokenizer's buffers: the line it is on (with its newline), or an earlier one.
  const Tok& last = tokens_.at(fill_ > 0 ? fill_ - 1 : 0);
  if (last.cur_line <= raw_line) {
    if (last.cur_line < 1) return "";  // nothing read (an empty string)
    std::string line(tokens_.line_text(last.cur_line));
    if (options_.implicit_newline || options_.ends_with_newline || last.cur_line < tokens_.line_count()) line += '\n';
    return line;
  }
  if (options_.source_kind == SourceKind::kFile && !options_.fstring) return "";
  return std::string(tokens_.line_text(raw_line));
}

void* Parser::raise_at(ErrorType type, int lineno, int col, int end_lineno, int end_col, std::string message) {
  error_ = true;
  const Tok& last = tokens_.at(fill_ > 0 ? fill_ - 1 : 0);
  if (end_lineno == kCurrentPos) end_lineno = tok_line(last.cur_line);
  if (end_col == kCurrentPos) end_col = last.cur_col;
  bool found = false;
  std::string text = error_line(lineno, found);
  if (options_.fstring) {
    col -= options_.col_offset;
    end_col -= options_.col_offset;
    message = "f-string: " + message;
  }
  CompileError e;
  e.type = type;
  e.message = std::move(message);
  e.lineno = lineno;
  e.end_lineno = end_lineno;
  // A tokenizer without an encoding (f-strings, files without BOM or cookie) leaves the
  // offsets in bytes.
  bool convert = options_.character_offsets && !options_.fstring;
  e.offset = convert ? byte_offset_to_character_offset(text, col) : col;
  e.end_offset = end_col;
  if (convert && end_col > 0) e.end_offset = byte_offset_to_character_offset(text, end_col);
  e.has_text = found;
  e.text = std::move(text);
  error_info_ = std::move(e);
  return nullptr;
}

void* Parser::raise_known_location(const ast::Node* a, std::string message) {
  const Position& p = a->pos;
  return raise_at(ErrorType::kSyntaxError, p.lineno, p.col_offset + 1, p.end_lineno, p.end_col_offset + 1,
                  std::move(message));
}

void* Parser::raise_known_location(const Tok* t, std::string message) {
  Position p = tok_position(*t);
  return raise_at(ErrorType::kSyntaxError, p.lineno, p.col_offset + 1, p.end_lineno, p.end_col_offset + 1,
                  std::move(message));
}

void* Parser::raise_known_range(const ast::Node* a, const ast::Node* b, std::string message) {
  return raise_at(ErrorType::kSyntaxError, a->pos.lineno, a->pos.col_offset + 1, b->pos.end_lineno,
                  b->pos.end_col_offset + 1, std::move(message));
}

void* Parser::raise_known_range(const Tok* a, const Tok* b, std::string message) {
  Position pa = tok_position(*a), pb = tok_position(*b);
  return raise_at(ErrorType::kSyntaxError, pa.lineno, pa.col_offset + 1, pb.end_lineno, pb.end_col_offset + 1,
                  std::move(message));
}

void* Parser::raise_known_range(const Tok* a, const ast::Node* b, std::string message) {
  Position pa = tok_position(*a);
  return raise_at(ErrorType::kSyntaxError, pa.lineno, pa.col_offset + 1, b->pos.end_lineno,
                  b->pos.end_col_offset + 1, std::move(message));
}

void* Parser::raise_known_range(const ast::Node* a, const Tok* b, std::string message) {
  Position pb = tok_position(*b);
  return raise_at(ErrorType::kSyntaxError, a->pos.lineno, a->pos.col_offset + 1, pb.end_lineno,
                  pb.end_col_offset + 1, std::move(message));
}

void* Parser::raise_starting_from(const ast::Node* a, std::string message) {
  return raise_at(ErrorType::kSyntaxError, a->pos.lineno, a->pos.col_offset + 1, kCurrentPos, kCurrentPos,
                  std::move(message));
}

void* Parser::raise_starting_from(const Tok* t, std::string message) {
  Position p = tok_position(*t);
  return raise_at(ErrorType::kSyntaxError, p.lineno, p.col_offset + 1, kCurrentPos, kCurrentPos,
                  std::move(message));
}

// _PyPegen_raise_error: at the last token read (or a token chosen before); a token with
// no columns is located where the tokenizer stands.
void* Parser::raise_at_last_token(ErrorType type, std::string message) {
  if (error_) return nullptr;
  const Tok& t = known_error_token_ != nullptr ? *known_error_token_ : tokens_.at(fill_ - 1);
  Position p = tok_position(t);
  int col = t.has_columns ? p.col_offset + 1 : t.cur_col;
  int end_col = t.has_columns ? p.end_col_offset + 1 : -1;
  return raise_at(type, p.lineno, col, p.end_lineno, end_col, std::move(message));
}

void* Parser::raise_syntax_error(std::string message) {
  return raise_at_last_token(ErrorType::kSyntaxError, std::move(message));
}

void* Parser::raise_indentation_error(std::string message) {
  return raise_at_last_token(ErrorType::kIndentationError, std::move(message));
}

void* Parser::raise_invalid_target(TargetsType type, ExprNode* e) {
  ExprNode* target = invalid_target(e, type);
  if (target == nullptr) return nullptr;
  const char* verb = type == TargetsType::kDelTargets ? "cannot delete " : "cannot assign to ";
  return raise_known_location(target, std::string(verb) + expr_name(target));
}

void Parser::raise_lex_error() {
  error_ = true;
  tokenizer_error_ = true;
  const lex::LexError& le = tokens_.lex_error();
  CompileError e;
  e.type = lex_error_type(le.kind);
  e.message = le.message;
  e.lineno = tok_line(le.line);
  e.offset = le.col;
  e.end_lineno = tok_line(le.end_line);
  e.end_offset = le.end_col;
  e.has_text = true;
  e.text = le.text;
  // Eval and single input get no newline added: the last line's text has none.
  if (!options_.implicit_newline && !options_.ends_with_newline && !e.text.empty() && e.text.back() == '\n' &&
      le.line >= tokens_.line_count())
    e.text.pop_back();
  error_info_ = std::move(e);  // the tokenizer's own messages get no "f-string: " prefix
}

void Parser::raise_memory_error() {
  error_ = true;
  CompileError e;
  e.type = ErrorType::kMemoryError;
  e.has_location = false;
  error_info_ = std::move(e);
}

void Parser::raise_unclosed_bracket() {
  const lex::Lexer::OpenBracket& b = tokens_.open_brackets().back();
  raise_at(ErrorType::kSyntaxError, tok_line(b.line), b.col + 1, tok_line(b.line), 0,
           std::string("'") + b.ch + "' was never closed");
}

// CPython's tokenizer raises most errors itself, but for some it only records a state
// that the parser turns into an error when it reads the token: those do not replace an
// error found earlier (E_TABSPACE, E_DEDENT, E_TOODEEP, E_LINECONT, E_EOF).
static bool tokenizer_raises(const lex::LexError& e) {
  std::string_view m = e.message;
  if (e.kind != lex::LexErrorKind::kSyntaxError) return false;
  if (m == "unexpected character after line continuation character" || m == "unexpected EOF while parsing") {
    return false;
  }
  std::string_view tail = "' was never closed";
  return !(m.size() == tail.size() + 2 && m.substr(2) == tail);
}

void Parser::tokenize_rest_for_errors() {
  const Tok& t = known_error_token_ != nullptr ? *known_error_token_ : tokens_.at(fill_ - 1);
  int current_err_line = t.line;
  ScanOutcome outcome = tokens_.scan_to_end();
  if (outcome == ScanOutcome::kClean) return;
  const auto& brackets = tokens_.open_brackets();
  if (!brackets.empty() && current_err_line > brackets.back().line) {
    raise_unclosed_bracket();
    return;
  }
  if (tokenizer_raises(tokens_.lex_error())) raise_lex_error();
}

void Parser::set_final_error(int first_pass_last_token) {
  if (error_) {
    bool syntax_family = error_info_.type == ErrorType::kSyntaxError ||
                         error_info_.type == ErrorType::kIndentationError ||
                         error_info_.type == ErrorType::kTabError;
    if (!tokenizer_error_ && syntax_family) tokenize_rest_for_errors();
    return;
  }
  const Tok& last = tokens_.at(first_pass_last_token);
  if (last.kind == TokenKind::INDENT || last.kind == TokenKind::DEDENT) {
    raise_indentation_error(last.kind == TokenKind::INDENT ? "unexpected indent" : "unexpected unindent");
    return;
  }
  raise_known_location(&last, "invalid syntax");
  tokenize_rest_for_errors();
}

}  // namespace glasspy::parse
