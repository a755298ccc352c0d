// Name and operator lookups over the token table (lexing stage).
#include "lex/token_kind.h"

#include <array>

namespace glasspy::lex {
namespace {

constexpr std::string_view kNames[] = {
#define GP_TOKEN(name, text) #name,
#include "lex/token_kind.def"
#undef GP_TOKEN
};

// Empty entries mark kinds that are not exact operators.
constexpr std::string_view kOperatorTexts[] = {
#define GP_TOKEN(name, text) std::string_view(text ? text : ""),
#include "lex/token_kind.def"
#undef GP_TOKEN
};

// Operators grouped by first character, longest first, so a scan stops at the longest
// match after comparing at most four spellings. Built from the table at compile time.
struct OperatorIndex {
  std::array<std::array<uint8_t, 4>, 128> kinds{};
  std::array<uint8_t, 128> counts{};
};

constexpr OperatorIndex build_operator_index() {
  OperatorIndex index;
  for (size_t length = 3; length >= 1; --length) {
    for (size_t kind = 0; kind < std::size(kOperatorTexts); ++kind) {
      std::string_view text = kOperatorTexts[kind];
      if (text.size() != length) continue;
      auto first = static_cast<unsigned char>(text[0]);
      index.kinds[first][index.counts[first]++] = static_cast<uint8_t>(kind);
    }
  }
  return index;
}

constexpr OperatorIndex kOperatorIndex = build_operator_index();

}  // namespace

std::string_view token_kind_name(TokenKind kind) {
  auto index = static_cast<size_t>(kind);
  return index < std::size(kNames) ? kNames[index] : std::string_view("<invalid>");
}

OperatorMatch match_operator(std::string_view text) {
  if (text.empty() || static_cast<unsigned char>(text[0]) >= 128) return {TokenKind::OP, 0};
  auto first = static_cast<unsigned char>(text[0]);
  for (uint8_t i = 0; i < kOperatorIndex.counts[first]; ++i) {
    uint8_t kind = kOperatorIndex.kinds[first][i];
    std::string_view spelling = kOperatorTexts[kind];
    if (text.substr(0, spelling.size()) == spelling) {
      return {static_cast<TokenKind>(kind), static_cast<uint32_t>(spelling.size())};
    }
  }
  return {TokenKind::OP, 0};
}

TokenKind exact_operator_kind(std::string_view text) {
  OperatorMatch match = match_operator(text);
  return match.length == text.size() ? match.kind : TokenKind::OP;
}

}  // namespace glasspy::lex
