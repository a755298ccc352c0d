// The disassembler (bytecode stage): code units as CPython 3.11's `dis` lists them, shared
// by `glasspy --dis`, the future `dis` module and the playground's bytecode pane.
#pragma once
#include <string>
#include <vector>

#include "bytecode/code_unit.h"
#include "bytecode/line_table.h"
#include "bytecode/opcode.h"

namespace glasspy::bytecode {

// One instruction as dis.get_instructions describes it (CACHE entries skipped).
struct Instruction {
  Opcode op;                // as stored (dis names the deoptimised form)
  bool has_arg = false;
  int arg = 0;              // with EXTENDED_ARG prefixes folded in
  std::string argrepr;      // dis's human-readable argument ("NULL + print", "to 24", ...)
  int jump_target = -1;     // byte offset a jump goes to, else -1
  int offset = 0;           // byte offset
  int starts_line = -1;     // the line starting here, else -1
  bool is_jump_target = false;
  Location loc;             // source range of the instruction (lineno -1: none)
};

// The instructions of `code` (not of nested code units).
std::vector<Instruction> get_instructions(const CodeUnit& code);

// dis.disassemble(code): the listing and the exception table of one code unit.
std::string disassemble(const CodeUnit& code);

// dis.dis(code) on a module's code: the code unit, then every code unit in its constants,
// recursively, each after "Disassembly of <code object ...>:" (what `python3 -m dis`
// prints).
std::string disassemble_recursive(const CodeUnit& code);

// Every co_* field of `code` and of the code units in its constants, one per line (name,
// counts, flags, stack size, constants, names, and co_code / co_linetable /
// co_exceptiontable in hex): a test aid that a few lines of Python print identically.
std::string dump_code_fields(const CodeUnit& code);

}  // namespace glasspy::bytecode
