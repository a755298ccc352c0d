// Expressions back to source text (compile stage), as CPython 3.11's ast_unparse.c writes
// them for `from __future__ import annotations` (annotations kept as strings).
#pragma once
#include <string>

#include "ast/ast.h"

namespace glasspy::compile {

// The text CPython stores for an annotation under `from __future__ import annotations`.
std::string unparse_annotation(const ast::ExprNode* e);

}  // namespace glasspy::compile
