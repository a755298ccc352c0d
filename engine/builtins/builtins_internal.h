// The built-in functions (builtins stage), one native function each, shared between the
// files that define them by family and builtins_module.cpp, which registers them.
#pragma once
#include <cstddef>
#include <initializer_list>

#include "objects/type_object.h"

namespace glasspy::builtins {

using objects::CallArgs;
using objects::Value;
using vm::VM;

// Every function gets `self` (unused: builtins are module functions) and the call's
// arguments, already checked against its MethodDef shape.
#define GP_BUILTIN(NAME) Value builtin_##NAME(VM& vm, Value self, CallArgs args);

// builtins_import.cpp
GP_BUILTIN(__import__)
// builtins_numeric.cpp
GP_BUILTIN(abs) GP_BUILTIN(bin) GP_BUILTIN(oct) GP_BUILTIN(hex) GP_BUILTIN(divmod) GP_BUILTIN(pow)
GP_BUILTIN(round) GP_BUILTIN(chr) GP_BUILTIN(ord) GP_BUILTIN(hash) GP_BUILTIN(id)
// builtins_text.cpp
GP_BUILTIN(ascii) GP_BUILTIN(repr) GP_BUILTIN(format)
// builtins_iteration.cpp
GP_BUILTIN(all) GP_BUILTIN(any) GP_BUILTIN(iter) GP_BUILTIN(next) GP_BUILTIN(aiter) GP_BUILTIN(anext)
GP_BUILTIN(len) GP_BUILTIN(sorted) GP_BUILTIN(sum)
// builtins_minmax.cpp
GP_BUILTIN(max) GP_BUILTIN(min)
// builtins_attributes.cpp
GP_BUILTIN(callable) GP_BUILTIN(getattr) GP_BUILTIN(setattr) GP_BUILTIN(delattr) GP_BUILTIN(hasattr)
GP_BUILTIN(isinstance) GP_BUILTIN(issubclass)
// builtins_namespaces.cpp
GP_BUILTIN(dir) GP_BUILTIN(vars) GP_BUILTIN(globals) GP_BUILTIN(locals)
// builtins_code.cpp
GP_BUILTIN(compile) GP_BUILTIN(eval) GP_BUILTIN(exec)
// builtins_io.cpp
GP_BUILTIN(print) GP_BUILTIN(input) GP_BUILTIN(breakpoint)
// builtins_file.cpp
GP_BUILTIN(open)

#undef GP_BUILTIN

// builtins_args.cpp: binds the keyword arguments of `args` to `names` (out[i] gets the
// borrowed value, or stays null); any other keyword raises CPython's "'x' is an invalid
// keyword argument for fname()". False with the error pending.
[[nodiscard]] bool bind_keywords(VM& vm, CallArgs args, const char* fname, std::initializer_list<const char*> names,
                                 Value* out);
// "fname() takes at least N positional argument(s) (M given)" / "at most N arguments":
// the checks of functions with positional-only parameters and keywords after them.
[[nodiscard]] bool check_positional_range(VM& vm, CallArgs args, const char* fname, size_t min, size_t max);

// builtins_args.cpp: calls the special method `name` as CPython's _PyObject_LookupSpecial
// finds it: looked up on type(v) (not on v itself: a class's __dir__ is type.__dir__), then
// called with v first. *found is false (nothing raised) when the type has no such method.
[[nodiscard]] Value call_special(VM& vm, Value v, const char* name, const Value* args, size_t nargs, bool* found);

// builtins_io.cpp: the attribute `name` of the sys module (borrowed), or null if sys or
// the attribute is missing. Never raises.
Value sys_attribute(VM& vm, const char* name);

// builtins_module.cpp: for a readied static type whose name is dotted ("_io.TextIOWrapper",
// CPython's tp_name), __name__/__qualname__ get the last part and __module__ the rest.
void split_dotted_type_name(objects::TypeObject* type);

// builtins_site.cpp: the objects the site module adds in CPython (exit, quit, copyright,
// credits, license, help), stored into `builtins`.
void add_site_builtins(VM& vm, objects::DictObject* builtins);

// builtins_file.cpp: the file type open() returns (readied by init_builtins).
void init_file_type();

}  // namespace glasspy::builtins
