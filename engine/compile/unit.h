// One code unit being compiled (compile stage): CPython 3.11's `struct compiler_unit`,
// shared by the code generator, which fills it, and the assembler, which turns it into a
// bytecode::CodeUnit.
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

#include "bytecode/code_unit.h"
#include "compile/cfg.h"
#include "compile/symtable.h"

namespace glasspy::compile {

// What kind of code the unit is (CPython's COMPILER_SCOPE_*).
enum class UnitKind : uint8_t { kModule, kClass, kFunction, kAsyncFunction, kLambda, kComprehension };

// An ordered set of names with their indices (CPython's dicts of name -> index).
struct NameIndex {
  std::vector<std::string> names;
  std::unordered_map<std::string, int> index;

  // The index of `name`, adding it at the end if new.
  int add(const std::string& name) {
    auto it = index.find(name);
    if (it != index.end()) return it->second;
    int i = static_cast<int>(names.size());
    names.push_back(name);
    index.emplace(name, i);
    return i;
  }
  // The index of `name`, or -1.
  int find(const std::string& name) const {
    auto it = index.find(name);
    return it == index.end() ? -1 : it->second;
  }
  int size() const { return static_cast<int>(names.size()); }
};

// The kinds of block that break, continue and return must unwind (CPython's fblocktype).
enum class FBlockKind : uint8_t {
  kWhileLoop, kForLoop, kTryExcept, kFinallyTry, kFinallyEnd, kWith, kAsyncWith, kHandlerCleanup,
  kPopValue, kExceptionHandler, kExceptionGroupHandler, kAsyncComprehensionGenerator
};

struct FBlock {
  FBlockKind kind;
  BasicBlock* block = nullptr;
  BasicBlock* exit = nullptr;
  const void* datum = nullptr;  // the finally body, the handler name, or the with statement
};

struct CompilerUnit {
  Scope* ste = nullptr;
  UnitKind kind = UnitKind::kModule;
  std::string name;
  std::string qualname;
  bool has_private = false;
  std::string private_name;  // class name for mangling

  Cfg cfg;
  BasicBlock* curblock = nullptr;
  std::vector<bytecode::Constant> consts;
  NameIndex names;
  NameIndex varnames;
  NameIndex cellvars;
  NameIndex freevars;  // indices start after the cell variables
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  int firstlineno = 0;
  Location loc;  // the location new instructions get
  std::vector<FBlock> fblocks;
};

}  // namespace glasspy::compile
