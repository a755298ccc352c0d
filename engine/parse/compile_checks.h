// The checks CPython 3.11 makes after parsing and before any bytecode exists (parsing
// stage, for `glasspy FILE` to report what python3 reports): `from __future__` imports,
// the AST optimizer's recursion limit, the symbol table (duplicate arguments, global /
// nonlocal misuse, walrus scoping, import *) and the compiler's own errors ('return'
// outside function, 'break' outside loop, starred targets, async rules, match patterns,
// too many statically nested blocks). The first error in CPython's order is returned.
#pragma once
#include <optional>
#include <string_view>

#include "ast/ast.h"
#include "parse/parser.h"
#include "parse/syntax_error.h"

namespace glasspy::parse {

// How compile-stage errors find their source line: re-read from the file (kFile), or
// none at all (kString: compile() of a string shows no line).
std::optional<CompileError> check_module(const ast::Module& module, std::string_view source, SourceKind kind);

namespace detail {

// A compile-stage error at an AST node (CPython's compiler_error / RangedSyntaxLocation):
// byte columns + 1, and the line from the source in file mode.
CompileError error_at(const ast::Position& pos, std::string message, std::string_view source, SourceKind kind);

// The same with only a start (PyErr_SyntaxLocationObject: no end offset).
CompileError error_at_start(int lineno, int offset, std::string message, std::string_view source, SourceKind kind);

}  // namespace detail
}  // namespace glasspy::parse
