// Code objects as data for the bytecode pane (embed stage): what the compiler makes of a
// source, as the `python3 -m dis` text and a tree of code objects in JSON, both from the
// one disassembler (bytecode/dis.h).
#pragma once
#include <string>

namespace glasspy::embed {

// For a source that compiles: {"text": "<python3 -m dis output>", "code": CODE} where CODE
// is {"name", "qualname", "filename", "firstlineno", "flags", "argcount",
// "posonlyargcount", "kwonlyargcount", "nlocals", "stacksize",
// "consts": [repr string, or {"code": child index, "repr": "<code object ...>"}],
// "names", "varnames", "freevars", "cellvars" (string arrays),
// "instructions": [{"offset", "opname", "opcode", "arg" (null: none), "argval" (its repr,
//   null: none), "argrepr", "line" (null: none), "starts_line" (null: not a line start),
//   "positions": [line, col, end_line, end_col] (0-based UTF-8 byte columns; null where
//   unknown), "is_jump_target", "jump_target" (offset, null: not a jump)}],
// "children": [CODE...]} (the code objects among its constants, in order).
// Otherwise {"error": {"type", "message", "traceback", "frames"}} as embed/run_result.h's
// error_json describes a compile error.
std::string code_to_json(const std::string& source, const std::string& filename);

}  // namespace glasspy::embed
