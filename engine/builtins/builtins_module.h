// The builtins module (builtins stage): fills a VM's builtins dict with the built-in
// functions, types, constants and exception classes of CPython 3.11, in its order.
#pragma once
#include "objects/dict_object.h"

namespace glasspy::vm {
class VM;
}

namespace glasspy::builtins {

// Fills `builtins` (the VM's builtins namespace) in CPython 3.11's order: NameError
// suggestions break ties by it. False with an error pending if something failed.
bool init_builtins(vm::VM& vm, objects::DictObject* builtins);

}  // namespace glasspy::builtins
