// The flow-graph passes of CPython 3.11's assembler (compile stage): block normalisation,
// jump threading, constant-condition and tuple folding, SWAP elimination, dead-code and
// NOP removal, exit duplication, line-number propagation.
#pragma once
#include <vector>

#include "bytecode/code_unit.h"
#include "compile/cfg.h"

namespace glasspy::compile {

// Marks exits and fallthrough, skips empty jump targets (normalize_basic_block).
void normalize_blocks(Cfg& cfg);
// Appends small exit blocks in place of the jumps to them (extend_block) for all blocks.
void extend_blocks(Cfg& cfg);
// optimize_cfg: the peephole passes, unreachable-code removal and cleanup. `consts` may
// grow (folded tuples).
void optimize_cfg(Cfg& cfg, std::vector<bytecode::Constant>& consts);
// Copies exit blocks without line numbers that several jumps reach.
void duplicate_exits_without_lineno(Cfg& cfg);
// Drops constants past the last one any instruction loads (keeps index 0).
void trim_unused_consts(Cfg& cfg, std::vector<bytecode::Constant>& consts);
// Gives unlocated instructions the location of the one before them.
void propagate_line_numbers(Cfg& cfg);
// Gives returns still without a line the last line seen.
void guarantee_lineno_for_exits(Cfg& cfg, int firstlineno);
// Removes NOPs that carry no needed line number (clean_basic_block).
void clean_block(BasicBlock* b);
// Drops jumps to the next block (remove_redundant_jumps).
void remove_redundant_jumps(Cfg& cfg);
// Unlinks empty blocks from the layout and retargets jumps past them.
void eliminate_empty_blocks(Cfg& cfg);

}  // namespace glasspy::compile
