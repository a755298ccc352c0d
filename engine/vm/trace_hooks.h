// Tracing and profiling hooks (VM stage): sys.settrace / sys.setprofile as CPython 3.11
// has them, over the VM's C++-level hooks (VM::set_trace_hook / set_profile_hook) that the
// tracing instantiation of the loop calls. See trace_hooks.cpp.
#pragma once
#include "objects/object.h"
#include "vm/vm.h"

namespace glasspy::vm {

// sys.settrace(func) / sys.setprofile(func): `func` None removes the hook.
void set_python_trace(VM& vm, Value func);
void set_python_profile(VM& vm, Value func);

// The event's name as the Python hooks receive it ('call', 'line', 'c_return', ...).
const char* trace_event_name(TraceEvent what);

}  // namespace glasspy::vm
