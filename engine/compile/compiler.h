// The compiler's entry point (compile stage): a parsed module to its code unit, through
// constant folding, the symbol table, code generation and assembly, as CPython 3.11's
// compile() in "exec" mode produces it.
#pragma once
#include <memory>
#include <string>

#include "ast/ast.h"
#include "bytecode/code_unit.h"

namespace glasspy::compile {

// Compiles `module` (which passed parse::check_module) for file `filename`.
// `eval`: the module holds one expression (parse::ParseMode::kEval) whose value the code
// returns (CPython's "eval" mode); names are then looked up as in a module.
// `interactive`: CPython's "single" mode (the module holds one interactive statement):
// expression statements at module level print their values through sys.displayhook.
std::shared_ptr<bytecode::CodeUnit> compile_module(const ast::Module& module, const std::string& filename,
                                                   bool eval = false, bool interactive = false);

}  // namespace glasspy::compile
