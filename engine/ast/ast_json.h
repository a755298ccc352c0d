// The syntax tree as JSON (parsing stage), for the page's AST pane and other tools.
#pragma once
#include <string>

#include "ast/ast.h"

namespace glasspy::ast {

// `{"type":"BinOp","pos":[1,0,1,5],"fields":{"left":{...},"op":"Add","right":{...}}}`:
// every field of the node table in order; `pos` (lineno, col_offset, end_lineno,
// end_col_offset: 1-based lines, 0-based UTF-8 byte columns) only for classes that have
// positions; operators and contexts as their class names; constants as
// `{"type":"Constant", ... "value":{"repr":"1.5","kind":"float"}}`; None as null.
std::string to_json(const Node* node);

}  // namespace glasspy::ast
