// The assembler (compile stage): lays out a compiled unit's flow graph and writes the code
// unit: prefix instructions (COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR), cell offsets,
// the flow-graph passes, stack depth, exception table, jump directions and offsets with
// EXTENDED_ARG, inline caches and the location table, as CPython 3.11's assemble() does.
#pragma once
#include <memory>
#include <string>

#include "bytecode/code_unit.h"
#include "compile/unit.h"

namespace glasspy::compile {

// co_flags for a unit (compute_code_flags); `future_flags` are the module's CO_FUTURE_*.
int compute_code_flags(const CompilerUnit& u, int future_flags);

// Finishes `u` (adding the implicit `return None` when `add_none`) and builds its code unit.
std::shared_ptr<bytecode::CodeUnit> assemble(CompilerUnit& u, bool add_none, const std::string& filename,
                                             int future_flags);

}  // namespace glasspy::compile
