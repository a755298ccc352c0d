// builtins.__build_class__ (builtins stage): what a class statement calls to create the
// class — bases resolved through __mro_entries__, the metaclass chosen, its __prepare__
// namespace filled by the class body, the metaclass called, __class__ cell checked.
#pragma once
#include "objects/type_object.h"

namespace glasspy::builtins {

// __build_class__(func, name, *bases, metaclass=..., **kwds). New reference or null.
objects::Value build_class(vm::VM& vm, objects::CallArgs args);
// The same as a NativeFn, for the builtins module's function table (self unused).
objects::Value build_class(vm::VM& vm, objects::Value self, objects::CallArgs args);

// Puts classmethod, property, staticmethod and super into the builtins dict `d`.
void register_descriptor_builtins(vm::VM& vm, objects::DictObject* d);

}  // namespace glasspy::builtins
