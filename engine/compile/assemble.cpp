// The assembler (compile stage), after CPython 3.11's assemble() and its helpers.
#include "compile/assemble.h"

#include <algorithm>

#include "bytecode/exception_table.h"
#include "bytecode/line_table.h"
#include "compile/flowgraph.h"

namespace glasspy::compile {
namespace {

using bytecode::Constant;
using bytecode::ExceptionEntry;

Instr make_instr(Opcode op, int oparg, Location loc) {
  Instr i;
  i.op = op;
  i.oparg = oparg;
  i.loc = loc;
  return i;
}

// Cell slots of arguments that are also cells map to the argument; others follow locals.
std::vector<int> build_cellfixedoffsets(const CompilerUnit& u) {
  int nlocals = u.varnames.size();
  int ncells = u.cellvars.size();
  int nfree = u.freevars.size();
  std::vector<int> fixed(ncells + nfree);
  for (int i = 0; i < ncells + nfree; ++i) fixed[i] = nlocals + i;
  for (int i = 0; i < ncells; ++i) {
    int var = u.varnames.find(u.cellvars.names[i]);
    if (var >= 0) fixed[i] = var;
  }
  return fixed;
}

void insert_prefix_instructions(CompilerUnit& u, BasicBlock* entry, const std::vector<int>& fixed, int flags) {
  auto& ins = entry->instrs;
  if (flags & (bytecode::kCoGenerator | bytecode::kCoCoroutine | bytecode::kCoAsyncGenerator)) {
    ins.insert(ins.begin(), make_instr(Opcode::RETURN_GENERATOR, 0, Location{u.firstlineno, u.firstlineno, -1, -1}));
    ins.insert(ins.begin() + 1, make_instr(Opcode::POP_TOP, 0, Location{}));
  }
  int ncells = u.cellvars.size();
  if (ncells) {
    int nvars = ncells + u.varnames.size();
    std::vector<int> sorted(nvars, 0);
    for (int i = 0; i < ncells; ++i) sorted[fixed[i]] = i + 1;
    for (int i = 0, used = 0; used < ncells; ++i) {
      int oldindex = sorted[i] - 1;
      if (oldindex == -1) continue;
      ins.insert(ins.begin() + used, make_instr(Opcode::MAKE_CELL, oldindex, Location{}));
      ++used;
    }
  }
  int nfree = u.freevars.size();
  if (nfree) ins.insert(ins.begin(), make_instr(Opcode::COPY_FREE_VARS, nfree, Location{}));
}

int fix_cell_offsets(CompilerUnit& u, std::vector<int>& fixed) {
  int nlocals = u.varnames.size();
  int noffsets = u.cellvars.size() + u.freevars.size();
  int dropped = 0;
  for (int i = 0; i < noffsets; ++i) {
    if (fixed[i] == i + nlocals) {
      fixed[i] -= dropped;
    } else {
      ++dropped;
    }
  }
  for (BasicBlock* b = u.cfg.entry; b != nullptr; b = b->next) {
    for (Instr& in : b->instrs) {
      switch (in.op) {
        case Opcode::MAKE_CELL:
        case Opcode::LOAD_CLOSURE:
        case Opcode::LOAD_DEREF:
        case Opcode::STORE_DEREF:
        case Opcode::DELETE_DEREF:
        case Opcode::LOAD_CLASSDEREF: in.oparg = fixed[in.oparg]; break;
        default: break;
      }
    }
  }
  return dropped;
}

int stackdepth(CompilerUnit& u) {
  for (BasicBlock* b = u.cfg.entry; b != nullptr; b = b->next) b->startdepth = -1;
  std::vector<BasicBlock*> stack;
  auto push = [&](BasicBlock* b, int depth) {
    if (b->startdepth < depth && b->startdepth < 100) {
      b->startdepth = depth;
      stack.push_back(b);
    }
  };
  int maxdepth = 0;
  push(u.cfg.entry, (u.ste->generator || u.ste->coroutine) ? 1 : 0);
  while (!stack.empty()) {
    BasicBlock* b = stack.back();
    stack.pop_back();
    int depth = b->startdepth;
    BasicBlock* next = b->next;
    for (const Instr& in : b->instrs) {
      int effect = bytecode::stack_effect(in.op, in.oparg, false);
      int new_depth = depth + effect;
      maxdepth = std::max(maxdepth, new_depth);
      if (is_jump(in.op) || is_block_push(in.op)) {
        int target_depth = depth + bytecode::stack_effect(in.op, in.oparg, true);
        maxdepth = std::max(maxdepth, target_depth);
        push(in.target, target_depth);
      }
      depth = new_depth;
      if (in.op == Opcode::JUMP_NO_INTERRUPT || in.op == Opcode::JUMP || is_scope_exit(in.op)) {
        next = nullptr;
        break;
      }
    }
    if (next != nullptr) push(next, depth);
  }
  return maxdepth;
}

void label_exception_targets(Cfg& cfg) {
  using Stack = std::vector<BasicBlock*>;
  std::vector<std::unique_ptr<Stack>> owned;
  auto make = [&](const Stack* from) {
    owned.push_back(std::make_unique<Stack>(from ? *from : Stack{nullptr}));
    return owned.back().get();
  };
  for (BasicBlock* b = cfg.entry; b != nullptr; b = b->next) b->visited = false;
  std::vector<BasicBlock*> todo;
  cfg.entry->visited = true;
  cfg.entry->exceptstack = make(nullptr);
  todo.push_back(cfg.entry);
  while (!todo.empty()) {
    BasicBlock* b = todo.back();
    todo.pop_back();
    Stack* stack = b->exceptstack;
    b->exceptstack = nullptr;
    BasicBlock* handler = stack->back();
    for (int i = 0; i < b->size(); ++i) {
      Instr& in = b->instrs[i];
      if (is_block_push(in.op)) {
        if (!in.target->visited) {
          in.target->exceptstack = make(stack);
          in.target->visited = true;
          todo.push_back(in.target);
        }
        if (in.op == Opcode::SETUP_WITH || in.op == Opcode::SETUP_CLEANUP) in.target->preserve_lasti = true;
        stack->push_back(in.target);
        handler = in.target;
      } else if (in.op == Opcode::POP_BLOCK) {
        stack->pop_back();
        handler = stack->back();
      } else if (is_jump(in.op)) {
        in.except = handler;
        if (!in.target->visited) {
          if (!b->nofallthrough) {
            in.target->exceptstack = make(stack);
          } else {
            in.target->exceptstack = stack;
            stack = nullptr;
          }
          in.target->visited = true;
          todo.push_back(in.target);
        }
      } else {
        in.except = handler;
      }
    }
    if (!b->nofallthrough && b->next != nullptr && !b->next->visited) {
      b->next->exceptstack = stack;
      b->next->visited = true;
      todo.push_back(b->next);
    }
  }
}

void normalize_jumps(Cfg& cfg) {
  for (BasicBlock* b = cfg.entry; b != nullptr; b = b->next) b->visited = false;
  for (BasicBlock* b = cfg.entry; b != nullptr; b = b->next) {
    b->visited = true;
    if (b->empty()) continue;
    Instr& last = b->last();
    if (!is_jump(last.op)) continue;
    bool forward = !last.target->visited;
    switch (last.op) {
      case Opcode::JUMP: last.op = forward ? Opcode::JUMP_FORWARD : Opcode::JUMP_BACKWARD; break;
      case Opcode::JUMP_NO_INTERRUPT:
        last.op = forward ? Opcode::JUMP_FORWARD : Opcode::JUMP_BACKWARD_NO_INTERRUPT;
        break;
      case Opcode::POP_JUMP_IF_NOT_NONE:
        last.op = forward ? Opcode::POP_JUMP_FORWARD_IF_NOT_NONE : Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE;
        break;
      case Opcode::POP_JUMP_IF_NONE:
        last.op = forward ? Opcode::POP_JUMP_FORWARD_IF_NONE : Opcode::POP_JUMP_BACKWARD_IF_NONE;
        break;
      case Opcode::POP_JUMP_IF_FALSE:
        last.op = forward ? Opcode::POP_JUMP_FORWARD_IF_FALSE : Opcode::POP_JUMP_BACKWARD_IF_FALSE;
        break;
      case Opcode::POP_JUMP_IF_TRUE:
        last.op = forward ? Opcode::POP_JUMP_FORWARD_IF_TRUE : Opcode::POP_JUMP_BACKWARD_IF_TRUE;
        break;
      default: break;
    }
  }
}

void assemble_jump_offsets(Cfg& cfg) {
  bool again = true;
  while (again) {
    int total = 0;
    for (BasicBlock* b = cfg.entry; b != nullptr; b = b->next) {
      b->offset = total;
      for (const Instr& in : b->instrs) total += instr_size(in);
    }
    again = false;
    for (BasicBlock* b = cfg.entry; b != nullptr; b = b->next) {
      int pos = b->offset;
      for (Instr& in : b->instrs) {
        int isize = instr_size(in);
        pos += isize;
        if (!is_jump(in.op)) continue;
        int target = in.target->offset;
        in.oparg = target < pos ? pos - target : target - pos;
        if (instr_size(in) != isize) again = true;
      }
    }
  }
}

void write_instr(std::vector<uint8_t>& code, const Instr& in) {
  int oparg = bytecode::has_arg(in.op) ? in.oparg : 0;
  int size = instr_size(in) - bytecode::cache_entries(in.op);
  for (int shift = (size - 1) * 8; shift > 0; shift -= 8) {
    code.push_back(static_cast<uint8_t>(Opcode::EXTENDED_ARG));
    code.push_back(static_cast<uint8_t>((oparg >> shift) & 0xff));
  }
  code.push_back(static_cast<uint8_t>(in.op));
  code.push_back(static_cast<uint8_t>(oparg & 0xff));
  for (int i = bytecode::cache_entries(in.op); i > 0; --i) {
    code.push_back(0);
    code.push_back(0);
  }
}

void write_exception_table(Cfg& cfg, std::vector<uint8_t>& table) {
  BasicBlock* handler = nullptr;
  int start = -1;
  int ioffset = 0;
  auto emit = [&](int end) {
    ExceptionEntry e;
    e.start = start;
    e.end = end;
    e.target = handler->offset;
    e.depth = handler->startdepth - 1;
    if (handler->preserve_lasti) e.depth -= 1;
    e.lasti = handler->preserve_lasti;
    bytecode::write_exception_entry(table, e);
  };
  for (BasicBlock* b = cfg.entry; b != nullptr; b = b->next) {
    ioffset = b->offset;
    for (const Instr& in : b->instrs) {
      if (in.except != handler) {
        if (handler != nullptr) emit(ioffset);
        start = ioffset;
        handler = in.except;
      }
      ioffset += instr_size(in);
    }
  }
  if (handler != nullptr) emit(ioffset);
}

}  // namespace

int compute_code_flags(const CompilerUnit& u, int future_flags) {
  const Scope* ste = u.ste;
  int flags = 0;
  if (ste->type == ScopeType::kFunction) {
    flags |= bytecode::kCoNewLocals | bytecode::kCoOptimized;
    if (ste->nested) flags |= bytecode::kCoNested;
    if (ste->generator && !ste->coroutine) flags |= bytecode::kCoGenerator;
    if (!ste->generator && ste->coroutine) flags |= bytecode::kCoCoroutine;
    if (ste->generator && ste->coroutine) flags |= bytecode::kCoAsyncGenerator;
    if (ste->varargs) flags |= bytecode::kCoVarargs;
    if (ste->varkeywords) flags |= bytecode::kCoVarkeywords;
  }
  return flags | future_flags;
}

std::shared_ptr<bytecode::CodeUnit> assemble(CompilerUnit& u, bool add_none, const std::string& filename,
                                             int future_flags) {
  auto emit_tail = [&](Opcode op, int oparg) {
    Instr in;
    in.op = op;
    in.oparg = oparg;
    u.curblock->instrs.push_back(in);
  };
  if (!u.curblock->return_) {
    if (add_none) {
      int index = -1;
      for (size_t i = 0; i < u.consts.size(); ++i)
        if (u.consts[i].kind == Constant::Kind::kNone) index = static_cast<int>(i);
      if (index < 0) {
        index = static_cast<int>(u.consts.size());
        u.consts.push_back(Constant::none());
      }
      emit_tail(Opcode::LOAD_CONST, index);
    }
    emit_tail(Opcode::RETURN_VALUE, 0);
    u.curblock->return_ = true;
  }
  normalize_blocks(u.cfg);
  extend_blocks(u.cfg);
  BasicBlock* entry = nullptr;
  for (BasicBlock* b = u.cfg.blocks; b != nullptr; b = b->list) entry = b;
  u.cfg.entry = entry;

  if (u.firstlineno == 0) {
    u.firstlineno = !entry->empty() && entry->instrs[0].loc.lineno > 0 ? entry->instrs[0].loc.lineno : 1;
  }
  int flags = compute_code_flags(u, future_flags);
  std::vector<int> fixed = build_cellfixedoffsets(u);
  insert_prefix_instructions(u, entry, fixed, flags);
  int dropped = fix_cell_offsets(u, fixed);

  optimize_cfg(u.cfg, u.consts);
  duplicate_exits_without_lineno(u.cfg);
  trim_unused_consts(u.cfg, u.consts);
  propagate_line_numbers(u.cfg);
  guarantee_lineno_for_exits(u.cfg, u.firstlineno);
  int maxdepth = stackdepth(u);
  label_exception_targets(u.cfg);
  for (BasicBlock* b = u.cfg.entry; b != nullptr; b = b->next)
    for (Instr& in : b->instrs)
      if (is_block_push(in.op) || in.op == Opcode::POP_BLOCK) in.op = Opcode::NOP;
  remove_redundant_jumps(u.cfg);
  for (BasicBlock* b = u.cfg.entry; b != nullptr; b = b->next) clean_block(b);
  normalize_jumps(u.cfg);
  assemble_jump_offsets(u.cfg);

  auto code = std::make_shared<bytecode::CodeUnit>();
  code->name = u.name;
  code->qualname = u.qualname;
  code->filename = filename;
  code->argcount = u.argcount + u.posonlyargcount;
  code->posonlyargcount = u.posonlyargcount;
  code->kwonlyargcount = u.kwonlyargcount;
  code->flags = flags;
  code->firstlineno = u.firstlineno;
  code->stacksize = maxdepth;
  code->consts = u.consts;
  code->names = u.names.names;
  int prev_line = u.firstlineno;
  for (BasicBlock* b = u.cfg.entry; b != nullptr; b = b->next) {
    for (const Instr& in : b->instrs) {
      write_instr(code->code, in);
      bytecode::write_location(code->linetable, prev_line, in.loc, instr_size(in));
    }
  }
  write_exception_table(u.cfg, code->exceptiontable);

  // Locals, then cells that are not arguments, then free variables.
  int nlocals = u.varnames.size();
  int nplus = nlocals + u.cellvars.size() + u.freevars.size() - dropped;
  code->localsplusnames.assign(nplus, std::string());
  code->localspluskinds.assign(nplus, 0);
  for (int i = 0; i < nlocals; ++i) {
    code->localsplusnames[i] = u.varnames.names[i];
    code->localspluskinds[i] = bytecode::kFastLocal;
    if (u.cellvars.find(u.varnames.names[i]) >= 0) code->localspluskinds[i] |= bytecode::kFastCell;
  }
  int skipped = 0;
  for (int i = 0; i < u.cellvars.size(); ++i) {
    if (u.varnames.find(u.cellvars.names[i]) >= 0) {
      ++skipped;
      continue;
    }
    int offset = i + nlocals - skipped;
    code->localsplusnames[offset] = u.cellvars.names[i];
    code->localspluskinds[offset] = bytecode::kFastCell;
  }
  for (int i = 0; i < u.freevars.size(); ++i) {
    int offset = u.cellvars.size() + i + nlocals - skipped;
    code->localsplusnames[offset] = u.freevars.names[i];
    code->localspluskinds[offset] = bytecode::kFastFree;
  }
  return code;
}

}  // namespace glasspy::compile
