// Name and operator lookups over the token table (lexing stage).
#include "lex/token_kind.h"

namespace glasspy::lex {
namespace {

constexpr std::string_view kNames[] = {
#define GP_TOKEN(name, text) #name,
#include "lex/token_kind.def"
#undef GP_TOKEN
};

// nullptr entries mark kinds that are not exact operators.
constexpr const char* kOperatorTexts[] = {
#define GP_TOKEN(name, text) text,
#include "lex/token_kind.def"
#undef GP_TOKEN
};

}  // namespace

std::string_view token_kind_name(TokenKind kind) {
  auto index = static_cast<size_t>(kind);
  return index < std::size(kNames) ? kNames[index] : std::string_view("<invalid>");
}

TokenKind exact_operator_kind(std::string_view text) {
  for (size_t i = 0; i < std::size(kOperatorTexts); ++i) {
    if (kOperatorTexts[i] != nullptr && text == kOperatorTexts[i]) return static_cast<TokenKind>(i);
  }
  return TokenKind::OP;
}

}  // namespace glasspy::lex
