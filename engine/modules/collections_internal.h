// Shared by the files of the _collections module (modules stage): collections_deque.cpp
// makes the module, collections_tuplegetter.cpp adds namedtuple's helpers to it.
#pragma once
#include "objects/callable_objects.h"

namespace glasspy::vm {
class VM;
}

namespace glasspy::modules {

// Adds _tuplegetter and _caller_module to the _collections module `m`.
void add_collections_extras(vm::VM& vm, objects::ModuleObject* m);

}  // namespace glasspy::modules
