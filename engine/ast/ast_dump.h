// ast.dump() of a syntax tree (parsing stage), byte for byte as CPython 3.11's `ast` module
// prints it, for `glasspy --ast` and the page's AST pane.
#pragma once
#include <string>

#include "ast/ast.h"

namespace glasspy::ast {

// The arguments of ast.dump() that Glasspy supports (annotate_fields is always True).
struct DumpOptions {
  bool include_attributes = false;  // also lineno, col_offset, end_lineno, end_col_offset
  int indent = -1;                  // spaces per level; -1 is indent=None (one line)
};

// ast.dump(node, include_attributes=..., indent=...).
std::string dump(const Node* node, const DumpOptions& options = {});

// Where `python3 -c "import ast; print(ast.dump(ast.parse(src), indent=4))"` gives up on a
// deep tree: "" if it prints, else the last line of its RecursionError (from ast.parse
// building the Python objects, or from ast.dump's own recursion). Glasspy prints the same
// rather than a tree CPython cannot show.
std::string python_dump_recursion_error(const Node* module);

// repr() of a constant as ast.dump shows it: 1, 1.5, 1j, 'text', b'\x00', None, Ellipsis.
std::string constant_repr(const ConstantValue& value);

}  // namespace glasspy::ast
