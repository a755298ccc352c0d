// Binding call arguments to a Python function's parameters (VM stage).
#pragma once
#include "objects/callable_objects.h"

namespace glasspy::vm {

class VM;

// Fills the parameter slots of a new frame for `f` (zeroed on entry; owned references
// on return) from `args`. False with TypeError raised on a mismatch; the slots filled so
// far are then released by the caller with the frame.
[[nodiscard]] bool bind_arguments(VM& vm, objects::FunctionObject* f, objects::CallArgs args, objects::Value* slots);

}  // namespace glasspy::vm
