// The control-flow graph the code generator writes (compile stage): instructions with
// pseudo opcodes and block targets, in basic blocks, as in CPython 3.11's compile.c. The
// flow-graph passes (compile/flowgraph.cpp) optimise it and the assembler
// (compile/assemble.cpp) lays it out into a code unit.
#pragma once
#include <memory>
#include <vector>

#include "bytecode/line_table.h"
#include "bytecode/opcode.h"

namespace glasspy::compile {

using bytecode::Location;
using bytecode::Opcode;

struct BasicBlock;

// One instruction; `target` for jumps and SETUP_*; `except` (the handler it is covered
// by) is filled in by the exception-table pass.
struct Instr {
  Opcode op = Opcode::NOP;
  int oparg = 0;
  Location loc;
  BasicBlock* target = nullptr;
  BasicBlock* except = nullptr;
};

// A straight run of instructions; only the last may jump or exit.
struct BasicBlock {
  std::vector<Instr> instrs;
  BasicBlock* list = nullptr;  // allocation order (CPython's b_list), newest first
  BasicBlock* next = nullptr;  // layout order (b_next)
  int predecessors = 0;
  int startdepth = -1;
  int offset = 0;              // in code units, once laid out
  bool visited = false;
  bool exit = false;           // contains RETURN_VALUE / RAISE_VARARGS / RERAISE
  bool nofallthrough = false;  // ends with an exit or an unconditional jump
  bool return_ = false;        // a RETURN_VALUE was added (CPython's b_return)
  bool preserve_lasti = false;
  std::vector<BasicBlock*>* exceptstack = nullptr;  // during exception labelling

  int size() const { return static_cast<int>(instrs.size()); }
  bool empty() const { return instrs.empty(); }
  Instr& last() { return instrs.back(); }
};

// The blocks of one code unit; owns them.
struct Cfg {
  std::vector<std::unique_ptr<BasicBlock>> storage;
  BasicBlock* blocks = nullptr;  // allocation list head (latest first)
  BasicBlock* entry = nullptr;

  BasicBlock* new_block() {
    storage.push_back(std::make_unique<BasicBlock>());
    BasicBlock* b = storage.back().get();
    b->list = blocks;
    blocks = b;
    return b;
  }
};

// Opcode classes the passes ask about.
bool is_jump(Opcode op);           // every jump, pseudo or real (not SETUP_*)
bool is_block_push(Opcode op);     // SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH
bool is_scope_exit(Opcode op);     // RETURN_VALUE / RAISE_VARARGS / RERAISE
bool is_unconditional_jump(Opcode op);

// Code units an instruction takes: EXTENDED_ARG prefixes + itself + its caches.
int instr_size(const Instr& i);

}  // namespace glasspy::compile
