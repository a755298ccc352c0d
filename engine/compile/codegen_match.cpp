// The code generator's match statements (compile stage): placeholder.
#include "compile/codegen.h"

namespace glasspy::compile {

struct CodeGen::PatternContext {};

void CodeGen::match_stmt(const ast::Match*) {}

}  // namespace glasspy::compile
