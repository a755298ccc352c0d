// Unit tests for the AST's JSON form (ast/ast_json): shape, positions, leaves.
#include <doctest/doctest.h>

#include "ast/ast_json.h"
#include "parse/parser.h"

TEST_CASE("a small module as JSON") {
  auto result = glasspy::parse::parse_module("x = 1.5 + y\n");
  REQUIRE(result.module != nullptr);
  std::string json = glasspy::ast::to_json(result.module);
  CHECK(json ==
        "{\"type\":\"Module\",\"fields\":{\"body\":[{\"type\":\"Assign\",\"pos\":[1,0,1,11],\"fields\":{"
        "\"targets\":[{\"type\":\"Name\",\"pos\":[1,0,1,1],\"fields\":{\"id\":\"x\",\"ctx\":\"Store\"}}],"
        "\"value\":{\"type\":\"BinOp\",\"pos\":[1,4,1,11],\"fields\":{"
        "\"left\":{\"type\":\"Constant\",\"pos\":[1,4,1,7],\"fields\":{\"value\":{\"repr\":\"1.5\",\"kind\":\"float\"},"
        "\"kind\":null}},\"op\":\"Add\","
        "\"right\":{\"type\":\"Name\",\"pos\":[1,10,1,11],\"fields\":{\"id\":\"y\",\"ctx\":\"Load\"}}}},"
        "\"type_comment\":null}}],\"type_ignores\":[]}}");
}

TEST_CASE("strings in JSON are escaped") {
  auto result = glasspy::parse::parse_module("s = 'a\"\\n'\n");
  REQUIRE(result.module != nullptr);
  std::string json = glasspy::ast::to_json(result.module);
  CHECK(json.find("{\"repr\":\"'a\\\"\\\\n'\",\"kind\":\"str\"}") != std::string::npos);
}
