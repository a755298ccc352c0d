// The math module (modules stage): every function and constant of CPython 3.11's math,
// with its results and error messages. The import system calls make_math_module.
#pragma once
#include "objects/callable_objects.h"

namespace glasspy::vm {
class VM;
}

namespace glasspy::modules {

// A new math module object (new reference) for `vm`.
objects::ModuleObject* make_math_module(vm::VM& vm);

}  // namespace glasspy::modules
