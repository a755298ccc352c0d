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
