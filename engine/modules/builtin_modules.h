// The factories of the built-in (C++) modules (modules stage), one file each; the
// registry (module_registry.cpp) lists them by name.
#pragma once
#include "objects/callable_objects.h"

namespace glasspy::vm {
class VM;
}

namespace glasspy::modules {

// Each returns a new module object (new reference), or null with an error pending.
objects::ModuleObject* make_sys_module(vm::VM& vm);        // sys_module.cpp
objects::ModuleObject* make_time_module(vm::VM& vm);       // time_module.cpp
objects::ModuleObject* make_errno_module(vm::VM& vm);      // errno_module.cpp
objects::ModuleObject* make_operator_module(vm::VM& vm);   // operator_module.cpp (as _operator)
objects::ModuleObject* make_itertools_module(vm::VM& vm);  // itertools_module.cpp
objects::ModuleObject* make_abc_module(vm::VM& vm);          // abc_core.cpp (as _abc)
objects::ModuleObject* make_collections_module(vm::VM& vm);  // collections_deque.cpp (as _collections)
objects::ModuleObject* make_random_module(vm::VM& vm);       // random_core.cpp (as _random)
objects::ModuleObject* make_opcode_module(vm::VM& vm);     // dis_module.cpp (as _opcode)
objects::ModuleObject* make_ast_module(vm::VM& vm);        // ast_module.cpp (as _ast)
objects::ModuleObject* make_tokenize_module(vm::VM& vm);   // tokenize_module.cpp (as _tokenize)
objects::ModuleObject* make_gc_module(vm::VM& vm);         // gc_module.cpp
objects::ModuleObject* make_weakref_module(vm::VM& vm);    // weakref_module.cpp (as _weakref)
objects::ModuleObject* make_string_module(vm::VM& vm);     // string_module.cpp (as _string)
objects::ModuleObject* make_traceback_module(vm::VM& vm);  // traceback_module.cpp (as _traceback)
objects::ModuleObject* make_lsprof_module(vm::VM& vm);     // lsprof_module.cpp (as _lsprof)

// Adds the functions of `defs` (ended by a null name) to module `m` named `name`.
void add_functions(vm::VM& vm, objects::ModuleObject* m, const objects::MethodDef* defs);
// m.name = value (value borrowed).
void add_value(vm::VM& vm, objects::ModuleObject* m, const char* name, objects::Value value);
// m.name = value, taking over the reference to `value`.
void add_owned(vm::VM& vm, objects::ModuleObject* m, const char* name, objects::Value value);

}  // namespace glasspy::modules
