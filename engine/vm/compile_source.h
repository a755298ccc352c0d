// Source text to code objects inside a running VM (VM stage): what the main program,
// compile()/exec()/eval() and imports of Python modules share. Compile errors become
// Python exceptions (SyntaxError and relatives with CPython's attributes).
#pragma once
#include <string>
#include <string_view>

#include "objects/value.h"
#include "parse/parser.h"
#include "text/source_lines.h"

namespace glasspy::vm {

class VM;

using text::source_line;

// The exception CPython raises for a compile error in `filename`: SyntaxError (or
// IndentationError, TabError) with msg, filename, lineno, offset, text, end_lineno,
// end_offset; MemoryError / RecursionError for the parser's limits. New reference.
objects::Value compile_error_exception(VM& vm, const parse::CompileError& error, const std::string& filename);

// Compiles source in CPython's "exec" mode (a module), "eval" mode (one expression) or
// "single" mode (one interactive statement) to a code object. On a compile error the exception is raised in the VM and null returned.
// Compile warnings (SyntaxWarning...) are written to stderr as CPython prints them.
[[nodiscard]] objects::Value compile_module_source(VM& vm, std::string_view text, const std::string& filename,
                                                   parse::SourceKind kind, bool declared_encoding = false,
                                                   parse::ParseMode mode = parse::ParseMode::kExec);

}  // namespace glasspy::vm
