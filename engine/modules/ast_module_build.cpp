// Python AST objects back to Glasspy's C++ tree (modules stage): what compile() of an AST
// object and ast.unparse need (CPython's obj2ast).
#include "modules/ast_module.h"

#include "objects/exception_object.h"
#include "vm/vm.h"

namespace glasspy::modules {

using namespace objects;

Value ast_to_source(vm::VM& vm, Value, CallArgs) { return vm.raise(&exc_NotImplementedError, "ast.unparse is not implemented in Glasspy yet"); }

Value ast_compile(vm::VM& vm, Value, CallArgs) {
  return vm.raise(&exc_NotImplementedError, "compile() of an AST object is not implemented in Glasspy yet: pass the source text");
}

}  // namespace glasspy::modules
