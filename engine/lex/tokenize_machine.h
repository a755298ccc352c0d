// The tokenizer of the tokenize emulation (lexing stage): tokenize's generator run over a
// file or standard input, its tokens kept as offsets into the decoded text. Internal to
// lex/tokenize_*; lex/tokenize_compat.h has the public view.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "lex/token_kind.h"
#include "lex/tokenize_compat.h"

namespace glasspy::lex::tokenize_detail {

// A token by offsets into the decoded text (copying strings is left to the callers that need it).
struct RawToken {
  TokenKind type, exact_type;
  size_t text_begin, text_end;
  int start_row, start_col, end_row, end_col;
  size_t line_begin, line_end;  // TokenInfo.line: one physical line, or several for a string
};

// Everything one tokenize run produced.
struct Run {
  std::u32string text;   // the decoded lines read so far, back to back
  std::string encoding;  // the ENCODING token's text (the first token, when reading a file)
  std::vector<RawToken> tokens;
  bool failed = false;
  TokenizeError error;
  std::string codec_frame;  // see DecodeFailure
};

// tokenize.tokenize(readline) over a file's bytes; `file_repr` is repr(filename) for the
// messages of detect_encoding, or null when tokenize has no file name.
Run tokenize_file(std::string_view source, const std::string* file_repr);

// `python3 -m tokenize` without a file: _tokenize(sys.stdin.readline, None) reads str lines
// (UTF-8 with surrogateescape under the UTF-8 locale, no newline translation): no ENCODING
// token, no coding cookie, a BOM is an ordinary character.
Run tokenize_stdin(std::string_view source);

}  // namespace glasspy::lex::tokenize_detail
