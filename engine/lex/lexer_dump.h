// A text dump of the lexer's token stream (lexing stage), for `glasspy --lex` and tests:
// one token per line, `KIND 'text' line,col-end_line,end_col` (byte columns), or the error.
#pragma once
#include <string>
#include <string_view>

namespace glasspy::lex {

// Tokens of `source` as the parser sees them. Positions are left out when `with_positions`
// is false; INDENT/DEDENT/NEWLINE/ENDMARKER never show them. On an error the dump is just
// `Kind: message (line,offset,end_line,end_offset)` (None where CPython has no offset).
std::string dump_lexer_tokens(std::string_view source, bool with_positions = true);

}  // namespace glasspy::lex
