// The matchers of the tokenize emulation (lexing stage): what the regular expressions of
// CPython 3.11's tokenize module match, over one decoded line. Internal to lex/tokenize_*.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lex/token_kind.h"

namespace glasspy::lex::tokenize_detail {

// What a matcher returns when it does not match.
constexpr size_t kNoMatch = static_cast<size_t>(-1);

// A decoded line (or lines), indexed by code point as tokenize's columns are.
using Line = std::u32string_view;

// What matched at a position, in the order of tokenize's PseudoToken alternatives.
enum class Piece : uint8_t {
  kNone,          // nothing matches: the character becomes an ERRORTOKEN
  kEnd,           // only blanks were left (the regex's \Z)
  kContinuation,  // backslash-newline
  kComment,
  kTripleQuote,   // prefix and opening triple quote
  kNumber,
  kNewline,
  kOperator,
  kString,        // a whole ' or " string, or its first line up to a backslash-newline
  kName,          // \w+ (a NAME only if its first character may start an identifier)
};

// A pseudo-token match: the piece spans [start, end), after the blanks skipped before it.
struct PseudoMatch {
  Piece piece = Piece::kNone;
  size_t start = 0, end = 0;
  char32_t quote = 0;                // for kTripleQuote and kString
  TokenKind kind = TokenKind::OP;    // for kOperator
};

// tokenize's PseudoToken regex matched at `pos` of `s`.
PseudoMatch match_pseudo_token(Line s, size_t pos);

// The rest of a string from `pos` through its closing quote(s) (tokenize's endpats): the end
// of the match, or kNoMatch.
size_t match_string_tail(Line s, size_t pos, char32_t quote, bool triple);

// Whether `s` ends in a backslash and a newline ('\n' or "\r\n").
bool ends_with_line_continuation(Line s);

// str.isidentifier() of one character: what makes a \w+ match a NAME rather than an OP.
bool is_identifier_start(char32_t c);

}  // namespace glasspy::lex::tokenize_detail
