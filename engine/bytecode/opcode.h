// Opcodes and their metadata (bytecode stage), all expanded from bytecode/opcodes.def: the
// enum, names, inline cache sizes, argument classes, jump kinds and stack effects that the
// compiler, `dis` and the VM share.
#pragma once
#include <cstdint>
#include <string_view>

namespace glasspy::bytecode {

// Every instruction: CPython 3.11's real opcodes with their numbers, then the compiler's
// pseudo instructions (256 and up), then the specialised forms (their 3.11 numbers).
enum class Opcode : uint16_t {
#define GP_OPCODE(NAME, number, caches, arg, jump, pops, pushes, meaning) NAME = number,
#define GP_PSEUDO(NAME, number, arg, jump, pops, pushes, meaning) NAME = number,
#define GP_SPECIALIZED(NAME, number, BASE) NAME = number,
#include "bytecode/opcodes.def"
};

// What an instruction's argument means (the columns of opcodes.def).
enum class ArgKind : uint8_t { None, Int, Const, Name, Local, Free, Compare, Jump };

// Which way a jump goes; Either is a pseudo jump whose direction the layout decides and
// Setup a pseudo instruction that pushes an exception handler.
enum class JumpKind : uint8_t { No, Forward, Backward, Either, Setup };

// The first argument-taking real opcode (CPython's HAVE_ARGUMENT).
inline constexpr int kHaveArgument = 90;
// The first pseudo instruction's number.
inline constexpr int kFirstPseudo = 256;
// One past the largest number in the table.
inline constexpr int kOpcodeLimit = 266;

// True if `number` names an instruction of the table (real, pseudo or specialised).
bool is_known_opcode(int number);
// True for the compiler-only instructions (SETUP_FINALLY, JUMP, ...).
inline bool is_pseudo(Opcode op) { return static_cast<int>(op) >= kFirstPseudo; }
// The instruction's name as dis prints it ("LOAD_FAST"); "<N>" for an unknown number.
std::string_view opcode_name(Opcode op);
// The real opcode a specialised form stands for (itself for the others).
Opcode deoptimize(Opcode op);
// Inline CACHE code units after the instruction (0 for pseudo instructions).
int cache_entries(Opcode op);
// The argument's meaning; None for instructions without one.
ArgKind arg_kind(Opcode op);
// True if the instruction takes an argument.
inline bool has_arg(Opcode op) { return arg_kind(op) != ArgKind::None; }
// The jump kind (No for non-jumps).
JumpKind jump_kind(Opcode op);
// Stack items read (popped) and written (pushed), and their difference, for `oparg` and
// for the jump taken (jump = true) or not; as dis.stack_effect counts them.
int stack_pops(Opcode op, int oparg, bool jump);
int stack_pushes(Opcode op, int oparg, bool jump);
inline int stack_effect(Opcode op, int oparg, bool jump) {
  return stack_pushes(op, oparg, jump) - stack_pops(op, oparg, jump);
}
// The one-line meaning from the table.
std::string_view opcode_meaning(Opcode op);

}  // namespace glasspy::bytecode
