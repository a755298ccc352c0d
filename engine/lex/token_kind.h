// Token kinds (lexing stage): the enum generated from token_kind.def, with name and
// operator-spelling lookups shared by the lexer, the tokenize emulation and the parser.
#pragma once
#include <cstdint>
#include <string_view>

namespace glasspy::lex {

// One enumerator per line of token_kind.def; values equal CPython's token numbers.
enum class TokenKind : uint8_t {
#define GP_TOKEN(name, text) name,
#include "lex/token_kind.def"
#undef GP_TOKEN
  kCount
};

// CPython's name for the kind ("NAME", "LPAR", ...).
std::string_view token_kind_name(TokenKind kind);

// The exact operator kind spelled by `text` ("**=" -> DOUBLESTAREQUAL), or OP if none.
TokenKind exact_operator_kind(std::string_view text);

// The longest operator at the start of `text`: its kind and length (OP and 0 if none).
struct OperatorMatch {
  TokenKind kind;
  uint32_t length;
};
OperatorMatch match_operator(std::string_view text);

// True for the kinds that are operators or delimiters (LPAR..COLONEQUAL).
inline bool is_operator_kind(TokenKind kind) {
  return kind >= TokenKind::LPAR && kind <= TokenKind::COLONEQUAL;
}

}  // namespace glasspy::lex
