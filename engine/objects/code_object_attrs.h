// The Python-visible side of code objects (object model): the co_* attributes, co_lines(),
// co_positions(), replace(), equality and hash, as CPython 3.11's code type has them.
#pragma once
#include <string>
#include <vector>

#include "bytecode/code_unit.h"
#include "objects/type_object.h"

namespace glasspy::objects {

// co_argcount ... co_exceptiontable, co_lnotab, _co_code_adaptive (null-terminated).
extern const GetSetDef kCodeGetSets[];
// co_lines, co_positions, replace, _varname_from_oparg, __sizeof__ (null-terminated).
extern const MethodDef kCodeMethods[];
// Code objects compare and hash by value, as CPython's code_richcompare / code_hash.
Value code_richcompare(VM& vm, Value a, Value b, CompareOp op);
bool code_hash(VM& vm, Value self, int64_t* out);
// types.CodeType(argcount, ..., exceptiontable[, freevars[, cellvars]]) and
// types.FunctionType(code, globals, name=None, argdefs=None, closure=None)
// (code_function_new.cpp).
Value code_new(VM& vm, TypeObject* type, CallArgs args);
Value function_type_new(VM& vm, TypeObject* type, CallArgs args);

// Sets a unit's locals-plus slots from co_varnames / co_cellvars / co_freevars.
void set_code_locals(bytecode::CodeUnit& u, const std::vector<std::string>& varnames,
                     const std::vector<std::string>& cellvars, const std::vector<std::string>& freevars);
// CPython's _PyCode_Validate: ValueError "code: co_code is malformed" / "code:
// co_varnames is too small". False with the error raised.
[[nodiscard]] bool validate_code_unit(VM& vm, const bytecode::CodeUnit& u);

}  // namespace glasspy::objects
