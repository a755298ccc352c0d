// Small helpers of the interpreter loop (VM stage) that do not need the VM's state.
#pragma once
#include <cstdint>

#include "objects/callable_objects.h"
#include "objects/object.h"

namespace glasspy::vm {

class VM;

// a OP b for two small ints where the result is cheap to get exactly (+ - * // % & | ^
// << >> comparisons of BINARY_OP); false to take the general path (overflow, division by
// zero, true division, powers).
bool small_int_binary(int64_t a, int64_t b, int op, objects::Value* out);

// slice(start, stop, step) (all borrowed). New reference.
objects::Value make_slice(objects::Value start, objects::Value stop, objects::Value step);

}  // namespace glasspy::vm
