// Emulation of the standard library's `tokenize` module (lexing stage): the token stream
// that `tokenize.tokenize()` yields and what `python3 -m tokenize FILE` prints, including its
// ERRORTOKENs and error messages for bad input. The parser uses lex/lexer.h instead, which
// follows CPython's C tokenizer.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lex/token_kind.h"

namespace glasspy::lex {

// One token as tokenize.TokenInfo has it. Columns count code points, as in tokenize. The
// texts are views into the TokenizeResult's `text`: a token costs the same whatever the
// length of its line.
struct TokenInfo {
  TokenKind type;           // generic type (OP for operators)
  TokenKind exact_type;     // exact operator type for OP, otherwise equal to type
  std::string_view string;  // the token's text (UTF-8)
  int start_line, start_col;
  int end_line, end_col;
  std::string_view line;  // the physical line(s) the token came from, as tokenize reports them
};

// The text that a TokenizeResult's tokens view.
struct TokenizeText {
  std::string source;    // the lines tokenize read, decoded, as UTF-8
  std::string encoding;  // the ENCODING token's string
};

// An error that tokenize raises. `type` is the Python exception: "TokenError" or
// "IndentationError" (at line:col), "SyntaxError" (a bad coding cookie or undecodable first
// lines), "UnicodeDecodeError", "LookupError" or "UnicodeError" (a later line that its codec
// cannot decode), or "UnsupportedEncoding": a codec Python has that glasspy cannot decode.
struct TokenizeError {
  std::string type;
  std::string message;  // e.g. "EOF in multi-line string"
  int line = 0, col = 0;
};

// Every token tokenize would yield for `source` (raw bytes of a file: the encoding is
// detected from BOM / coding cookie as tokenize.detect_encoding does). If tokenize would
// raise, `error` is set and `tokens` holds what was yielded before the error.
struct TokenizeResult {
  std::vector<TokenInfo> tokens;
  bool failed = false;
  TokenizeError error;
  // What the tokens' strings and lines view. On the heap so that moving a result keeps the
  // views valid (a result can be moved, not copied).
  std::unique_ptr<const TokenizeText> text;
};
TokenizeResult tokenize_source(std::string_view source);

// What `python3 -m tokenize [-e] FILE` writes and its exit status; `display_name` is FILE
// as given on the command line. "<stdin>" reproduces reading standard input instead (no
// ENCODING token or coding cookie, UTF-8 with surrogateescape, tokens printed up to an error).
struct TokenizeDump {
  std::string out;
  std::string err;
  int exit_status = 0;
};
TokenizeDump tokenize_dump(std::string_view source, std::string_view display_name, bool exact_types);

// What `python3 -m tokenize FILE` writes when reading FILE raises an OSError, errno
// `errno_value` with message `strerror_text`: "error: [Errno 2] No such file or directory:
// 'x.py'" (exit status 1). `file_name` (FILE as given) is empty for an error that names no
// file, such as a read that fails after FILE was opened.
TokenizeDump tokenize_os_error(int errno_value, std::string_view strerror_text,
                               std::optional<std::string_view> file_name);

}  // namespace glasspy::lex
