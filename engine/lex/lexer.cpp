// The lexer (lexing stage). Follows CPython 3.11's C tokenizer: the same token boundaries,
// the same limits and the same error messages at the same positions, so that the parser
// and the traceback printer can report what CPython reports.
#include "lex/lexer.h"

#include <cstdio>

#include "text/utf8.h"
#include "unicode/char_class.h"
#include "unicode/char_props.h"

namespace glasspy::lex {
namespace {

constexpr int kTabSize = 8;     // tabs advance the indentation column to a multiple of 8
constexpr int kAltTabSize = 1;  // ...and to a multiple of 1 in the consistency check

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Bytes that may start / continue a name before Unicode validation (all non-ASCII bytes).
bool is_name_start_byte(char c) { return is_ascii_letter(c) || c == '_' || static_cast<uint8_t>(c) >= 0x80; }
bool is_name_byte(char c) { return is_name_start_byte(c) || is_digit(c); }

std::string normalise_newlines(std::string_view source) {
  std::string out;
  out.reserve(source.size() + 1);
  for (size_t i = 0; i < source.size(); ++i) {
    char c = source[i];
    if (c == '\r') {
      out += '\n';
      if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
    } else {
      out += c;
    }
  }
  if (out.empty() || out.back() != '\n') out += '\n';
  return out;
}

std::string format_code_point(const char* pattern, char32_t cp) {
  char buf[64];
  std::snprintf(buf, sizeof buf, pattern, static_cast<unsigned>(cp));
  return buf;
}

}  // namespace

Lexer::Lexer(std::string_view source) : text_(normalise_newlines(source)) {
  size_t nul = text_.find('\0');
  if (nul != std::string::npos) nul_offset_ = static_cast<uint32_t>(nul);
}

Token Lexer::make(TokenKind kind, uint32_t begin, uint32_t end) const {
  Token t;
  t.kind = kind;
  t.begin = begin;
  t.end = end;
  t.line = line_;
  t.col = static_cast<int>(begin - line_start_);
  t.end_line = line_;
  t.end_col = static_cast<int>(end - line_start_);
  return t;
}

int Lexer::char_column(uint32_t line_start, uint32_t offset) const {
  return static_cast<int>(text::count_code_points(std::string_view(text_).substr(line_start, offset - line_start)));
}

std::string Lexer::line_with_newline(uint32_t line_start) const {
  size_t end = text_.find('\n', line_start);
  end = end == std::string::npos ? text_.size() : end + 1;
  return text_.substr(line_start, end - line_start);
}

std::string Lexer::line_without_newline(uint32_t line_start) const {
  std::string line = line_with_newline(line_start);
  if (!line.empty() && line.back() == '\n') line.pop_back();
  return line;
}

Token Lexer::fail(LexErrorKind kind, std::string message, int line, int col, int end_line, int end_col,
                  std::string text) {
  has_error_ = true;
  error_ = LexError{kind, std::move(message), line, col, end_line, end_col, std::move(text)};
  Token t = make(TokenKind::ERRORTOKEN, pos_ < text_.size() ? pos_ : static_cast<uint32_t>(text_.size()),
                 pos_ < text_.size() ? pos_ : static_cast<uint32_t>(text_.size()));
  return t;
}

Token Lexer::error_at_cursor(std::string message, uint32_t cursor) {
  int col = char_column(line_start_, cursor);
  return fail(LexErrorKind::kSyntaxError, std::move(message), line_, col, line_, col,
              line_without_newline(line_start_));
}

void Lexer::advance_line() {
  ++line_;
  line_start_ = pos_;
  at_bol_ = true;
}

// CPython refuses a line holding a NUL byte when it reads that line; the message names
// the line and shows the text before the NUL, with no column.
Token Lexer::fail_on_null_byte() {
  uint32_t line_start = static_cast<uint32_t>(text_.rfind('\n', nul_offset_) + 1);
  int line = 1;
  for (uint32_t i = 0; i < line_start; ++i) line += text_[i] == '\n';
  return fail(LexErrorKind::kSyntaxError, "source code cannot contain null bytes", line, 0, line, 0,
              text_.substr(line_start, nul_offset_ - line_start));
}

Token Lexer::pending_indent_token() {
  TokenKind kind = pending_ > 0 ? TokenKind::INDENT : TokenKind::DEDENT;
  pending_ += pending_ > 0 ? -1 : 1;
  return make(kind, pos_, pos_);
}

// Measures the indentation of a new line and queues INDENT/DEDENT tokens. Blank lines
// (only a comment or nothing) and lines inside brackets do not change the indentation.
bool Lexer::measure_indentation(Token& out) {
  at_bol_ = false;
  int col = 0, alt_col = 0;
  for (;; ++pos_) {
    char c = peek();
    if (c == ' ') {
      ++col, ++alt_col;
    } else if (c == '\t') {
      col = (col / kTabSize + 1) * kTabSize;
      alt_col = (alt_col / kAltTabSize + 1) * kAltTabSize;
    } else if (c == '\f') {
      col = alt_col = 0;
    } else {
      break;
    }
  }
  bool blank = at_end() || peek() == '#' || peek() == '\n';
  if (at_end()) blank = false;  // at the end, dedent everything
  if (blank || !brackets_.empty()) return false;

  auto tab_error = [&] {
    out = fail(LexErrorKind::kTabError, "inconsistent use of tabs and spaces in indentation", line_, 1, line_, 0,
               line_with_newline(line_start_));
  };
  if (col == indents_.back()) {
    if (alt_col != alt_indents_.back()) return tab_error(), true;
  } else if (col > indents_.back()) {
    if (indents_.size() >= kMaxIndentDepth) {
      out = fail(LexErrorKind::kIndentationError, "too many levels of indentation", line_, 1, line_, 0,
                 line_with_newline(line_start_));
      return true;
    }
    if (alt_col <= alt_indents_.back()) return tab_error(), true;
    ++pending_;
    indents_.push_back(col);
    alt_indents_.push_back(alt_col);
  } else {
    while (indents_.size() > 1 && col < indents_.back()) {
      --pending_;
      indents_.pop_back();
      alt_indents_.pop_back();
    }
    if (col != indents_.back()) {
      std::string line = line_with_newline(line_start_);
      int end_col = static_cast<int>(text::count_code_points(line));
      out = fail(LexErrorKind::kIndentationError, "unindent does not match any outer indentation level", line_,
                 end_col, line_, -1, line);
      return true;
    }
    if (alt_col != alt_indents_.back()) return tab_error(), true;
  }
  return false;
}

Token Lexer::next() {
  if (has_error_) return make(TokenKind::ERRORTOKEN, pos_, pos_);
  for (;;) {
    if (nul_offset_ != UINT32_MAX && nul_offset_ < text_.find('\n', line_start_)) return fail_on_null_byte();
    if (pending_ != 0) return pending_indent_token();
    bool blank_line = false;
    if (at_bol_) {
      Token out;
      if (measure_indentation(out)) return out;
      if (pending_ != 0) return pending_indent_token();
      blank_line = !at_end() && (peek() == '#' || peek() == '\n');
    }
    while (peek() == ' ' || peek() == '\t' || peek() == '\f') ++pos_;
    uint32_t start = pos_;
    if (at_end()) {
      if (!brackets_.empty()) {
        const OpenBracket& b = brackets_.back();
        uint32_t ls = 0;
        for (int l = 1; l < b.line; ++l) ls = static_cast<uint32_t>(text_.find('\n', ls)) + 1;
        // CPython's text keeps the (implicit) newline only when the bracket is on the last line.
        std::string line = line_without_newline(ls);
        if (ls + line_with_newline(ls).size() >= text_.size()) line += '\n';
        return fail(LexErrorKind::kSyntaxError, std::string("'") + b.ch + "' was never closed", b.line,
                    char_column(ls, ls + b.col) + 1, b.line, 0, std::move(line));
      }
      return make(TokenKind::ENDMARKER, start, start);
    }
    char c = peek();
    if (c == '#') {
      while (peek() != '\n') ++pos_;
      c = '\n';
      start = pos_;
    }
    if (c == '\n') {
      ++pos_;
      if (blank_line || !brackets_.empty()) {
        advance_line();
        continue;
      }
      Token t = make(TokenKind::NEWLINE, start, pos_);
      advance_line();
      return t;
    }
    if (c == '\\') {
      // Line continuation: a backslash must end the line, and a line must follow.
      if (peek(1) != '\n') {
        uint32_t after = pos_ + 2;  // CPython locates the error just past the next character
        return fail(LexErrorKind::kSyntaxError, "unexpected character after line continuation character", line_,
                    char_column(line_start_, after), line_, 0, line_with_newline(line_start_));
      }
      pos_ += 2;
      if (at_end() && !brackets_.empty()) continue;  // reported as an unclosed bracket below
      if (at_end()) {
        // The location is the end of the continued line, as CPython reports it.
        std::string line = line_with_newline(line_start_);
        return fail(LexErrorKind::kSyntaxError, "unexpected EOF while parsing", line_,
                    static_cast<int>(text::count_code_points(line)), line_, -1, line);
      }
      ++line_;
      line_start_ = pos_;
      continue;
    }
    if (is_name_start_byte(c)) return scan_name_or_string(start);
    if (is_digit(c) || (c == '.' && is_digit(peek(1)))) return scan_number(start);
    if (c == '"' || c == '\'') return scan_string(start);
    return scan_operator(start);
  }
}

Token Lexer::scan_name_or_string(uint32_t start) {
  // A string prefix is a few of b, r, u, f in an allowed combination, then a quote.
  bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
  for (uint32_t i = start;; ++i) {
    char c = i < text_.size() ? text_[i] : '\0';
    char lower = static_cast<char>(c | 0x20);
    if (lower == 'b' && !(saw_b || saw_u || saw_f) && is_ascii_letter(c)) saw_b = true;
    else if (lower == 'u' && !(saw_b || saw_u || saw_r || saw_f) && is_ascii_letter(c)) saw_u = true;
    else if (lower == 'r' && !(saw_r || saw_u) && is_ascii_letter(c)) saw_r = true;
    else if (lower == 'f' && !(saw_f || saw_b || saw_u) && is_ascii_letter(c)) saw_f = true;
    else break;
    char q = i + 1 < text_.size() ? text_[i + 1] : '\0';
    if (q == '"' || q == '\'') {
      pos_ = i + 1;
      return scan_string(start);
    }
  }
  bool non_ascii = false;
  while (is_name_byte(peek())) {
    if (static_cast<uint8_t>(peek()) >= 0x80) non_ascii = true;
    ++pos_;
  }
  if (non_ascii && !verify_identifier(start)) return make(TokenKind::ERRORTOKEN, pos_, pos_);
  return make(TokenKind::NAME, start, pos_);
}

// Checks a name with non-ASCII bytes: XID_Start then XID_Continue code points.
bool Lexer::verify_identifier(uint32_t start) {
  std::string_view name = std::string_view(text_).substr(start, pos_ - start);
  for (size_t i = 0; i < name.size();) {
    text::Decoded d = text::decode_utf8(name, i);
    char32_t cp = d.code_point;
    bool ok = cp != text::kInvalidCodePoint && (i == 0 ? unicode::is_xid_start(cp) : unicode::is_xid_continue(cp));
    if (!ok) {
      uint32_t after = start + static_cast<uint32_t>(i + d.length);
      std::string message;
      if (cp == text::kInvalidCodePoint) {
        message = format_code_point("invalid character (byte 0x%02x)", static_cast<uint8_t>(name[i]));
      } else if (unicode::is_printable(cp)) {
        message = "invalid character '";
        text::append_utf8(message, cp);
        message += format_code_point("' (U+%04X)", cp);
      } else {
        message = format_code_point("invalid non-printable character U+%04X", cp);
      }
      error_at_cursor(std::move(message), after);
      return false;
    }
    i += d.length;
  }
  return true;
}

// CPython's verify_end_of_number: a number followed directly by a letter is an error,
// except before the keywords that may follow a number in valid code (a SyntaxWarning).
bool Lexer::check_number_end(const char* kind) {
  char c = peek();
  auto followed_by = [&](const char* rest) {
    for (uint32_t i = 0; rest[i]; ++i)
      if (peek(1 + i) != rest[i]) return false;
    return true;
  };
  bool keyword = false;
  switch (c) {
    case 'a': keyword = followed_by("nd"); break;
    case 'e': keyword = followed_by("lse"); break;
    case 'f': keyword = followed_by("or"); break;
    case 'i': keyword = peek(1) == 'f' || peek(1) == 'n' || peek(1) == 's'; break;
    case 'o': keyword = followed_by("r"); break;
    case 'n': keyword = followed_by("ot"); break;
    default: break;
  }
  std::string message = std::string("invalid ") + kind + " literal";
  if (keyword) {
    warnings_.push_back(LexWarning{std::move(message), line_});
    return true;
  }
  if (is_ascii_letter(c) || c == '_' || is_digit(c)) {
    error_at_cursor(std::move(message), pos_);
    return false;
  }
  return true;
}

// Digits separated by single underscores; pos_ is at a digit. False (error set) on a bad '_'.
bool Lexer::scan_decimal_tail() {
  for (;;) {
    while (is_digit(peek())) ++pos_;
    if (peek() != '_') return true;
    ++pos_;
    if (!is_digit(peek())) {
      error_at_cursor("invalid decimal literal", pos_);
      return false;
    }
  }
}

Token Lexer::scan_number(uint32_t start) {
  auto number = [&] { return make(TokenKind::NUMBER, start, pos_); };
  auto failed = [&] { return make(TokenKind::ERRORTOKEN, pos_, pos_); };
  // Integers with a base prefix: 0x / 0o / 0b, digits with single underscores.
  auto based = [&](auto is_base_digit, const char* kind) -> Token {
    pos_ += 2;
    do {
      if (peek() == '_') ++pos_;
      if (!is_base_digit(peek())) {
        // An out-of-range decimal digit gets its own message, located just past it.
        if (is_digit(peek()) && std::string_view(kind) != "hexadecimal") {
          char digit = peek();
          return error_at_cursor(std::string("invalid digit '") + digit + "' in " + kind + " literal", pos_ + 1), failed();
        }
        return error_at_cursor(std::string("invalid ") + kind + " literal", pos_), failed();
      }
      while (is_base_digit(peek())) ++pos_;
    } while (peek() == '_');
    if (is_digit(peek())) {
      char digit = peek();
      return error_at_cursor(std::string("invalid digit '") + digit + "' in " + kind + " literal", pos_ + 1), failed();
    }
    return check_number_end(kind) ? number() : failed();
  };

  bool fraction_or_exponent = false;
  if (peek() == '.') {
    ++pos_;  // ".5": straight to the fraction
    if (!scan_decimal_tail()) return failed();
    fraction_or_exponent = true;
  } else if (peek() == '0') {
    char p = static_cast<char>(peek(1) | 0x20);
    if (p == 'x') return based(is_hex_digit, "hexadecimal");
    if (p == 'o') return based([](char c) { return c >= '0' && c <= '7'; }, "octal");
    if (p == 'b') return based([](char c) { return c == '0' || c == '1'; }, "binary");
    // Zeros, then maybe other digits: only valid if a fraction, exponent or 'j' follows.
    bool nonzero = false;
    ++pos_;
    for (;;) {
      if (peek() == '_') {
        ++pos_;
        if (!is_digit(peek())) return error_at_cursor("invalid decimal literal", pos_), failed();
      }
      if (peek() != '0') break;
      ++pos_;
    }
    uint32_t zeros_end = pos_ + 1;  // CPython measures it one character past the zeros
    if (is_digit(peek())) {
      nonzero = true;
      if (!scan_decimal_tail()) return failed();
    }
    char c = peek();
    if (c != '.' && c != 'e' && c != 'E' && c != 'j' && c != 'J') {
      if (nonzero) {
        return fail(LexErrorKind::kSyntaxError,
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    line_, char_column(line_start_, start) + 1, line_, char_column(line_start_, zeros_end),
                    line_without_newline(line_start_)),
               failed();
      }
      return check_number_end("decimal") ? number() : failed();
    }
  } else {
    if (!scan_decimal_tail()) return failed();
  }
  if (!fraction_or_exponent && peek() == '.') {
    ++pos_;
    if (is_digit(peek()) && !scan_decimal_tail()) return failed();
  }
  if (peek() == 'e' || peek() == 'E') {
    uint32_t e_pos = pos_;
    ++pos_;
    if (peek() == '+' || peek() == '-') {
      ++pos_;
      if (!is_digit(peek())) return error_at_cursor("invalid decimal literal", pos_), failed();
    } else if (!is_digit(peek())) {
      // "1else": the number ends before the 'e' unless that makes an invalid literal.
      pos_ = e_pos;
      return check_number_end("decimal") ? number() : failed();
    }
    if (!scan_decimal_tail()) return failed();
  }
  if (peek() == 'j' || peek() == 'J') {
    ++pos_;
    return check_number_end("imaginary") ? number() : failed();
  }
  return check_number_end("decimal") ? number() : failed();
}

Token Lexer::scan_string(uint32_t start) {
  // pos_ is at the opening quote (any prefix lies between start and pos_).
  char quote = peek();
  uint32_t quote_size = (peek(1) == quote && peek(2) == quote) ? 3 : 1;
  int first_line = line_;
  uint32_t first_line_start = line_start_;
  pos_ += quote_size;
  uint32_t end_quotes = 0;
  if (quote_size == 1 && peek() == quote) {  // the empty string ''
    ++pos_;
    return make(TokenKind::STRING, start, pos_);
  }
  while (end_quotes < quote_size) {
    if (at_end() || (quote_size == 1 && peek() == '\n')) {
      // Reported at the string's start, naming the line where the end was noticed.
      // At the end, the final newline has already moved line_ one past the last line.
      int detected = at_end() ? line_ - 1 : line_;
      std::string message = quote_size == 3 ? "unterminated triple-quoted string literal (detected at line "
                                            : "unterminated string literal (detected at line ";
      message += std::to_string(detected) + ")";
      line_ = first_line;
      line_start_ = first_line_start;
      int col = char_column(first_line_start, start + 1);
      return fail(LexErrorKind::kSyntaxError, std::move(message), first_line, col, first_line, col,
                  line_without_newline(first_line_start));
    }
    char c = peek();
    ++pos_;
    if (c == quote) {
      ++end_quotes;
      continue;
    }
    end_quotes = 0;
    if (c == '\\' && !at_end()) {
      c = peek();
      ++pos_;
    }
    if (c == '\n') {
      ++line_;
      line_start_ = pos_;
    }
  }
  Token t = make(TokenKind::STRING, start, pos_);
  t.line = first_line;
  t.col = static_cast<int>(start - first_line_start);
  return t;
}

Token Lexer::scan_operator(uint32_t start) {
  char c = peek();
  if (c == '(' || c == '[' || c == '{') {
    if (brackets_.size() >= kMaxBracketDepth) {
      return error_at_cursor("too many nested parentheses", pos_ + 1);
    }
    brackets_.push_back(OpenBracket{c, line_, static_cast<int>(pos_ - line_start_)});
  } else if (c == ')' || c == ']' || c == '}') {
    if (brackets_.empty()) return error_at_cursor(std::string("unmatched '") + c + "'", pos_ + 1);
    OpenBracket open = brackets_.back();
    char expected = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
    if (c != expected) {
      std::string message = std::string("closing parenthesis '") + c + "' does not match opening parenthesis '" +
                            open.ch + "'";
      if (open.line != line_) message += " on line " + std::to_string(open.line);
      return error_at_cursor(std::move(message), pos_ + 1);
    }
    brackets_.pop_back();
  }
  OperatorMatch match = match_operator(std::string_view(text_).substr(pos_, 3));
  if (match.length > 0) {
    pos_ += match.length;
    return make(match.kind, start, pos_);
  }
  auto u = static_cast<uint8_t>(c);
  if (u < 0x20 || u == 0x7F) {
    return error_at_cursor(format_code_point("invalid non-printable character U+%04X", u), pos_ + 1);
  }
  // '$', '?', '`', a lone '!': not a token; the parser reports "invalid syntax" here.
  ++pos_;
  return make(TokenKind::OP, start, pos_);
}

}  // namespace glasspy::lex
