// The Python-visible side of code objects (object model): the co_* attributes, co_lines(),
// co_positions(), replace(), equality and hash, as CPython 3.11's code type has them.
#pragma once
#include "objects/type_object.h"

namespace glasspy::objects {

// co_argcount ... co_exceptiontable, co_lnotab, _co_code_adaptive (null-terminated).
extern const GetSetDef kCodeGetSets[];
// co_lines, co_positions, replace, _varname_from_oparg, __sizeof__ (null-terminated).
extern const MethodDef kCodeMethods[];
// Code objects compare and hash by value, as CPython's code_richcompare / code_hash.
Value code_richcompare(VM& vm, Value a, Value b, CompareOp op);
bool code_hash(VM& vm, Value self, int64_t* out);

}  // namespace glasspy::objects
