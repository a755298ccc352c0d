// Registration of the builtins module (builtins stage): every built-in function, type,
// constant and exception class put into the VM's builtins dict in CPython 3.11's order
// (`list(builtins.__dict__)`), which NameError suggestions use to break ties.
#include "builtins/builtins_module.h"

#include <cstring>

#include "builtins/builtins_internal.h"
#include "builtins/memoryview_object.h"
#include "objects/builtin_iterators.h"
#include "objects/builtin_types.h"
#include "objects/bytes_object.h"
#include "objects/callable_objects.h"
#include "objects/complex_object.h"
#include "objects/exception_object.h"
#include "objects/range_object.h"
#include "objects/set_object.h"
#include "objects/slice_object.h"
#include "vm/vm.h"

#if __has_include("builtins/build_class.h")
#include "builtins/build_class.h"
#define GP_HAVE_BUILD_CLASS 1
#endif

namespace glasspy::builtins {

using namespace objects;

namespace {

constexpr const char* kBuiltinsDoc =
    "Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct access to all "
    "'built-in'\nidentifiers of Python; for example, builtins.len is\nthe full name for the built-in function "
    "len().\n\nThis module is not normally accessed explicitly by most\napplications, but can be useful in "
    "modules that provide\nobjects with the same name as a built-in value, but in\nwhich the built-in of that "
    "name is also needed.";

// The functions, in CPython's order, with the argument shapes whose messages CPython
// gives for each ("len() takes exactly one argument (0 given)", "divmod expected 2
// arguments, got 1"); kKeywords ones check for themselves.
constexpr ArgShape kOne = ArgShape::kOneArg;
constexpr ArgShape kPos = ArgShape::kPositional;
constexpr ArgShape kKw = ArgShape::kKeywords;
constexpr ArgShape kNone = ArgShape::kNoArgs;

const MethodDef kFunctions[] = {
    {"__import__", builtin___import__, kKw},
    {"abs", builtin_abs, kOne},
    {"all", builtin_all, kOne},
    {"any", builtin_any, kOne},
    {"ascii", builtin_ascii, kOne},
    {"bin", builtin_bin, kOne},
    {"breakpoint", builtin_breakpoint, kKw},
    {"callable", builtin_callable, kOne},
    {"chr", builtin_chr, kOne},
    {"compile", builtin_compile, kKw},
    {"delattr", builtin_delattr, kPos, 2, 2},
    {"dir", builtin_dir, kPos, 0, 1},
    {"divmod", builtin_divmod, kPos, 2, 2},
    {"eval", builtin_eval, kPos, 1, 3},
    {"exec", builtin_exec, kKw},
    {"format", builtin_format, kPos, 1, 2},
    {"getattr", builtin_getattr, kPos, 2, 3},
    {"globals", builtin_globals, kNone},
    {"hasattr", builtin_hasattr, kPos, 2, 2},
    {"hash", builtin_hash, kOne},
    {"hex", builtin_hex, kOne},
    {"id", builtin_id, kOne},
    {"input", builtin_input, kPos, 0, 1},
    {"isinstance", builtin_isinstance, kPos, 2, 2},
    {"issubclass", builtin_issubclass, kPos, 2, 2},
    {"iter", builtin_iter, kPos, 1, 2},
    {"aiter", builtin_aiter, kOne},
    {"len", builtin_len, kOne},
    {"locals", builtin_locals, kNone},
    {"max", builtin_max, kKw},
    {"min", builtin_min, kKw},
    {"next", builtin_next, kPos, 1, 2},
    {"anext", builtin_anext, kPos, 1, 2},
    {"oct", builtin_oct, kOne},
    {"ord", builtin_ord, kOne},
    {"pow", builtin_pow, kKw},
    {"print", builtin_print, kKw},
    {"repr", builtin_repr, kOne},
    {"round", builtin_round, kKw},
    {"setattr", builtin_setattr, kPos, 3, 3},
    {"sorted", builtin_sorted, kKw},
    {"sum", builtin_sum, kKw},
    {"vars", builtin_vars, kPos, 0, 1},
    {nullptr, nullptr},
};

const MethodDef kOpen = {"open", builtin_open, kKw};

#ifdef GP_HAVE_BUILD_CLASS
const MethodDef kBuildClass = {"__build_class__", build_class, kKw};
#endif

// The exception classes as CPython's builtins dict lists them (not exceptions.def's
// hierarchy order), then the two aliases of OSError.
constexpr const char* kExceptionOrder[] = {
    "BaseException", "BaseExceptionGroup", "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
    "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError",
    "LookupError", "MemoryError", "NameError", "OSError", "ReferenceError", "RuntimeError",
    "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError", "TypeError", "ValueError", "Warning",
    "FloatingPointError", "OverflowError", "ZeroDivisionError", "BytesWarning", "DeprecationWarning",
    "EncodingWarning", "FutureWarning", "ImportWarning", "PendingDeprecationWarning", "ResourceWarning",
    "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning", "BlockingIOError",
    "ChildProcessError", "ConnectionError", "FileExistsError", "FileNotFoundError", "InterruptedError",
    "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError",
    "IndentationError", "IndexError", "KeyError", "ModuleNotFoundError", "NotImplementedError",
    "RecursionError", "UnboundLocalError", "UnicodeError", "BrokenPipeError", "ConnectionAbortedError",
    "ConnectionRefusedError", "ConnectionResetError", "TabError", "UnicodeDecodeError", "UnicodeEncodeError",
    "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError", "IOError",
};

void put(VM& vm, DictObject* d, const char* name, Value v) { dict_set_str(d, vm.intern(name), v); }

void set_function(VM& vm, DictObject* d, const MethodDef* def, Value module_name) {
  NativeFunctionObject* f = native_function_new(def, Value(), module_name);
  put(vm, d, def->name, Value::from_object(f));
  decref(f);
}

void put_type(VM& vm, DictObject* d, const char* name, TypeObject* type) { put(vm, d, name, Value::from_object(type)); }

// Copies `name` from the scratch dict of the classes helper's types, if it was filled.
void put_descriptor(VM& vm, DictObject* d, const Ref& descriptors, const char* name) {
  if (descriptors.is_null()) return;
  Value v = dict_get_utf8(as_dict(descriptors.get()), name);
  if (!v.is_null()) put(vm, d, name, v);
}

TypeObject* exception_type_named(const char* name) {
  size_t count = 0;
  const ExceptionTypeEntry* entries = exception_types(&count);
  for (size_t i = 0; i < count; ++i)
    if (std::strcmp(entries[i].name, name) == 0) return entries[i].type;
  return nullptr;
}

}  // namespace

void split_dotted_type_name(TypeObject* type) {
  std::string_view full = type->name;
  size_t dot = full.rfind('.');
  if (dot == std::string_view::npos) return;
  type->name_object = Value::from_object(intern_static(full.substr(dot + 1)));
  type->qualname_object = type->name_object;
  type->module_name = Value::from_object(intern_static(full.substr(0, dot)));
}

bool init_builtins(VM& vm, DictObject* d) {
  init_memoryview_type();
  init_file_type();
  Value module_name = Value::from_object(vm.intern("builtins"));
  Ref descriptors;
  put(vm, d, "__name__", module_name);
  StrObject* doc = str_from_utf8(kBuiltinsDoc);
  put(vm, d, "__doc__", Value::from_object(doc));
  decref(doc);
  put(vm, d, "__package__", Value::from_object(str_empty()));
  // CPython's BuiltinImporter and ModuleSpec do not exist here (yet).
  put(vm, d, "__loader__", none());
  put(vm, d, "__spec__", none());
#ifdef GP_HAVE_BUILD_CLASS
  set_function(vm, d, &kBuildClass, module_name);
  // classmethod, property, staticmethod and super, taken from a scratch dict so that
  // each goes to its place in CPython's order below.
  descriptors = Ref::steal(Value::from_object(dict_new()));
  register_descriptor_builtins(vm, as_dict(descriptors.get()));
#endif
  for (const MethodDef* def = kFunctions; def->name != nullptr; ++def) set_function(vm, d, def, module_name);

  put(vm, d, "None", none());
  put(vm, d, "Ellipsis", ellipsis());
  put(vm, d, "NotImplemented", not_implemented());
  put(vm, d, "False", false_value());
  put(vm, d, "True", true_value());
  put_type(vm, d, "bool", &bool_type);
  put_type(vm, d, "memoryview", &memoryview_type);
  put_type(vm, d, "bytearray", &bytearray_type);
  put_type(vm, d, "bytes", &bytes_type);
  put_descriptor(vm, d, descriptors, "classmethod");
  put_type(vm, d, "complex", &complex_type);
  put_type(vm, d, "dict", &dict_type);
  put_type(vm, d, "enumerate", &enumerate_type);
  put_type(vm, d, "filter", &filter_type);
  put_type(vm, d, "float", &float_type);
  put_type(vm, d, "frozenset", &frozenset_type);
  put_descriptor(vm, d, descriptors, "property");
  put_type(vm, d, "int", &int_type);
  put_type(vm, d, "list", &list_type);
  put_type(vm, d, "map", &map_type);
  put_type(vm, d, "object", &object_type);
  put_type(vm, d, "range", &range_type);
  put_type(vm, d, "reversed", &reversed_type);
  put_type(vm, d, "set", &set_type);
  put_type(vm, d, "slice", &slice_type);
  put_descriptor(vm, d, descriptors, "staticmethod");
  put_type(vm, d, "str", &str_type);
  put_descriptor(vm, d, descriptors, "super");
  put_type(vm, d, "tuple", &tuple_type);
  put_type(vm, d, "type", &type_type);
  put_type(vm, d, "zip", &zip_type);
  put(vm, d, "__debug__", true_value());
  for (const char* name : kExceptionOrder) {
    const char* lookup = std::strcmp(name, "EnvironmentError") == 0 || std::strcmp(name, "IOError") == 0 ? "OSError" : name;
    if (TypeObject* t = exception_type_named(lookup)) put_type(vm, d, name, t);
  }
  set_function(vm, d, &kOpen, module_name);
  add_site_builtins(vm, d);
  return !vm.has_error();
}

}  // namespace glasspy::builtins
