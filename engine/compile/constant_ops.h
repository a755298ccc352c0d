// Operations on constants for folding (compile stage): Python's unary and binary
// operators and subscripts on literal values, with the safety limits of CPython 3.11's
// ast_opt.c (128-bit ints, 4096-character strings, 256-item tuples). nullopt where CPython
// would raise or refuse, which leaves the expression unfolded.
#pragma once
#include <optional>

#include "ast/ast.h"
#include "bytecode/code_unit.h"
#include "numeric/bigint.h"

namespace glasspy::compile {

std::optional<bytecode::Constant> fold_unary(ast::UnaryOperator op, const bytecode::Constant& v);
std::optional<bytecode::Constant> fold_binary(ast::Operator op, const bytecode::Constant& v,
                                              const bytecode::Constant& w);
std::optional<bytecode::Constant> fold_subscript(const bytecode::Constant& v, const bytecode::Constant& index);

// The value of an int (or bool) constant.
numeric::BigInt int_value(const bytecode::Constant& c);

// Number of code points of a UTF-8 str constant.
size_t str_length(const std::string& utf8);

}  // namespace glasspy::compile
