// The parser's token buffer (parsing stage): adapts the lexer's tokens to the positions
// that CPython's pegen records in its Token structs, which its error messages report.
#include "parse/token_buffer.h"

namespace glasspy::parse {
namespace {

using lex::TokenKind;

struct KeywordEntry {
  std::string_view text;
  Keyword keyword;
  bool soft;
};

constexpr KeywordEntry kKeywords[] = {
    {"False", Keyword::kFalse, false},   {"None", Keyword::kNone, false},
    {"True", Keyword::kTrue, false},     {"and", Keyword::kAnd, false},
    {"as", Keyword::kAs, false},         {"assert", Keyword::kAssert, false},
    {"async", Keyword::kAsync, false},   {"await", Keyword::kAwait, false},
    {"break", Keyword::kBreak, false},   {"class", Keyword::kClass, false},
    {"continue", Keyword::kContinue, false}, {"def", Keyword::kDef, false},
    {"del", Keyword::kDel, false},       {"elif", Keyword::kElif, false},
    {"else", Keyword::kElse, false},     {"except", Keyword::kExcept, false},
    {"finally", Keyword::kFinally, false}, {"for", Keyword::kFor, false},
    {"from", Keyword::kFrom, false},     {"global", Keyword::kGlobal, false},
    {"if", Keyword::kIf, false},         {"import", Keyword::kImport, false},
    {"in", Keyword::kIn, false},         {"is", Keyword::kIs, false},
    {"lambda", Keyword::kLambda, false}, {"nonlocal", Keyword::kNonlocal, false},
    {"not", Keyword::kNot, false},       {"or", Keyword::kOr, false},
    {"pass", Keyword::kPass, false},     {"raise", Keyword::kRaise, false},
    {"return", Keyword::kReturn, false}, {"try", Keyword::kTry, false},
    {"while", Keyword::kWhile, false},   {"with", Keyword::kWith, false},
    {"yield", Keyword::kYield, false},   {"match", Keyword::kMatch, true},
    {"case", Keyword::kCase, true},      {"_", Keyword::kUnderscore, true},
};

bool is_open_bracket(TokenKind k) { return k == TokenKind::LPAR || k == TokenKind::LSQB || k == TokenKind::LBRACE; }
bool is_close_bracket(TokenKind k) { return k == TokenKind::RPAR || k == TokenKind::RSQB || k == TokenKind::RBRACE; }

}  // namespace

Keyword classify_name(std::string_view name, bool* soft) {
  *soft = false;
  if (name.size() > 8) return Keyword::kNotKeyword;
  for (const KeywordEntry& e : kKeywords) {
    if (e.text == name) {
      *soft = e.soft;
      return e.keyword;
    }
  }
  return Keyword::kNotKeyword;
}

TokenBuffer::TokenBuffer(std::string_view source, bool from_file) : lexer_(source), from_file_(from_file) {
  std::string_view text = lexer_.source();
  line_starts_.push_back(0);
  for (uint32_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') line_starts_.push_back(i + 1);
  // The normalised source ends with '\n', so the last entry is its size: the end of the last line.
}

uint32_t TokenBuffer::line_start(int line) const {
  if (line < 1) return 0;
  if (line > line_count()) return line_starts_.back();
  return line_starts_[line - 1];
}

std::string_view TokenBuffer::line_text(int line) const {
  if (line < 1 || line > line_count()) return {};
  uint32_t start = line_starts_[line - 1];
  uint32_t end = line_starts_[line] - 1;  // without '\n'
  return source().substr(start, end - start);
}

void TokenBuffer::push(const lex::Token& lt) {
  converted_last_ = false;
  Tok t;
  t.kind = lt.kind;
  t.begin = lt.begin;
  t.end = lt.end;
  t.line = lt.line;
  t.col = lt.col;
  t.end_line = lt.end_line;
  t.end_col = lt.end_col;
  switch (lt.kind) {
    case TokenKind::NAME: {
      bool soft = false;
      Keyword k = classify_name(text(t), &soft);
      if (soft) {
        t.soft = k;
      } else {
        t.keyword = k;
      }
      break;
    }
    case TokenKind::NEWLINE: {
      // CPython's NEWLINE starts at a trailing comment and leaves the '\n' out.
      uint32_t nl = lt.begin;
      uint32_t from = line_start(lt.line);
      if (!tokens_.empty() && tokens_.back().end > from) from = tokens_.back().end;
      for (uint32_t i = from; i < nl; ++i) {
        if (source()[i] == '#') {
          t.begin = i;
          t.col = static_cast<int>(i - line_start(lt.line));
          break;
        }
      }
      t.end = nl;
      t.end_line = lt.line;
      t.end_col = static_cast<int>(nl - line_start(lt.line));
      t.cur_line = lt.line;
      t.cur_col = t.end_col + 1;
      break;
    }
    case TokenKind::INDENT:
    case TokenKind::DEDENT:
    case TokenKind::ENDMARKER: {
      t.has_columns = false;
      if (drop_final_newline_ && source().size() <= 1) {
        // An empty string: CPython's tokenizer has read no line at all.
        t.line = t.end_line = t.cur_line = 0;
        t.cur_col = 0;
      } else if (lt.begin >= source().size()) {
        // At the end the tokenizer still stands on the last line it read.
        int last = line_count();
        t.line = t.end_line = t.cur_line = last;
        t.cur_col = from_file_ ? 0 : static_cast<int>(line_starts_[last] - line_starts_[last - 1]);
      } else {
        t.cur_line = lt.line;
        t.cur_col = lt.col;
      }
      t.col = t.end_col = -1;
      break;
    }
    default:
      break;
  }
  if (t.kind != TokenKind::NEWLINE && t.has_columns) {
    t.cur_line = t.end_line;
    t.cur_col = t.end_col;
  }
  if (is_open_bracket(t.kind)) {
    ++level_;
  } else if (is_close_bracket(t.kind) && level_ > 0) {
    --level_;
  }
  t.level = level_;
  tokens_.push_back(t);
}

bool TokenBuffer::next_lexer_token(lex::Token& out) {
  if (has_pending_) {
    has_pending_ = false;
    out = pending_;
    return true;
  }
  out = lexer_.next();
  if (lexer_.has_error()) return false;
  // CPython's tokenizer reads "<>" as one NOTEQUAL token (only valid with barry_as_FLUFL);
  // the parser then rejects it as a whole.
  if (out.kind == TokenKind::LESS) {
    lex::Token next = lexer_.next();
    if (!lexer_.has_error() && next.kind == TokenKind::GREATER && next.begin == out.end) {
      out.kind = TokenKind::NOTEQUAL;
      out.end = next.end;
      out.end_col = next.end_col;
    } else {
      pending_ = next;
      has_pending_ = !lexer_.has_error();
    }
  }
  return true;
}

void TokenBuffer::fill_to(int i) {
  while (!done_ && static_cast<int>(tokens_.size()) <= i) {
    lex::Token lt;
    if (!next_lexer_token(lt)) {
      error_index_ = static_cast<int>(tokens_.size());
      Tok t;
      t.kind = TokenKind::ERRORTOKEN;
      const lex::LexError& e = lexer_.error();
      t.line = t.end_line = t.cur_line = e.line;
      t.has_columns = false;
      t.col = t.end_col = -1;
      t.level = level_;
      tokens_.push_back(t);
      done_ = true;
      break;
    }
    if (drop_final_newline_ && lt.kind == TokenKind::NEWLINE && lt.begin + 1 >= source().size()) {
      // The '\n' the lexer added at the end: eval input has no NEWLINE there, single input
      // the end of input turned into one.
      if (single_input_) push_end_as_newline(lt);
      continue;
    }
    if (single_input_ && lt.kind == TokenKind::ENDMARKER && !tokens_.empty() && !converted_last_)
      push_end_as_newline(lt);
    push(lt);
    if (lt.kind == TokenKind::ENDMARKER) done_ = true;
  }
}

void TokenBuffer::push_end_as_newline(const lex::Token& lt) {
  lex::Token end = lt;
  end.kind = TokenKind::ENDMARKER;
  end.begin = end.end = static_cast<uint32_t>(source().size());
  push(end);
  tokens_.back().kind = TokenKind::NEWLINE;
  converted_last_ = true;
}

ScanOutcome TokenBuffer::scan_to_end() {
  fill_to(INT32_MAX - 1);
  if (error_index_ < 0) return ScanOutcome::kClean;
  std::string_view m = lexer_.error().message;
  std::string_view tail = "' was never closed";
  bool unclosed = m.size() == tail.size() + 2 && m.substr(2) == tail;
  return unclosed ? ScanOutcome::kUnclosedBracket : ScanOutcome::kError;
}

}  // namespace glasspy::parse
