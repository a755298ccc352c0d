// Functions, code objects, cells, bound methods, native functions and modules (object
// model): the runtime objects the compiler's output and the VM's calls are made of.
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "bytecode/code_unit.h"
#include "bytecode/exception_table.h"
#include "objects/builtin_types.h"
#include "objects/dict_object.h"
#include "objects/object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"

namespace glasspy::objects {

// A code object: a compiled CodeUnit with its constants and names as runtime values, and
// a private copy of the instructions that the VM may quicken.
struct CodeObject : Object {
  std::shared_ptr<const bytecode::CodeUnit> unit;
  TupleObject* consts = nullptr;     // co_consts
  TupleObject* names = nullptr;      // co_names (interned str)
  TupleObject* localsplusnames = nullptr;  // interned str, one per fast slot
  StrObject* name = nullptr;
  StrObject* qualname = nullptr;
  StrObject* filename = nullptr;
  std::vector<uint16_t> instructions;  // (opcode | oparg << 8) code units, caches included
  std::vector<bytecode::ExceptionEntry> exception_table;
  int nlocalsplus = 0;
  int nlocals = 0;      // plain locals (co_nlocals)
  int ncells = 0;       // cell slots that are not arguments (come after the locals)
  int nfrees = 0;       // free variable slots (last)
  int stacksize = 0;
  int flags = 0;
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  // Total argument slots: argcount + kwonlyargcount + *args + **kwargs.
  int total_args() const;
  // Slots of the arguments that are also cells (MAKE_CELL turns them into cells).
  std::vector<int> cell_args;
  // For tracing (vm/trace_hooks.cpp), made on first use: the source line of each code
  // unit (-1: none) and the offset of the first RESUME (no events before it).
  std::vector<int32_t> trace_lines;
  int trace_first_unit = 0;
};

// A Python function (def / lambda).
struct FunctionObject : Object {
  CodeObject* code = nullptr;
  DictObject* globals = nullptr;
  DictObject* builtins = nullptr;
  Value name;          // __name__
  Value qualname;      // __qualname__
  Value defaults;      // __defaults__: tuple or null
  Value kwdefaults;    // __kwdefaults__: dict or null
  Value closure;       // __closure__: tuple of cells or null
  Value annotations;   // __annotations__: dict, tuple (3.11 MAKE_FUNCTION) or null
  Value doc;           // __doc__
  Value module;        // __module__
  DictObject* dict = nullptr;  // __dict__ (created on first use)
};

struct CellObject : Object {
  Value contents;  // null: empty cell
};

// A function bound to an instance (a.method).
struct MethodObject : Object {
  Value function;
  Value self;
};

// A native function: a module-level builtin (self = its module or null) or a built-in
// type's method bound to an instance (self = the instance).
struct NativeFunctionObject : Object {
  const MethodDef* def = nullptr;
  Value self;
  Value module_name;  // __module__ for module functions
};

// A built-in type's method before binding (list.append): calling it takes self first.
struct MethodDescriptorObject : Object {
  const MethodDef* def = nullptr;
  TypeObject* owner = nullptr;
};

// A built-in type's computed attribute (int.real, function.__name__).
struct GetSetDescriptorObject : Object {
  const GetSetDef* def = nullptr;
  TypeObject* owner = nullptr;
};

struct ModuleObject : Object {
  DictObject* dict = nullptr;
  // Made by the engine (sys, math, the frozen library...): repr says "(built-in)" when
  // there is no __file__; a program's types.ModuleType(...) says only its name.
  bool engine_made = false;
};

inline bool is_function(Value v) { return v.is_object() && v.as_object()->type == &function_type; }
inline FunctionObject* as_function(Value v) { return static_cast<FunctionObject*>(v.as_object()); }
inline bool is_code(Value v) { return v.is_object() && v.as_object()->type == &code_type; }
inline CodeObject* as_code(Value v) { return static_cast<CodeObject*>(v.as_object()); }
inline bool is_cell(Value v) { return v.is_object() && v.as_object()->type == &cell_type; }
inline CellObject* as_cell(Value v) { return static_cast<CellObject*>(v.as_object()); }
inline bool is_method(Value v) { return v.is_object() && v.as_object()->type == &method_type; }
inline MethodObject* as_method(Value v) { return static_cast<MethodObject*>(v.as_object()); }
inline bool is_module(Value v) { return v.is_object() && is_subtype(v.as_object()->type, &module_type); }
inline ModuleObject* as_module(Value v) { return static_cast<ModuleObject*>(v.as_object()); }

// The builtins namespace of code running with `globals`: its __builtins__ (a module's
// dict, or a dict), else the interpreter's (CPython's _PyEval_BuiltinsFromGlobals). Borrowed.
DictObject* builtins_for_globals(VM& vm, DictObject* globals);

// A code object for a compiled unit (and, recursively, the code units among its
// constants). New reference.
CodeObject* code_from_unit(VM& vm, std::shared_ptr<const bytecode::CodeUnit> unit);
// A new function for `code` in `globals` (borrowed), as MAKE_FUNCTION builds it.
FunctionObject* function_new(VM& vm, CodeObject* code, DictObject* globals, Value qualname);
CellObject* cell_new(Value contents);  // borrowed contents
MethodObject* method_new(Value function, Value self);  // both borrowed
NativeFunctionObject* native_function_new(const MethodDef* def, Value self, Value module_name = Value());
ModuleObject* module_new(VM& vm, StrObject* name);
// types.ModuleType's creation and __init__(name, doc=None) (module_new.cpp).
Value module_type_new(VM& vm, TypeObject* type, CallArgs args);
bool module_type_init(VM& vm, Value self, CallArgs args);

}  // namespace glasspy::objects
