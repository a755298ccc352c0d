// The parts of the _ast module (modules stage) shared between its files: ast_module.cpp
// (node table, parsing to objects) and ast_module_build.cpp (objects back to a C++ tree,
// for compile() of an AST; ast.unparse is engine/lib/_ast_unparse.py).
#pragma once
#include "objects/type_object.h"

namespace glasspy::modules {

// _compile(tree, filename, mode): a code object for a Module / Expression / Interactive object.
objects::Value ast_compile(vm::VM& vm, objects::Value self, objects::CallArgs args);

}  // namespace glasspy::modules
