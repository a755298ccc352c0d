// The import system (VM stage): what IMPORT_NAME and builtins.__import__ do. Modules are
// looked up in sys.modules, then among the built-in (C++) modules, the frozen Python
// modules of engine/lib/, and the user's files beside the main program.
#pragma once
#include "objects/str_object.h"
#include "objects/value.h"

namespace glasspy::vm {

class VM;

// __import__(name, globals, fromlist, level): the module named `name` (the top-level
// package when fromlist is empty and the name is dotted), importing it if needed. All
// arguments borrowed (globals, fromlist may be null/None). New reference or null.
objects::Value import_module_level(vm::VM& vm, objects::Value name, objects::Value globals, objects::Value fromlist,
                                   int level);

// Imports the module with absolute dotted name `name` (and its parents) and returns it
// (not the top-level package). New reference or null.
objects::Value import_absolute(vm::VM& vm, objects::StrObject* name);

}  // namespace glasspy::vm
