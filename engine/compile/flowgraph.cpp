// The flow-graph passes (compile stage), after CPython 3.11's compile.c: the order and the
// conditions matter, since `dis` output must match byte for byte.
#include "compile/flowgraph.h"

#include <algorithm>

namespace glasspy::compile {
namespace {

using bytecode::Constant;
constexpr int kMaxCopySize = 4;

// jump_thread: retarget `inst` to where `target` jumps, when both are on one line.
bool jump_thread(Instr& inst, const Instr& target, Opcode op) {
  if (inst.loc.lineno == target.loc.lineno && inst.target != target.target) {
    inst.target = target.target;
    inst.op = op;
    return true;
  }
  return false;
}

// BUILD_TUPLE n after n LOAD_CONSTs becomes one LOAD_CONST of the tuple.
void fold_tuple_on_constants(std::vector<Instr>& instrs, int start, int n, std::vector<Constant>& consts) {
  for (int i = 0; i < n; ++i)
    if (instrs[start + i].op != Opcode::LOAD_CONST) return;
  std::vector<Constant> items;
  for (int i = 0; i < n; ++i) items.push_back(consts[instrs[start + i].oparg]);
  Constant tuple = Constant::tuple(std::move(items));
  size_t index = 0;
  for (; index < consts.size(); ++index)
    if (bytecode::same_constant(consts[index], tuple)) break;
  if (index == consts.size()) consts.push_back(std::move(tuple));
  for (int i = 0; i < n; ++i) instrs[start + i].op = Opcode::NOP;
  instrs[start + n].op = Opcode::LOAD_CONST;
  instrs[start + n].oparg = static_cast<int>(index);
}

// swaptimize: replaces a run of SWAPs (and NOPs) with the fewest SWAPs doing the same.
void swaptimize(BasicBlock* b, int& ix) {
  Instr* ins = &b->instrs[ix];
  int depth = ins[0].oparg;
  int len = 0;
  bool more = false;
  int limit = b->size() - ix;
  while (++len < limit) {
    Opcode op = ins[len].op;
    if (op == Opcode::SWAP) {
      depth = std::max(depth, ins[len].oparg);
      more = true;
    } else if (op != Opcode::NOP) {
      break;
    }
  }
  if (!more) return;
  constexpr int kVisited = -1;
  std::vector<int> stack(depth);
  for (int i = 0; i < depth; ++i) stack[i] = i;
  for (int i = 0; i < len; ++i) {
    if (ins[i].op == Opcode::SWAP) {
      int oparg = ins[i].oparg;
      std::swap(stack[0], stack[oparg - 1]);
    }
  }
  int current = len - 1;
  for (int i = 0; i < depth; ++i) {
    if (stack[i] == kVisited || stack[i] == i) continue;
    int j = i;
    for (;;) {
      if (j) {
        ins[current].op = Opcode::SWAP;
        ins[current--].oparg = j + 1;
      }
      if (stack[j] == kVisited) break;
      int next_j = stack[j];
      stack[j] = kVisited;
      j = next_j;
    }
  }
  while (0 <= current) ins[current--].op = Opcode::NOP;
  ix += len - 1;
}

bool swappable(Opcode op) { return op == Opcode::STORE_FAST || op == Opcode::POP_TOP; }

int next_swappable_instruction(BasicBlock* b, int i, int lineno) {
  while (++i < b->size()) {
    const Instr& in = b->instrs[i];
    if (0 <= lineno && in.loc.lineno != lineno) return -1;
    if (in.op == Opcode::NOP) continue;
    if (swappable(in.op)) return i;
    return -1;
  }
  return -1;
}

// apply_static_swaps: SWAP n followed by swappable stores becomes reordered stores.
void apply_static_swaps(BasicBlock* b, int i) {
  for (; 0 <= i; --i) {
    Instr& swap = b->instrs[i];
    if (swap.op != Opcode::SWAP) {
      if (swap.op == Opcode::NOP || swappable(swap.op)) continue;
      return;
    }
    int j = next_swappable_instruction(b, i, -1);
    if (j < 0) return;
    int k = j;
    int lineno = b->instrs[j].loc.lineno;
    for (int count = swap.oparg - 1; 0 < count; --count) {
      k = next_swappable_instruction(b, k, lineno);
      if (k < 0) return;
    }
    // Not when both store to one local, or something between them stores to either.
    auto stores_to = [&](int idx) { return b->instrs[idx].op == Opcode::STORE_FAST ? b->instrs[idx].oparg : -1; };
    int store_j = stores_to(j), store_k = stores_to(k);
    if (store_j >= 0 || store_k >= 0) {
      if (store_j == store_k) return;
      for (int idx = j + 1; idx < k; ++idx) {
        int store_idx = stores_to(idx);
        if (store_idx >= 0 && (store_idx == store_j || store_idx == store_k)) return;
      }
    }
    swap.op = Opcode::NOP;
    std::swap(b->instrs[j], b->instrs[k]);
  }
}

void optimize_basic_block(BasicBlock* bb, std::vector<Constant>& consts) {
  Instr nop;
  for (int i = 0; i < bb->size(); ++i) {
    Instr* inst = &bb->instrs[i];
    int oparg = inst->oparg;
    Opcode nextop = i + 1 < bb->size() ? bb->instrs[i + 1].op : Opcode::CACHE;
    const Instr* target = &nop;
    if (is_jump(inst->op) || is_block_push(inst->op)) {
      while (inst->target->empty()) inst->target = inst->target->next;
      target = &inst->target->instrs[0];
    }
    switch (inst->op) {
      case Opcode::LOAD_CONST: {
        switch (nextop) {
          case Opcode::POP_JUMP_IF_FALSE:
          case Opcode::POP_JUMP_IF_TRUE: {
            bool is_true = bytecode::constant_truth(consts[oparg]);
            inst->op = Opcode::NOP;
            bool jump_if_true = nextop == Opcode::POP_JUMP_IF_TRUE;
            if (is_true == jump_if_true) {
              bb->instrs[i + 1].op = Opcode::JUMP;
              bb->nofallthrough = true;
            } else {
              bb->instrs[i + 1].op = Opcode::NOP;
            }
            break;
          }
          case Opcode::JUMP_IF_FALSE_OR_POP:
          case Opcode::JUMP_IF_TRUE_OR_POP: {
            bool is_true = bytecode::constant_truth(consts[oparg]);
            bool jump_if_true = nextop == Opcode::JUMP_IF_TRUE_OR_POP;
            if (is_true == jump_if_true) {
              bb->instrs[i + 1].op = Opcode::JUMP;
              bb->nofallthrough = true;
            } else {
              inst->op = Opcode::NOP;
              bb->instrs[i + 1].op = Opcode::NOP;
            }
            break;
          }
          case Opcode::IS_OP: {
            Opcode jump_op = i + 2 < bb->size() ? bb->instrs[i + 2].op : Opcode::CACHE;
            if (consts[oparg].kind == Constant::Kind::kNone &&
                (jump_op == Opcode::POP_JUMP_IF_FALSE || jump_op == Opcode::POP_JUMP_IF_TRUE)) {
              int nextarg = bb->instrs[i + 1].oparg;
              inst->op = Opcode::NOP;
              bb->instrs[i + 1].op = Opcode::NOP;
              bb->instrs[i + 2].op = (nextarg ^ (jump_op == Opcode::POP_JUMP_IF_FALSE)) ? Opcode::POP_JUMP_IF_NOT_NONE
                                                                                         : Opcode::POP_JUMP_IF_NONE;
            }
            break;
          }
          default: break;
        }
        break;
      }
      case Opcode::BUILD_TUPLE:
        if (nextop == Opcode::UNPACK_SEQUENCE && oparg == bb->instrs[i + 1].oparg) {
          if (oparg == 1) {
            inst->op = Opcode::NOP;
            bb->instrs[i + 1].op = Opcode::NOP;
            continue;
          }
          if (oparg == 2 || oparg == 3) {
            inst->op = Opcode::NOP;
            bb->instrs[i + 1].op = Opcode::SWAP;
            continue;
          }
        }
        if (i >= oparg) fold_tuple_on_constants(bb->instrs, i - oparg, oparg, consts);
        break;
      case Opcode::JUMP_IF_FALSE_OR_POP:
        switch (target->op) {
          case Opcode::POP_JUMP_IF_FALSE: i -= jump_thread(*inst, *target, Opcode::POP_JUMP_IF_FALSE); break;
          case Opcode::JUMP:
          case Opcode::JUMP_IF_FALSE_OR_POP: i -= jump_thread(*inst, *target, Opcode::JUMP_IF_FALSE_OR_POP); break;
          case Opcode::JUMP_IF_TRUE_OR_POP:
          case Opcode::POP_JUMP_IF_TRUE:
            if (inst->loc.lineno == target->loc.lineno) {
              inst->op = Opcode::POP_JUMP_IF_FALSE;
              inst->target = inst->target->next;
              --i;
            }
            break;
          default: break;
        }
        break;
      case Opcode::JUMP_IF_TRUE_OR_POP:
        switch (target->op) {
          case Opcode::POP_JUMP_IF_TRUE: i -= jump_thread(*inst, *target, Opcode::POP_JUMP_IF_TRUE); break;
          case Opcode::JUMP:
          case Opcode::JUMP_IF_TRUE_OR_POP: i -= jump_thread(*inst, *target, Opcode::JUMP_IF_TRUE_OR_POP); break;
          case Opcode::JUMP_IF_FALSE_OR_POP:
          case Opcode::POP_JUMP_IF_FALSE:
            if (inst->loc.lineno == target->loc.lineno) {
              inst->op = Opcode::POP_JUMP_IF_TRUE;
              inst->target = inst->target->next;
              --i;
            }
            break;
          default: break;
        }
        break;
      case Opcode::POP_JUMP_IF_NOT_NONE:
      case Opcode::POP_JUMP_IF_NONE:
        if (target->op == Opcode::JUMP) i -= jump_thread(*inst, *target, inst->op);
        break;
      case Opcode::POP_JUMP_IF_FALSE:
        if (target->op == Opcode::JUMP) i -= jump_thread(*inst, *target, Opcode::POP_JUMP_IF_FALSE);
        break;
      case Opcode::POP_JUMP_IF_TRUE:
        if (target->op == Opcode::JUMP) i -= jump_thread(*inst, *target, Opcode::POP_JUMP_IF_TRUE);
        break;
      case Opcode::JUMP:
        if (target->op == Opcode::JUMP) i -= jump_thread(*inst, *target, Opcode::JUMP);
        break;
      case Opcode::SWAP:
        if (oparg == 1) {
          inst->op = Opcode::NOP;
          break;
        }
        swaptimize(bb, i);
        apply_static_swaps(bb, i);
        break;
      case Opcode::PUSH_NULL:
        if (nextop == Opcode::LOAD_GLOBAL && (bb->instrs[i + 1].oparg & 1) == 0) {
          inst->op = Opcode::NOP;
          inst->oparg = 0;
          bb->instrs[i + 1].oparg |= 1;
        }
        break;
      default: break;
    }
  }
}

void extend_block(BasicBlock* bb) {
  if (bb->empty()) return;
  Instr& last = bb->last();
  if (last.op != Opcode::JUMP && last.op != Opcode::JUMP_FORWARD && last.op != Opcode::JUMP_BACKWARD) return;
  BasicBlock* to_copy = last.target;
  // Only blocks without line numbers (implicit `return None`s) are copied in 3.11.
  for (const Instr& in : to_copy->instrs)
    if (in.loc.lineno >= 0) return;
  if (to_copy->exit && to_copy->size() <= kMaxCopySize) {
    last.op = Opcode::NOP;
    std::vector<Instr> copy = to_copy->instrs;
    for (const Instr& in : copy) bb->instrs.push_back(in);
    bb->exit = true;
  }
}

void mark_reachable(Cfg& cfg) {
  std::vector<BasicBlock*> stack;
  cfg.entry->predecessors = 1;
  stack.push_back(cfg.entry);
  while (!stack.empty()) {
    BasicBlock* b = stack.back();
    stack.pop_back();
    if (b->next != nullptr && !b->nofallthrough) {
      if (b->next->predecessors == 0) stack.push_back(b->next);
      b->next->predecessors++;
    }
    for (Instr& in : b->instrs) {
      if (is_jump(in.op) || is_block_push(in.op)) {
        BasicBlock* target = in.target;
        if (target->predecessors == 0) stack.push_back(target);
        target->predecessors++;
      }
    }
  }
}

bool is_exit_without_lineno(const BasicBlock* b) {
  if (!b->exit) return false;
  for (const Instr& in : b->instrs)
    if (in.loc.lineno >= 0) return false;
  return true;
}

}  // namespace

bool is_jump(Opcode op) {
  switch (op) {
    case Opcode::JUMP:
    case Opcode::JUMP_NO_INTERRUPT:
    case Opcode::POP_JUMP_IF_FALSE:
    case Opcode::POP_JUMP_IF_TRUE:
    case Opcode::POP_JUMP_IF_NONE:
    case Opcode::POP_JUMP_IF_NOT_NONE:
      return true;
    default:
      return bytecode::arg_kind(op) == bytecode::ArgKind::Jump && !is_block_push(op);
  }
}

bool is_block_push(Opcode op) {
  return op == Opcode::SETUP_FINALLY || op == Opcode::SETUP_CLEANUP || op == Opcode::SETUP_WITH;
}

bool is_scope_exit(Opcode op) {
  return op == Opcode::RETURN_VALUE || op == Opcode::RAISE_VARARGS || op == Opcode::RERAISE;
}

bool is_unconditional_jump(Opcode op) {
  return op == Opcode::JUMP || op == Opcode::JUMP_NO_INTERRUPT || op == Opcode::JUMP_FORWARD ||
         op == Opcode::JUMP_BACKWARD || op == Opcode::JUMP_BACKWARD_NO_INTERRUPT;
}

int instr_size(const Instr& i) {
  int oparg = bytecode::has_arg(i.op) ? i.oparg : 0;
  int extended = oparg >= (1 << 24) ? 3 : oparg >= (1 << 16) ? 2 : oparg >= (1 << 8) ? 1 : 0;
  return extended + 1 + bytecode::cache_entries(i.op);
}

void normalize_blocks(Cfg& cfg) {
  for (BasicBlock* b = cfg.blocks; b != nullptr; b = b->list) {
    for (int i = 0; i < b->size(); ++i) {
      Instr& in = b->instrs[i];
      if (is_scope_exit(in.op)) {
        b->exit = true;
        b->nofallthrough = true;
      } else if (in.op == Opcode::JUMP || in.op == Opcode::JUMP_NO_INTERRUPT) {
        b->nofallthrough = true;
      }
      if (is_jump(in.op)) {
        while (in.target->empty()) in.target = in.target->next;
      }
    }
  }
}

void extend_blocks(Cfg& cfg) {
  for (BasicBlock* b = cfg.blocks; b != nullptr; b = b->list) extend_block(b);
}

void clean_block(BasicBlock* bb) {
  int dest = 0;
  int prev_lineno = -1;
  for (int src = 0; src < bb->size(); ++src) {
    int lineno = bb->instrs[src].loc.lineno;
    if (bb->instrs[src].op == Opcode::NOP) {
      if (lineno < 0) continue;
      if (prev_lineno == lineno) continue;
      if (src < bb->size() - 1) {
        int next_lineno = bb->instrs[src + 1].loc.lineno;
        if (next_lineno == lineno) continue;
        if (next_lineno < 0) {
          bb->instrs[src + 1].loc = bb->instrs[src].loc;
          continue;
        }
      } else {
        BasicBlock* next = bb->next;
        while (next != nullptr && next->empty()) next = next->next;
        if (next != nullptr && lineno == next->instrs[0].loc.lineno) continue;
      }
    }
    if (dest != src) bb->instrs[dest] = bb->instrs[src];
    ++dest;
    prev_lineno = lineno;
  }
  bb->instrs.resize(dest);
}

void eliminate_empty_blocks(Cfg& cfg) {
  for (BasicBlock* b = cfg.entry; b != nullptr; b = b->next) {
    BasicBlock* next = b->next;
    if (next != nullptr) {
      while (next->empty() && next->next != nullptr) next = next->next;
      b->next = next;
    }
  }
  for (BasicBlock* b = cfg.entry; b != nullptr; b = b->next) {
    for (Instr& in : b->instrs) {
      if (is_jump(in.op) || is_block_push(in.op)) {
        while (in.target->empty()) in.target = in.target->next;
      }
    }
  }
}

void remove_redundant_jumps(Cfg& cfg) {
  bool removed = false;
  for (BasicBlock* b = cfg.entry; b != nullptr; b = b->next) {
    if (b->empty()) continue;
    Instr& last = b->last();
    if ((last.op == Opcode::JUMP || last.op == Opcode::JUMP_NO_INTERRUPT) && last.target == b->next) {
      b->nofallthrough = false;
      last.op = Opcode::NOP;
      removed = true;
    }
  }
  if (removed) eliminate_empty_blocks(cfg);
}

void optimize_cfg(Cfg& cfg, std::vector<Constant>& consts) {
  for (BasicBlock* b = cfg.entry; b != nullptr; b = b->next) {
    optimize_basic_block(b, consts);
    clean_block(b);
  }
  extend_blocks(cfg);  // allocation order, newest first: inner exits grow before their callers
  mark_reachable(cfg);
  for (BasicBlock* b = cfg.entry; b != nullptr; b = b->next) {
    if (b->predecessors == 0) {
      b->instrs.clear();
      b->nofallthrough = false;
    }
  }
  eliminate_empty_blocks(cfg);
  for (BasicBlock* b = cfg.entry; b != nullptr; b = b->next) clean_block(b);
  remove_redundant_jumps(cfg);
}

void duplicate_exits_without_lineno(Cfg& cfg) {
  // Allocation order, newest first (b_list): it decides where the copies land.
  for (BasicBlock* b = cfg.blocks; b != nullptr; b = b->list) {
    if (b->empty() || !is_jump(b->last().op)) continue;
    BasicBlock* target = b->last().target;
    if (is_exit_without_lineno(target) && target->predecessors > 1) {
      BasicBlock* copy = cfg.new_block();
      copy->instrs = target->instrs;
      copy->exit = target->exit;
      copy->nofallthrough = target->nofallthrough;
      copy->return_ = target->return_;
      copy->instrs[0].loc = b->last().loc;
      b->last().target = copy;
      target->predecessors--;
      copy->predecessors = 1;
      copy->next = target->next;
      target->next = copy;
    }
  }
  for (BasicBlock* b = cfg.entry; b != nullptr; b = b->next) {
    while (b->next != nullptr && b->next->empty()) b->next = b->next->next;
  }
  for (BasicBlock* b = cfg.entry; b != nullptr; b = b->next) {
    if (!b->nofallthrough && b->next != nullptr && !b->empty()) {
      if (is_exit_without_lineno(b->next)) b->next->instrs[0].loc = b->last().loc;
    }
  }
}

void trim_unused_consts(Cfg& cfg, std::vector<Constant>& consts) {
  int max_index = 0;
  for (BasicBlock* b = cfg.entry; b != nullptr; b = b->next)
    for (const Instr& in : b->instrs)
      if ((in.op == Opcode::LOAD_CONST || in.op == Opcode::KW_NAMES) && in.oparg > max_index) max_index = in.oparg;
  if (static_cast<size_t>(max_index + 1) < consts.size()) consts.resize(max_index + 1);
}

void propagate_line_numbers(Cfg& cfg) {
  for (BasicBlock* b = cfg.entry; b != nullptr; b = b->next) {
    if (b->empty()) continue;
    Location prev;
    for (Instr& in : b->instrs) {
      if (in.loc.lineno < 0) {
        in.loc = prev;
      } else {
        prev = in.loc;
      }
    }
    if (!b->nofallthrough && b->next->predecessors == 1) {
      if (b->next->instrs[0].loc.lineno < 0) b->next->instrs[0].loc = prev;
    }
    if (is_jump(b->last().op)) {
      BasicBlock* target = b->last().target;
      if (target->predecessors == 1 && target->instrs[0].loc.lineno < 0) target->instrs[0].loc = prev;
    }
  }
}

void guarantee_lineno_for_exits(Cfg& cfg, int firstlineno) {
  int lineno = firstlineno;
  for (BasicBlock* b = cfg.entry; b != nullptr; b = b->next) {
    if (b->empty()) continue;
    Instr& last = b->last();
    if (last.loc.lineno < 0) {
      if (last.op == Opcode::RETURN_VALUE) {
        for (Instr& in : b->instrs) in.loc.lineno = lineno;
      }
    } else {
      lineno = last.loc.lineno;
    }
  }
}

}  // namespace glasspy::compile
