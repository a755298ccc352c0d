// The end of an interpreter (memory stage): emptying the modules as CPython does at exit.
#pragma once

namespace glasspy::vm {
class VM;
}

namespace glasspy::gc {

// Sets the globals of __main__, then of the other modules (newest first; not sys or
// builtins), to None as CPython 3.11's finalize_modules does, then collects cycles: the
// __del__ methods and weakref callbacks of what a program leaves behind run (their output
// goes where the program's did). For the VM's destructor; never raises.
void finalize_modules(vm::VM& vm);

}  // namespace glasspy::gc
