// Unit tests for the AST table and ast.dump (ast/ast.h, ast/ast_dump): node kinds and
// names from the table, the one-line/multi-line choice of Lib/ast.py, optional fields.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "ast/ast_dump.h"
#include "ast/ast_json.h"
#include "ast/ast_walk.h"
#include "parse/parser.h"

namespace ast = glasspy::ast;

TEST_CASE("node kinds carry CPython's class names and position attributes") {
  CHECK(ast::node_kind_name(ast::NodeKind::BinOp) == "BinOp");
  CHECK(ast::node_kind_name(ast::NodeKind::Arguments) == "arguments");
  CHECK(ast::node_kind_name(ast::NodeKind::MatchCase) == "match_case");
  CHECK(ast::has_position(ast::NodeKind::Arg));
  CHECK_FALSE(ast::has_position(ast::NodeKind::Comprehension));
  CHECK(ast::enum_name(ast::CmpOperator::NotIn) == "NotIn");
  CHECK(ast::enum_name(ast::ExprContext::Store) == "Store");
}

TEST_CASE("ast.dump formats as Lib/ast.py does") {
  ast::Arena arena;
  ast::Position pos{1, 0, 1, 5};
  auto* left = ast::make_node<ast::Name>(arena, ast::Position{1, 0, 1, 1});
  left->id = arena.copy("x");
  left->ctx = ast::ExprContext::Load;
  auto* right = ast::make_node<ast::Constant>(arena, ast::Position{1, 4, 1, 5});
  right->value.kind = ast::ConstantValue::Kind::kInt;
  right->value.text = arena.copy("1");
  auto* sum = ast::make_node<ast::BinOp>(arena, pos);
  sum->left = left;
  sum->op = ast::Operator::Add;
  sum->right = right;
  CHECK(ast::dump(sum) == "BinOp(left=Name(id='x', ctx=Load()), op=Add(), right=Constant(value=1))");
  ast::DumpOptions indented;
  indented.indent = 4;
  CHECK(ast::dump(sum, indented) ==
        "BinOp(\n    left=Name(id='x', ctx=Load()),\n    op=Add(),\n    right=Constant(value=1))");
  ast::DumpOptions positions;
  positions.include_attributes = true;
  CHECK(ast::dump(right, positions) ==
        "Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)");
  // An optional field that is None is left out; a list is never "simple".
  auto* ret = ast::make_node<ast::Return>(arena, pos);
  CHECK(ast::dump(ret) == "Return()");
  auto* del = ast::make_node<ast::Delete>(arena, pos);
  del->targets.count = 1;
  del->targets.items = arena.make_array<ast::ExprNode*>(1);
  del->targets.items[0] = left;
  CHECK(ast::dump(del, indented) == "Delete(\n    targets=[\n        Name(id='x', ctx=Load())])");
}

TEST_CASE("for_each_child visits the fields in table order") {
  ast::Arena arena;
  auto* a = ast::make_node<ast::Name>(arena, {});
  auto* b = ast::make_node<ast::Name>(arena, {});
  auto* cmp = ast::make_node<ast::Compare>(arena, {});
  cmp->left = a;
  cmp->comparators.count = 1;
  cmp->comparators.items = arena.make_array<ast::ExprNode*>(1);
  cmp->comparators.items[0] = b;
  std::vector<const ast::Node*> seen;
  ast::for_each_child(cmp, [&](const ast::Node* n) { seen.push_back(n); });
  REQUIRE(seen.size() == 2);
  CHECK(seen[0] == a);
  CHECK(seen[1] == b);
}

TEST_CASE("the arena hands out zeroed, aligned memory and frees it at once") {
  ast::Arena arena;
  for (int i = 0; i < 10000; ++i) {
    auto* n = arena.make<ast::Position>();
    CHECK(n->lineno == 0);
    CHECK(reinterpret_cast<uintptr_t>(n) % alignof(ast::Position) == 0);
  }
  CHECK(arena.bytes_used() >= 10000 * sizeof(ast::Position));
  CHECK(arena.copy("text") == "text");
  char* big = static_cast<char*>(arena.allocate(5 * 1024 * 1024, 8));
  big[5 * 1024 * 1024 - 1] = 1;
}

TEST_CASE("trees of any depth dump and export without native recursion") {
  // 100,000 terms make a BinOp chain 100,000 deep (python3's ast.parse gives up on it, but
  // the page's AST pane and --ast must not overflow the stack, natively or in wasm).
  std::string source = "x";
  for (int i = 0; i < 100000; ++i) source += "+x";
  source += "\n";
  auto result = glasspy::parse::parse_module(source);
  REQUIRE(result.module != nullptr);
  CHECK(ast::python_dump_recursion_error(result.module) ==
        "RecursionError: maximum recursion depth exceeded during ast construction");
  std::string text = ast::dump(result.module);
  CHECK(text.size() == 100000 * std::string("BinOp(left=, op=Add(), right=Name(id='x', ctx=Load()))").size() +
                           std::string("Module(body=[Expr(value=Name(id='x', ctx=Load()))], type_ignores=[])").size());
  std::string json = ast::to_json(result.module);
  CHECK(json.size() > 100000 * 50);
  std::string tail = "\"type_ignores\":[]}}";
  CHECK(json.compare(json.size() - tail.size(), tail.size(), tail) == 0);
}
