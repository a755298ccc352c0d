// The compiler's output (bytecode stage): a code unit, plain data that mirrors a CPython 3.11
// code object (co_code with its inline caches, co_consts, co_names, the locals-plus names and
// kinds, flags, line table, exception table), before any runtime object exists. The VM
// loads code units into code objects; `dis` and the playground read them directly.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace glasspy::bytecode {

struct CodeUnit;

// A value in co_consts: the literal types CPython keeps in constants.
struct Constant {
  enum class Kind : uint8_t { kNone, kTrue, kFalse, kEllipsis, kInt, kFloat, kComplex, kStr, kBytes, kTuple,
                              kFrozenSet, kCode };
  Kind kind = Kind::kNone;
  bool big = false;            // kInt: the value is in `text` (decimal, '-' first if negative)
  int64_t small = 0;           // kInt when !big
  double real = 0, imag = 0;   // kFloat: real; kComplex: both parts
  std::string text;            // kStr: UTF-8 (lone surrogates as 3-byte sequences); kBytes: raw
  std::vector<Constant> items;  // kTuple in order; kFrozenSet in CPython's iteration order
  std::shared_ptr<const CodeUnit> code;  // kCode

  static Constant none() { return Constant{}; }
  static Constant boolean(bool value);
  static Constant ellipsis();
  static Constant integer(int64_t value);
  static Constant big_integer(std::string decimal);  // normalised to small when it fits
  static Constant floating(double value);
  static Constant complex(double real, double imag);
  static Constant str(std::string utf8);
  static Constant bytes(std::string raw);
  static Constant tuple(std::vector<Constant> items);
  static Constant code_unit(std::shared_ptr<const CodeUnit> code);

  bool is_int() const { return kind == Kind::kInt; }
  bool is_str() const { return kind == Kind::kStr; }
};

// Same constant for co_consts purposes (CPython's _PyCode_ConstantKey): types must match,
// 0.0 and -0.0 differ, NaNs with the same bits match, code units by identity.
bool same_constant(const Constant& a, const Constant& b);

// Equal code objects as CPython's code_richcompare sees them (name, counts, flags, first
// line, bytecode, constants, names, locals, line and exception tables): a comprehension
// compiled twice (a `while` test is) becomes one constant.
bool same_code(const CodeUnit& a, const CodeUnit& b);

// Python's repr() of a constant, as dis prints it. Code units print as
// `<code object NAME at 0x..., file "FILE", line N>` with `address` as the hex digits.
std::string constant_repr(const Constant& c);

// Python truthiness of a constant (bool(c)); code units are true.
bool constant_truth(const Constant& c);

// co_flags bits (CPython's CO_*).
inline constexpr int kCoOptimized = 0x1;
inline constexpr int kCoNewLocals = 0x2;
inline constexpr int kCoVarargs = 0x4;
inline constexpr int kCoVarkeywords = 0x8;
inline constexpr int kCoNested = 0x10;
inline constexpr int kCoGenerator = 0x20;
inline constexpr int kCoNoFree = 0x40;  // not set by 3.11 (kept for dis.pretty_flags)
inline constexpr int kCoCoroutine = 0x80;
inline constexpr int kCoIterableCoroutine = 0x100;
inline constexpr int kCoAsyncGenerator = 0x200;
inline constexpr int kCoFutureAnnotations = 0x1000000;

// Kinds of the locals-plus slots (CPython's CO_FAST_*): an argument that is also a cell
// is kFastLocal | kFastCell.
inline constexpr uint8_t kFastLocal = 0x20;
inline constexpr uint8_t kFastCell = 0x40;
inline constexpr uint8_t kFastFree = 0x80;

// One code object's worth of compiled code.
struct CodeUnit {
  std::string name;        // co_name
  std::string qualname;    // co_qualname
  std::string filename;    // co_filename
  int argcount = 0;        // co_argcount (positional, including positional-only)
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  int flags = 0;           // co_flags
  int firstlineno = 1;     // co_firstlineno
  int stacksize = 0;       // co_stacksize
  std::vector<uint8_t> code;  // co_code: opcode, oparg byte pairs, CACHE entries zeroed
  std::vector<Constant> consts;
  std::vector<std::string> names;           // co_names
  std::vector<std::string> localsplusnames;  // locals, then cells that are not locals, then frees
  std::vector<uint8_t> localspluskinds;      // kFast* per slot
  std::vector<uint8_t> linetable;           // co_linetable (3.11 location table)
  std::vector<uint8_t> exceptiontable;      // co_exceptiontable (3.11 format)

  // co_varnames, co_cellvars, co_freevars, co_nlocals, derived from the slots.
  std::vector<std::string> varnames() const;
  std::vector<std::string> cellvars() const;
  std::vector<std::string> freevars() const;
  int nlocals() const;
  // Number of code units (2-byte words) in co_code.
  int size() const { return static_cast<int>(code.size() / 2); }
};

}  // namespace glasspy::bytecode
