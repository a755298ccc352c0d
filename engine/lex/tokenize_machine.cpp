// The tokenizer of the tokenize emulation (lexing stage): tokenize._tokenize's state machine
// over decoded lines (indentation, brackets, strings that span lines, continuation lines),
// producing tokens as offsets into the decoded text.
#include "lex/tokenize_machine.h"

#include <algorithm>
#include <cstdint>

#include "lex/tokenize_decoding.h"
#include "lex/tokenize_matchers.h"
#include "unicode/char_props.h"

namespace glasspy::lex::tokenize_detail {
namespace {

constexpr int64_t kTabSize = 8;  // tokenize.tabsize

// tokenize._tokenize over lines handed out like readline(): split after '\n' only (reading
// bytes, a lone '\r' ends nothing) and decoded one at a time, so a bad byte is reported only
// when its line is reached, after the tokens before it.
class Tokenizer {
 public:
  Tokenizer(std::string_view bytes, const LineCodec& codec, std::string_view encoding, Run& run)
      : bytes_(bytes), codec_(codec), encoding_(encoding), run_(run) {
    run_.text.reserve(bytes.size() + 1);  // never more code points than bytes: views stay valid
  }

  void tokenize();

 private:
  struct Span {
    size_t begin = 0, end = 0;
    size_t size() const { return end - begin; }
  };

  bool read_line(Span& line);
  Line view(Span span) const { return Line(run_.text.data() + span.begin, span.size()); }
  void emit(TokenKind type, Span text, int start_row, int start_col, int end_row, int end_col, Span line,
            TokenKind exact_type);
  void emit(TokenKind type, Span text, int start_row, int start_col, int end_row, int end_col, Span line) {
    emit(type, text, start_row, start_col, end_row, end_col, line, type);
  }
  void fail(const char* type, std::string message, int line, int col);
  bool continue_string(Span line, size_t& pos);
  bool start_statement(Span line, size_t& pos);
  void scan_tokens(Span line, size_t pos);
  void finish(Span last_line);

  std::string_view bytes_;
  size_t next_byte_ = 0;
  LineCodec codec_;
  std::string_view encoding_;
  Run& run_;

  int lnum_ = 0;
  int parenlev_ = 0;  // may go negative on stray closing brackets, as in tokenize
  bool continued_ = false;
  std::vector<int64_t> indents_{0};

  // A string spanning lines (tokenize's contstr/contline/strstart/endprog).
  bool in_string_ = false;
  bool needcont_ = false;  // sticky: an unfinished ' string leaves it set (see continue_string)
  char32_t quote_ = 0;
  bool triple_ = false;
  size_t string_begin_ = 0, string_line_begin_ = 0;
  int string_row_ = 0, string_col_ = 0;
};

bool Tokenizer::read_line(Span& line) {
  line.begin = line.end = run_.text.size();
  if (next_byte_ >= bytes_.size()) return true;  // end of input: the empty line
  size_t newline = bytes_.find('\n', next_byte_);
  size_t end = newline == std::string_view::npos ? bytes_.size() : newline + 1;
  std::string_view chunk = bytes_.substr(next_byte_, end - next_byte_);
  next_byte_ = end;
  DecodeFailure failure;
  if (!decode_line(chunk, codec_, encoding_, run_.text, failure)) {
    run_.failed = true;
    run_.error = {failure.type, failure.message, 0, 0};
    run_.codec_frame = std::move(failure.codec_frame);
    return false;
  }
  line.end = run_.text.size();
  return true;
}

void Tokenizer::emit(TokenKind type, Span text, int start_row, int start_col, int end_row, int end_col, Span line,
                     TokenKind exact_type) {
  run_.tokens.push_back(
      {type, exact_type, text.begin, text.end, start_row, start_col, end_row, end_col, line.begin, line.end});
}

void Tokenizer::fail(const char* type, std::string message, int line, int col) {
  run_.failed = true;
  run_.error = {type, std::move(message), line, col};
}

void Tokenizer::tokenize() {
  Span line, last_line;
  for (;;) {
    last_line = line;
    if (!read_line(line)) return;
    ++lnum_;
    size_t pos = 0;
    if (in_string_) {
      if (!continue_string(line, pos)) return;
      if (pos == kNoMatch) continue;
    } else if (parenlev_ == 0 && !continued_) {
      if (line.size() == 0) break;
      if (!start_statement(line, pos)) return;
      if (pos == kNoMatch) continue;
      if (pos == line.size()) break;  // a last line of blanks without a newline
    } else {
      if (line.size() == 0) return fail("TokenError", "EOF in multi-line statement", lnum_, 0);
      continued_ = false;
    }
    scan_tokens(line, pos);
  }
  finish(last_line);
}

// The next line of a multi-line string. Returns false on error; otherwise `pos` is where
// tokens resume if the string ended, or kNoMatch if the whole line was used.
bool Tokenizer::continue_string(Span line, size_t& pos) {
  Line s = view(line);
  if (s.empty()) {
    fail("TokenError", "EOF in multi-line string", string_row_, string_col_);
    return false;
  }
  size_t end = match_string_tail(s, 0, quote_, triple_);
  if (end != kNoMatch) {
    emit(TokenKind::STRING, {string_begin_, line.begin + end}, string_row_, string_col_, lnum_,
         static_cast<int>(end), {string_line_begin_, line.end});
    in_string_ = needcont_ = false;
    pos = end;
  } else if (needcont_ && !ends_with_line_continuation(s)) {
    // A ' string whose line did not end in a backslash: the lines so far become one
    // ERRORTOKEN. tokenize leaves needcont set here, so a later multi-line triple-quoted
    // string errors out the same way at its first line without a backslash.
    emit(TokenKind::ERRORTOKEN, {string_begin_, line.end}, string_row_, string_col_, lnum_,
         static_cast<int>(s.size()), {string_line_begin_, line.begin});
    in_string_ = false;
    pos = kNoMatch;
  } else {
    pos = kNoMatch;
  }
  return true;
}

// Indentation, blank lines and comment-only lines at the start of a statement. Returns false
// on error; `pos` is where tokens start, or kNoMatch if the line was blank.
bool Tokenizer::start_statement(Span line, size_t& pos) {
  Line s = view(line);
  int64_t column = 0;
  for (; pos < s.size(); ++pos) {
    if (s[pos] == ' ') {
      column += 1;
    } else if (s[pos] == '\t') {
      column = (column / kTabSize + 1) * kTabSize;
    } else if (s[pos] == '\f') {
      column = 0;
    } else {
      break;
    }
  }
  if (pos == s.size()) return true;
  auto col = static_cast<int>(pos);
  if (s[pos] == '#' || s[pos] == '\r' || s[pos] == '\n') {
    size_t rest = pos;
    if (s[pos] == '#') {
      // Here the comment runs to the last CR/LF of the line (a lone CR stays inside it),
      // unlike a comment after code, which stops at the first CR or LF.
      size_t end = s.size();
      while (s[end - 1] == '\r' || s[end - 1] == '\n') --end;
      emit(TokenKind::COMMENT, {line.begin + pos, line.begin + end}, lnum_, col, lnum_, static_cast<int>(end), line);
      rest = end;
    }
    emit(TokenKind::NL, {line.begin + rest, line.end}, lnum_, static_cast<int>(rest), lnum_,
         static_cast<int>(s.size()), line);
    pos = kNoMatch;
    return true;
  }
  if (column > indents_.back()) {
    indents_.push_back(column);
    emit(TokenKind::INDENT, {line.begin, line.begin + pos}, lnum_, 0, lnum_, col, line);
  }
  while (column < indents_.back()) {
    if (std::find(indents_.begin(), indents_.end(), column) == indents_.end()) {
      fail("IndentationError", "unindent does not match any outer indentation level", lnum_, col);
      return false;
    }
    indents_.pop_back();
    emit(TokenKind::DEDENT, {line.begin + pos, line.begin + pos}, lnum_, col, lnum_, col, line);
  }
  return true;
}

void Tokenizer::scan_tokens(Span line, size_t pos) {
  Line s = view(line);
  while (pos < s.size()) {
    PseudoMatch m = match_pseudo_token(s, pos);
    if (m.piece == Piece::kNone) {
      // tokenize retries one character further on, so each blank before the unmatched
      // character fails the same way: all of them are ERRORTOKENs (done here without
      // rescanning the blanks, which would be quadratic in a long run of them).
      for (; pos <= m.start; ++pos) {
        emit(TokenKind::ERRORTOKEN, {line.begin + pos, line.begin + pos + 1}, lnum_, static_cast<int>(pos), lnum_,
             static_cast<int>(pos + 1), line);
      }
      continue;
    }
    pos = m.end;
    Span text{line.begin + m.start, line.begin + m.end};
    auto start = static_cast<int>(m.start), end = static_cast<int>(m.end);
    auto simple = [&](TokenKind type) { emit(type, text, lnum_, start, lnum_, end, line); };
    switch (m.piece) {
      case Piece::kNone:
      case Piece::kEnd:
        break;
      case Piece::kContinuation:
        continued_ = true;
        break;
      case Piece::kNumber:
        simple(TokenKind::NUMBER);
        break;
      case Piece::kNewline:
        simple(parenlev_ > 0 ? TokenKind::NL : TokenKind::NEWLINE);
        break;
      case Piece::kComment:
        simple(TokenKind::COMMENT);
        break;
      case Piece::kName:
        // A \w+ run that cannot start an identifier (say '²' or '٣') is reported as an OP.
        simple(is_identifier_start(s[m.start]) ? TokenKind::NAME : TokenKind::OP);
        break;
      case Piece::kOperator:
        if (m.kind == TokenKind::LPAR || m.kind == TokenKind::LSQB || m.kind == TokenKind::LBRACE) ++parenlev_;
        if (m.kind == TokenKind::RPAR || m.kind == TokenKind::RSQB || m.kind == TokenKind::RBRACE) --parenlev_;
        emit(TokenKind::OP, text, lnum_, start, lnum_, end, line, m.kind);
        break;
      case Piece::kTripleQuote:
      case Piece::kString: {
        bool triple = m.piece == Piece::kTripleQuote;
        if (triple) {
          size_t close = match_string_tail(s, m.end, m.quote, true);
          if (close != kNoMatch) {
            pos = close;
            emit(TokenKind::STRING, {text.begin, line.begin + close}, lnum_, start, lnum_, static_cast<int>(close), line);
            break;
          }
        } else if (s[m.end - 1] != '\n') {
          simple(TokenKind::STRING);
          break;
        }
        // The string goes on over the next lines; the rest of this line is part of it.
        in_string_ = true;
        triple_ = triple;
        quote_ = m.quote;
        if (!triple) needcont_ = true;
        string_begin_ = text.begin;
        string_line_begin_ = line.begin;
        string_row_ = lnum_;
        string_col_ = start;
        return;
      }
    }
  }
}

// After the last line: tokenize adds a NEWLINE when the input does not end with one (unless
// the last line is a comment), closes the open indents and ends with ENDMARKER.
void Tokenizer::finish(Span last_line) {
  Line last = view(last_line);
  if (!last.empty() && last.back() != '\r' && last.back() != '\n') {
    size_t first = 0;
    while (first < last.size() && unicode::is_space(last[first])) ++first;
    if (first == last.size() || last[first] != '#') {
      auto width = static_cast<int>(last.size());
      emit(TokenKind::NEWLINE, {}, lnum_ - 1, width, lnum_ - 1, width + 1, {});
    }
  }
  for (size_t i = 1; i < indents_.size(); ++i) emit(TokenKind::DEDENT, {}, lnum_, 0, lnum_, 0, {});
  emit(TokenKind::ENDMARKER, {}, lnum_, 0, lnum_, 0, {});
}

}  // namespace

Run tokenize_file(std::string_view source, const std::string* file_repr) {
  Run run;
  EncodingChoice choice = detect_encoding(source, file_repr);
  if (!choice.ok) {
    run.failed = true;
    run.error = {"SyntaxError", choice.error, 0, 0};
    return run;
  }
  // "utf-8-sig" (a BOM) is reported and decoded as "utf-8", the BOM having been skipped.
  run.encoding = choice.name;
  run.tokens.push_back({TokenKind::ENCODING, TokenKind::ENCODING, 0, 0, 0, 0, 0, 0, 0, 0});
  Tokenizer(source.substr(choice.bom_length), choice.codec, choice.name, run).tokenize();
  return run;
}

Run tokenize_stdin(std::string_view source) {
  Run run;
  Tokenizer(source, LineCodec{Codec::kUtf8Escaped}, "utf-8", run).tokenize();
  return run;
}

}  // namespace glasspy::lex::tokenize_detail
