// Constant folding (compile stage): what CPython 3.11's AST optimizer (Python/ast_opt.c)
// does before code generation, recorded beside the tree instead of rewriting it: constant
// unary and binary operations within its size limits, constant subscripts, tuples of
// constants, `__debug__`, and lists / sets iterated by `for` or tested by `in` turned into
// tuples / frozensets. The code generator reads the results through FoldResult.
#pragma once
#include <unordered_map>
#include <string>
#include <unordered_set>
#include <vector>

#include "ast/ast.h"
#include "bytecode/code_unit.h"

namespace glasspy::compile {

// One piece of a `'...%s...' % (a, b)` that the optimizer turned into an f-string: a
// literal (no source location), or a value formatted with a conversion ('s', 'r', 'a')
// and an optional literal format spec (">5", ".3").
struct FormatPart {
  bool literal = false;
  std::string text;                       // the literal, or the format spec
  bool has_spec = false;
  const ast::ExprNode* value = nullptr;   // the formatted value
  int conversion = 0;
};

struct FoldResult {
  // `str % tuple` expressions compiled as f-strings (optimize_format).
  std::unordered_map<const ast::ExprNode*, std::vector<FormatPart>> formats;
  // Expressions that became constants (Constant nodes themselves are not listed).
  std::unordered_map<const ast::ExprNode*, bytecode::Constant> constants;
  // List displays that fold_iter turned into tuples without making them constant.
  std::unordered_set<const ast::ExprNode*> lists_as_tuples;
  // Expression statements heading a body that only became string constants by folding:
  // CPython wraps them in a JoinedStr so they are not docstrings.
  std::unordered_set<const ast::StmtNode*> wrapped_docstrings;
};

// Folds a module (`optimize` is the -O level: __debug__ is `not optimize`).
FoldResult fold_constants(const ast::Module& module, int optimize = 0);

// A frozenset of `items` (deduplicated by Python equality) in CPython's iteration order.
bytecode::Constant make_frozenset(const std::vector<bytecode::Constant>& items);

// The value of a literal.
bytecode::Constant constant_from_ast(const ast::ConstantValue& value);

}  // namespace glasspy::compile
