// Argument checking for functions written in C++ (VM stage), with CPython's messages.
#pragma once
#include <cstddef>
#include <initializer_list>

#include "objects/type_object.h"

namespace glasspy::vm {

using objects::CallArgs;
using objects::Value;

// Checks a positional argument count: "insert expected 2 arguments, got 1" (max < 0:
// unlimited). False with TypeError raised if wrong.
[[nodiscard]] bool check_positional(VM& vm, const char* name, size_t nargs, int min, int max);

// Binds `args` to parameters `names` (the first `positional_only` of them positional
// only, the rest positional-or-keyword, those from `keyword_only_from` on keyword only);
// `out[i]` gets the borrowed value or null when not given. Missing required parameters
// (the first `required`) and unknown or duplicate keywords raise TypeError with CPython's
// messages for function `fname` ("fname() missing required argument 'x' (pos 1)").
[[nodiscard]] bool parse_args(VM& vm, CallArgs args, const char* fname, std::initializer_list<const char*> names,
                              int required, Value* out, int positional_only = 0, int keyword_only_from = -1);

}  // namespace glasspy::vm
