// The parser (parsing stage): Python 3.11 source to an AST, with CPython 3.11's syntax
// errors. A PEG parser over the lexer's tokens, written after CPython's grammar: a first
// pass with the plain rules, and when it fails a second pass with the `invalid_*` rules
// that produce the specialised messages (see parse/parser_impl.h).
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "ast/arena.h"
#include "ast/ast.h"
#include "parse/syntax_error.h"

namespace glasspy::parse {

// Where the source came from, which decides where CPython takes an error's source line:
// re-read from the file, or from the tokenizer's buffer (compile() of a string, f-strings).
enum class SourceKind : uint8_t { kFile, kString };

// compile()'s mode: a module ("exec"), or one expression ("eval": the module's body is a
// single Expr statement holding it, which the compiler returns instead of discarding).
// "single": one interactive statement (CPython's single_input), a module of its statements.
enum class ParseMode : uint8_t { kExec, kEval, kSingle };

// The result of a parse: the tree (null on error) in its arena, the error, and the
// warnings raised on the way (SyntaxWarning for `1if x else y`, ...).
struct ParseResult {
  ast::Arena arena;
  ast::Module* module = nullptr;
  std::optional<CompileError> error;
  std::vector<CompileWarning> warnings;
};

// Parses a module (CPython's file_input). `source` is UTF-8 text; a leading BOM is skipped
// for files (kFile) and kept for strings, as CPython does.
// `declared_encoding`: the file had a BOM or a coding cookie. Only then (or for strings)
// does CPython turn error columns into code-point offsets; otherwise they stay in bytes.
ParseResult parse_module(std::string_view source, SourceKind kind = SourceKind::kFile,
                         bool declared_encoding = false, ParseMode mode = ParseMode::kExec);

}  // namespace glasspy::parse
