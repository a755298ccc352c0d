// The compiler's entry point (compile stage): future flags, folding, symbols, codegen.
#include "compile/compiler.h"

#include "compile/codegen.h"
#include "compile/const_fold.h"
#include "compile/symtable.h"

namespace glasspy::compile {
namespace {

// CO_FUTURE_* flags from the leading `from __future__ import ...` statements.
int future_flags(const ast::Module& module) {
  int flags = 0;
  uint32_t i = 0;
  // A docstring may come first.
  if (i < module.body.size()) {
    if (const auto* e = ast::node_cast<ast::Expr>(module.body[i])) {
      const auto* c = ast::node_cast<ast::Constant>(e->value);
      if (c != nullptr && c->value.kind == ast::ConstantValue::Kind::kStr) ++i;
    }
  }
  for (; i < module.body.size(); ++i) {
    const auto* f = ast::node_cast<ast::ImportFrom>(module.body[i]);
    if (f == nullptr || f->module != "__future__") break;
    for (const ast::Alias* a : f->names) {
      if (a->name == "annotations") flags |= bytecode::kCoFutureAnnotations;
      if (a->name == "barry_as_FLUFL") flags |= 0x400000;
    }
  }
  return flags;
}

}  // namespace

std::shared_ptr<bytecode::CodeUnit> compile_module(const ast::Module& module, const std::string& filename, bool eval,
                                                   bool interactive) {
  int flags = future_flags(module);
  FoldResult folded = fold_constants(module);
  SymbolTable symbols;
  symbols.build(module, (flags & bytecode::kCoFutureAnnotations) != 0);
  CodeGen gen(symbols, folded, filename, flags);
  if (eval) return gen.compile_expression(module);
  return interactive ? gen.compile_interactive(module) : gen.compile_module(module);
}

}  // namespace glasspy::compile
