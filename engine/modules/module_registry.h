// The module registry (modules stage): the core modules every VM starts with (sys,
// builtins), the table of built-in (C++) modules and the frozen Python modules of
// engine/lib/ that the import system (vm/vm_import.cpp) finds by name.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "objects/callable_objects.h"

namespace glasspy::vm {
class VM;
}

namespace glasspy::modules {

// Creates `sys` and the `builtins` module (wrapping vm.builtins()) and puts them in
// vm.modules() (sys.modules). Called once by the VM's constructor; false on failure.
bool init_core_modules(vm::VM& vm);

// sys.argv of the VMs created from now on (the CLI passes the script and its arguments;
// the default is ['']). Process-wide: the host sets it before creating a VM.
void set_program_argv(std::vector<std::string> argv);
const std::vector<std::string>& program_argv();

// Makes a new built-in module object (new reference; null with an error pending).
using ModuleFactory = objects::ModuleObject* (*)(vm::VM& vm);

// The factory of the built-in (C++) module `name`, or null if there is none.
ModuleFactory find_builtin_module(std::string_view name);
// Every built-in module's name, sorted (sys.builtin_module_names), sys and builtins included.
const std::vector<std::string_view>& builtin_module_names();

// The __file__ of built-in module `name` when CPython ships that module as a shared
// library (math, _random, _opcode, _lsprof): a virtual path under sys.prefix, in the
// place CPython's lib-dynload has it ("/glasspy/lib/python3.11/lib-dynload/
// math.glasspy-311.so"); no such file exists, the code is in Glasspy's binary. Empty for
// modules CPython builds into its own binary (sys, itertools, time): no __file__ there.
std::string builtin_module_file(std::string_view name);

// A module written in Python under engine/lib/, embedded in the binary as source text.
struct FrozenModule {
  const char* name;    // dotted name: "functools", "pkg.sub"
  const char* path;    // path under engine/lib/: "functools.py", "pkg/__init__.py"
  const char* source;  // the file's UTF-8 text
  bool is_package;     // an __init__.py
};

// The frozen module `name`, or null.
const FrozenModule* find_frozen_module(std::string_view name);

}  // namespace glasspy::modules
