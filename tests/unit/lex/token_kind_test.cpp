// Unit tests for the token table (lex/token_kind).
#include <doctest/doctest.h>

#include "lex/token_kind.h"

using glasspy::lex::TokenKind;

TEST_CASE("token kinds carry CPython's numbers and names") {
  CHECK(static_cast<int>(TokenKind::ENDMARKER) == 0);
  CHECK(static_cast<int>(TokenKind::OP) == 54);
  CHECK(static_cast<int>(TokenKind::ENCODING) == 63);
  CHECK(glasspy::lex::token_kind_name(TokenKind::DOUBLESLASHEQUAL) == "DOUBLESLASHEQUAL");
}

TEST_CASE("every operator spelling maps to its exact kind") {
  CHECK(glasspy::lex::exact_operator_kind("**=") == TokenKind::DOUBLESTAREQUAL);
  CHECK(glasspy::lex::exact_operator_kind("...") == TokenKind::ELLIPSIS);
  CHECK(glasspy::lex::exact_operator_kind(":=") == TokenKind::COLONEQUAL);
  CHECK(glasspy::lex::exact_operator_kind("$") == TokenKind::OP);
}

TEST_CASE("match_operator finds the longest operator at the start") {
  auto m = glasspy::lex::match_operator("**=x");
  CHECK(m.kind == TokenKind::DOUBLESTAREQUAL);
  CHECK(m.length == 3);
  m = glasspy::lex::match_operator("->");
  CHECK(m.kind == TokenKind::RARROW);
  m = glasspy::lex::match_operator("..x");
  CHECK(m.kind == TokenKind::DOT);
  CHECK(m.length == 1);
  CHECK(glasspy::lex::match_operator("$").length == 0);
  CHECK(glasspy::lex::match_operator("").length == 0);
}
