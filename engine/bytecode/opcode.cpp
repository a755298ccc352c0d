// Opcode metadata lookups (bytecode stage): switches expanded from bytecode/opcodes.def.
#include "bytecode/opcode.h"

namespace glasspy::bytecode {

bool is_known_opcode(int number) {
  switch (number) {
#define GP_OPCODE(NAME, number, caches, arg, jump, pops, pushes, meaning) case number:
#define GP_PSEUDO(NAME, number, arg, jump, pops, pushes, meaning) case number:
#define GP_SPECIALIZED(NAME, number, BASE) case number:
#include "bytecode/opcodes.def"
      return true;
    default:
      return false;
  }
}

std::string_view opcode_name(Opcode op) {
  switch (op) {
#define GP_OPCODE(NAME, number, caches, arg, jump, pops, pushes, meaning) \
  case Opcode::NAME:                                                    \
    return #NAME;
#define GP_PSEUDO(NAME, number, arg, jump, pops, pushes, meaning) \
  case Opcode::NAME:                                            \
    return #NAME;
#define GP_SPECIALIZED(NAME, number, BASE) \
  case Opcode::NAME:                       \
    return #NAME;
#include "bytecode/opcodes.def"
  }
  return "<unknown>";
}

Opcode deoptimize(Opcode op) {
  switch (op) {
#define GP_SPECIALIZED(NAME, number, BASE) \
  case Opcode::NAME:                       \
    return Opcode::BASE;
#include "bytecode/opcodes.def"
    default:
      return op;
  }
}

int cache_entries(Opcode op) {
  switch (deoptimize(op)) {
#define GP_OPCODE(NAME, number, caches, arg, jump, pops, pushes, meaning) \
  case Opcode::NAME:                                                    \
    return caches;
#include "bytecode/opcodes.def"
    default:
      return 0;
  }
}

ArgKind arg_kind(Opcode op) {
  switch (deoptimize(op)) {
#define GP_OPCODE(NAME, number, caches, arg, jump, pops, pushes, meaning) \
  case Opcode::NAME:                                                    \
    return ArgKind::arg;
#define GP_PSEUDO(NAME, number, arg, jump, pops, pushes, meaning) \
  case Opcode::NAME:                                            \
    return ArgKind::arg;
#include "bytecode/opcodes.def"
    default:
      return ArgKind::None;
  }
}

JumpKind jump_kind(Opcode op) {
  switch (deoptimize(op)) {
#define GP_OPCODE(NAME, number, caches, arg, jump, pops, pushes, meaning) \
  case Opcode::NAME:                                                    \
    return JumpKind::jump;
#define GP_PSEUDO(NAME, number, arg, jump, pops, pushes, meaning) \
  case Opcode::NAME:                                            \
    return JumpKind::jump;
#include "bytecode/opcodes.def"
    default:
      return JumpKind::No;
  }
}

// The formulas read `oparg` and `jump` (as 0 or 1).
int stack_pops(Opcode op, int oparg, bool jump_taken) {
  [[maybe_unused]] int jump = jump_taken ? 1 : 0;
  switch (deoptimize(op)) {
#define GP_OPCODE(NAME, number, caches, arg, jump_, pops, pushes, meaning) \
  case Opcode::NAME:                                                     \
    return (pops);
#define GP_PSEUDO(NAME, number, arg, jump_, pops, pushes, meaning) \
  case Opcode::NAME:                                             \
    return (pops);
#include "bytecode/opcodes.def"
    default:
      return 0;
  }
}

int stack_pushes(Opcode op, int oparg, bool jump_taken) {
  [[maybe_unused]] int jump = jump_taken ? 1 : 0;
  switch (deoptimize(op)) {
#define GP_OPCODE(NAME, number, caches, arg, jump_, pops, pushes, meaning) \
  case Opcode::NAME:                                                     \
    return (pushes);
#define GP_PSEUDO(NAME, number, arg, jump_, pops, pushes, meaning) \
  case Opcode::NAME:                                             \
    return (pushes);
#include "bytecode/opcodes.def"
    default:
      return 0;
  }
}

std::string_view opcode_meaning(Opcode op) {
  switch (deoptimize(op)) {
#define GP_OPCODE(NAME, number, caches, arg, jump, pops, pushes, meaning) \
  case Opcode::NAME:                                                    \
    return meaning;
#define GP_PSEUDO(NAME, number, arg, jump, pops, pushes, meaning) \
  case Opcode::NAME:                                            \
    return meaning;
#include "bytecode/opcodes.def"
    default:
      return {};
  }
}

}  // namespace glasspy::bytecode
