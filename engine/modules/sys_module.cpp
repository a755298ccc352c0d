// The sys module (modules stage): the interpreter's parameters and hooks as CPython 3.11
// shows them. Glasspy says it is CPython 3.11.7's language ("3.11.7 (glasspy)") with
// implementation name 'glasspy'; sys.platform is 'linux' natively and 'emscripten' in
// wasm. settrace/setprofile install the VM's trace/profile hooks (vm/trace_hooks.cpp).
#include <cstdint>
#include <string>

#include "modules/builtin_modules.h"
#include "modules/module_registry.h"
#include "modules/namespace_object.h"
#include "modules/struct_sequence.h"
#include "modules/text_stream.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/frame_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "vm/arg_parse.h"
#include "vm/frame.h"
#include "vm/trace_hooks.h"
#include "vm/vm.h"

namespace glasspy::modules {

using namespace objects;

namespace {

constexpr int kMajor = 3, kMinor = 11, kMicro = 7;
constexpr const char* kVersion = "3.11.7 (glasspy)";
#ifdef __EMSCRIPTEN__
constexpr const char* kPlatform = "emscripten";
#else
constexpr const char* kPlatform = "linux";
#endif

TypeObject version_info_type, float_info_type, int_info_type, hash_info_type, flags_type;

const char* const kVersionInfoFields[] = {"major", "minor", "micro", "releaselevel", "serial", nullptr};
const char* const kFloatInfoFields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                        "dig", "mant_dig", "epsilon", "radix", "rounds", nullptr};
const char* const kIntInfoFields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                      "str_digits_check_threshold", nullptr};
const char* const kHashInfoFields[] = {"width", "modulus", "inf", "nan", "imag", "algorithm",
                                       "hash_bits", "seed_bits", "cutoff", nullptr};
const char* const kFlagsFields[] = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                                    "no_user_site", "no_site", "ignore_environment", "verbose",
                                    "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
                                    "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits",
                                    nullptr};

Value small(int64_t v) { return Value::from_small_int(v); }

Value sys_exit(VM& vm, Value, CallArgs args) {
  if (args.nkw() != 0) return vm.raise(&exc_TypeError, "exit() takes no keyword arguments");
  if (args.nargs > 1)
    return vm.raise(&exc_TypeError, "exit expected at most 1 argument, got " + std::to_string(args.nargs));
  // sys.exit(None) is sys.exit(): SystemExit without arguments.
  bool bare = args.nargs == 0 || is_none(args.args[0]);
  Ref no_args = Ref::steal(Value::from_object(tuple_alloc(0)));
  ExceptionObject* e = bare ? exception_new(&exc_SystemExit, as_tuple(no_args.get()))
                            : exception_with_arg(&exc_SystemExit, args.args[0]);
  vm.raise_value(Value::from_object(e));
  decref(e);
  return Value();
}

Value sys_getrecursionlimit(VM& vm, Value, CallArgs) { return small(vm.recursion_limit()); }

Value sys_setrecursionlimit(VM& vm, Value, CallArgs args) {
  Value arg = args.args[0];
  if (is_float(arg)) return vm.raise(&exc_TypeError, "'float' object cannot be interpreted as an integer");
  int64_t limit;
  if (!index_int64(vm, arg, &limit)) return Value();
  if (limit < 1) return vm.raise(&exc_ValueError, "recursion limit must be greater or equal than 1");
  // CPython counts the frames running plus this call (python_depth_ already counts one
  // more than the frames: the entry).
  int64_t depth = vm.python_depth_ + vm.native_depth_;
  if (limit <= depth) {
    return vm.raise(&exc_RecursionError, "cannot set the recursion limit to " + std::to_string(limit) +
                                             " at the recursion depth " + std::to_string(depth) +
                                             ": the limit is too low");
  }
  if (limit > INT32_MAX) return vm.raise(&exc_OverflowError, "Python int too large to convert to C int");
  vm.set_recursion_limit(static_cast<int>(limit));
  return none();
}

Value sys_getrefcount(VM&, Value, CallArgs args) {
  Value v = args.args[0];
  // Immediates have no count: small ints answer like CPython's immortal small ints, floats
  // like a float held by one name (plus the argument).
  if (v.is_small_int()) return make_int(int64_t{1} << 32 | 0xFFFFFFFF);
  if (v.is_double()) return small(2);
  return make_int(static_cast<int64_t>(v.as_object()->refcount));
}

// sys.getsizeof: CPython's sizes on 64-bit Linux for the common built-in types (object
// header 16 bytes, GC header 16); other objects report their allocation size.
int64_t size_of(Value v) {
  if (v.is_small_int()) {
    uint64_t m = static_cast<uint64_t>(v.as_small_int() < 0 ? -v.as_small_int() : v.as_small_int());
    int digits = 1;
    while (m >= (uint64_t{1} << 30)) m >>= 30, ++digits;
    return 24 + 4 * digits;
  }
  if (v.is_double()) return 24;
  Object* o = v.as_object();
  TypeObject* t = o->type;
  if (is_int(v)) {
    if (is_bool(v)) return v.is(true_value()) ? 28 : 24;
    numeric::BigInt big = int_to_bigint(v);
    size_t bits = big.size() == 0 ? 0 : 64 * (big.size() - 1) + (64 - __builtin_clzll(big.limbs()[big.size() - 1]));
    return 24 + 4 * static_cast<int64_t>(bits == 0 ? 1 : (bits + 29) / 30);
  }
  if (is_str(v)) {
    StrObject* s = as_str(v);
    if (s->ascii) return 49 + s->length;
    if (s->kind == 1) return 73 + s->length;
    return 74 + (s->kind == 2 ? 2 : 4) * (s->length + 1) - (s->kind == 2 ? 0 : 2);
  }
  if (is_tuple(v)) return 40 + 8 * as_tuple(v)->size;
  if (is_list(v)) return 56 + 8 * as_list(v)->capacity;
  if (is_dict(v)) {
    DictObject* d = as_dict(v);
    if (d->index_mask < 0) return 64;
    int64_t slots = d->index_mask + 1;
    return 64 + 16 + slots + 24 * (slots * 2 / 3);
  }
  if (is_none(v)) return 16;
  int64_t size = t->basic_size;
  if (has_flag(t, kTypeGc)) size += 16;
  return size;
}

Value sys_getsizeof(VM& vm, Value, CallArgs args) {
  Value bound[2];
  if (!vm::parse_args(vm, args, "getsizeof", {"object", "default"}, 1, bound)) return Value();
  Value v = bound[0];
  Value method = type_lookup(vm, type_of(v), "__sizeof__");
  if (v.is_object() && has_flag(type_of(v), kTypeHeap) && !method.is_null()) {
    Ref result = Ref::steal(call_method(vm, v, vm.intern("__sizeof__"), nullptr, 0));
    if (result.is_null()) return Value();
    int64_t n;
    if (!index_int64(vm, result.get(), &n)) return Value();
    if (n < 0) return vm.raise(&exc_ValueError, "__sizeof__() should return >= 0");
    return make_int(n + 16);
  }
  return make_int(size_of(v));
}

Value sys_intern(VM& vm, Value, CallArgs args) {
  Value s = args.args[0];
  if (!is_str(s)) return vm.raise(&exc_TypeError, std::string("intern() argument must be str, not ") + type_name(s));
  if (!is_exact_str(s)) return vm.raise(&exc_TypeError, std::string("can't intern ") + type_name(s));
  StrObject* interned = vm.intern(str_utf8(as_str(s)));
  incref(interned);
  return Value::from_object(interned);
}

Value sys_get_int_max_str_digits(VM& vm, Value, CallArgs) { return small(vm.int_max_str_digits_); }

Value sys_set_int_max_str_digits(VM& vm, Value, CallArgs args) {
  Value bound[1];
  if (!vm::parse_args(vm, args, "set_int_max_str_digits", {"maxdigits"}, 1, bound)) return Value();
  int64_t n;
  if (!index_int64(vm, bound[0], &n)) return Value();
  if (n != 0 && n < 640) return vm.raise(&exc_ValueError, "maxdigits must be 0 or larger than 640");
  vm.int_max_str_digits_ = n > INT32_MAX ? INT32_MAX : static_cast<int>(n);
  return none();
}

Value sys_exc_info(VM& vm, Value, CallArgs) {
  Value e = vm.handled_exception();
  if (e.is_null() || is_none(e)) return Value::from_object(tuple_of({none(), none(), none()}));
  Value tb = as_exception(e)->traceback;
  return Value::from_object(
      tuple_of({Value::from_object(type_of(e)), e, tb.is_null() ? none() : tb}));
}

Value sys_exception(VM& vm, Value, CallArgs) {
  Value e = vm.handled_exception();
  if (e.is_null()) return none();
  incref(e);
  return e;
}

Value sys_settrace(VM& vm, Value, CallArgs args) {
  vm::set_python_trace(vm, args.args[0]);
  return none();
}
Value sys_setprofile(VM& vm, Value, CallArgs args) {
  vm::set_python_profile(vm, args.args[0]);
  return none();
}
Value hook_or_none(Value hook) {
  if (hook.is_null()) return none();
  incref(hook);
  return hook;
}
Value sys_gettrace(VM& vm, Value, CallArgs) { return hook_or_none(vm.trace_hook_object()); }
Value sys_getprofile(VM& vm, Value, CallArgs) { return hook_or_none(vm.profile_hook_object()); }

Value sys_str(VM& vm, const char* text) {
  StrObject* s = vm.intern(text);  // owned by the intern table: return a new reference
  incref(s);
  return Value::from_object(s);
}
Value sys_getdefaultencoding(VM& vm, Value, CallArgs) { return sys_str(vm, "utf-8"); }
Value sys_getfilesystemencodeerrors(VM& vm, Value, CallArgs) { return sys_str(vm, "surrogateescape"); }
Value sys_false(VM&, Value, CallArgs) { return false_value(); }

Value sys_module_attr(VM& vm, const char* name) {
  Value sys = dict_get_str(vm.modules(), vm.intern("sys"));
  if (sys.is_null()) return Value();
  return get_attribute_optional(vm, sys, vm.intern(name));
}

// sys.displayhook: what the interactive prompt does with an expression's value.
Value sys_displayhook(VM& vm, Value, CallArgs args) {
  Value v = args.args[0];
  if (is_none(v)) return none();
  StrObject* underscore = vm.intern("_");
  dict_set_str(vm.builtins(), underscore, none());
  Ref out = Ref::steal(sys_module_attr(vm, "stdout"));
  if (out.is_null() || is_none(out.get())) {
    if (!vm.has_error()) vm.raise(&exc_RuntimeError, "lost sys.stdout");
    return Value();
  }
  Ref text = Ref::steal(repr(vm, v));
  if (text.is_null()) return Value();
  Ref newline = Ref::steal(Value::from_object(str_from_ascii("\n")));
  Ref line = Ref::steal(Value::from_object(str_concat(as_str(text.get()), as_str(newline.get()))));
  Value arg = line.get();
  Ref written = Ref::steal(call_method(vm, out.get(), vm.intern("write"), &arg, 1));
  if (written.is_null()) return Value();
  dict_set_str(vm.builtins(), underscore, v);
  return none();
}

// sys.excepthook: prints the traceback as an uncaught exception prints.
Value sys_excepthook(VM& vm, Value, CallArgs args) {
  vm.print_exception(args.args[1]);
  return none();
}

const MethodDef kSysFunctions[] = {
    {"exit", sys_exit, ArgShape::kKeywords, 0, -1,
     "Exit the interpreter by raising SystemExit(status).\n\nIf the status is omitted or None, it defaults to zero "
     "(i.e., success).\nIf the status is an integer, it will be used as the system exit status.\nIf it is another "
     "kind of object, it will be printed and the system\nexit status will be one (i.e., failure)."},
    {"getrecursionlimit", sys_getrecursionlimit, ArgShape::kNoArgs, 0, 0, "Return the current value of the recursion limit."},
    {"setrecursionlimit", sys_setrecursionlimit, ArgShape::kOneArg, 1, 1, "Set the maximum depth of the Python interpreter stack to n."},
    {"getrefcount", sys_getrefcount, ArgShape::kOneArg, 1, 1, "Return the reference count of object."},
    {"getsizeof", sys_getsizeof, ArgShape::kKeywords, 1, 2, "getsizeof(object [, default]) -> int\n\nReturn the size of object in bytes."},
    {"intern", sys_intern, ArgShape::kOneArg, 1, 1, "``Intern'' the given string."},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, ArgShape::kNoArgs, 0, 0,
     "Return the maximum string digits limit for non-binary int<->str conversions."},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, ArgShape::kKeywords, 1, 1,
     "Set the maximum string digits limit for non-binary int<->str conversions."},
    {"exc_info", sys_exc_info, ArgShape::kNoArgs, 0, 0, "Return current exception information: (type, value, traceback)."},
    {"exception", sys_exception, ArgShape::kNoArgs, 0, 0, "Return the current exception."},
    {"_getframe", sys_getframe, ArgShape::kPositional, 0, 1, "Return a frame object from the call stack."},
    {"settrace", sys_settrace, ArgShape::kOneArg, 1, 1, "Set the global debug tracing function."},
    {"setprofile", sys_setprofile, ArgShape::kOneArg, 1, 1, "Set the profiling function."},
    {"gettrace", sys_gettrace, ArgShape::kNoArgs, 0, 0, "Return the global debug tracing function set with sys.settrace."},
    {"getprofile", sys_getprofile, ArgShape::kNoArgs, 0, 0, "Return the profiling function set with sys.setprofile."},
    {"getdefaultencoding", sys_getdefaultencoding, ArgShape::kNoArgs, 0, 0, "Return the current default encoding used by the Unicode implementation."},
    {"getfilesystemencoding", sys_getdefaultencoding, ArgShape::kNoArgs, 0, 0, "Return the encoding used to convert Unicode filenames to OS filenames."},
    {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors, ArgShape::kNoArgs, 0, 0, nullptr},
    {"is_finalizing", sys_false, ArgShape::kNoArgs, 0, 0, "Return True if Python is exiting."},
    {"displayhook", sys_displayhook, ArgShape::kOneArg, 1, 1, "Print an object to sys.stdout and also save it in builtins._"},
    {"excepthook", sys_excepthook, ArgShape::kPositional, 3, 3, "Handle an exception by displaying it with a traceback on sys.stderr."},
    {nullptr, nullptr},
};

void init_sys_types() {
  init_struct_sequence_type(&version_info_type, "sys.version_info", kVersionInfoFields);
  init_struct_sequence_type(&float_info_type, "sys.float_info", kFloatInfoFields);
  init_struct_sequence_type(&int_info_type, "sys.int_info", kIntInfoFields);
  init_struct_sequence_type(&hash_info_type, "sys.hash_info", kHashInfoFields);
  init_struct_sequence_type(&flags_type, "sys.flags", kFlagsFields);
  init_namespace_type();
  init_text_stream_type();
}

Value str_value(VM& vm, const char* text) { return Value::from_object(vm.intern(text)); }

}  // namespace

ModuleObject* make_sys_module(vm::VM& vm) {
  init_sys_types();
  ModuleObject* m = module_new(vm, vm.intern("sys"));
  add_owned(vm, m, "__doc__",
            Value::from_object(str_from_utf8("This module provides access to some objects used or maintained by the\n"
                                             "interpreter and to functions that interact strongly with the interpreter.")));
  add_functions(vm, m, kSysFunctions);
  // The defaults stay reachable as __displayhook__ / __excepthook__.
  add_value(vm, m, "__displayhook__", dict_get_str(m->dict, vm.intern("displayhook")));
  add_value(vm, m, "__excepthook__", dict_get_str(m->dict, vm.intern("excepthook")));

  add_value(vm, m, "modules", Value::from_object(vm.modules()));
  ListObject* argv = list_new();
  for (const std::string& a : program_argv()) list_append_owned(argv, Value::from_object(str_from_utf8(a)));
  add_owned(vm, m, "argv", Value::from_object(argv));
  add_owned(vm, m, "orig_argv", Value::from_object(list_from(argv->items, argv->size)));
  // sys.path[0]: the main program's folder ('' for the current one), where imports of
  // the user's modules look.
  std::string script = program_argv().empty() ? std::string() : program_argv()[0];
  size_t slash = script.rfind('/');
  std::string folder = slash == std::string::npos ? std::string() : script.substr(0, slash == 0 ? 1 : slash);
  ListObject* path = list_new();
  list_append_owned(path, Value::from_object(str_from_utf8(folder)));
  add_owned(vm, m, "path", Value::from_object(path));
  add_owned(vm, m, "meta_path", Value::from_object(list_new()));
  add_owned(vm, m, "path_hooks", Value::from_object(list_new()));
  add_owned(vm, m, "path_importer_cache", Value::from_object(dict_new()));
  add_owned(vm, m, "warnoptions", Value::from_object(list_new()));
  add_owned(vm, m, "_xoptions", Value::from_object(dict_new()));

  const std::vector<std::string_view>& names = builtin_module_names();
  TupleObject* builtin_names = tuple_alloc(static_cast<int64_t>(names.size()));
  for (size_t i = 0; i < names.size(); ++i) builtin_names->items()[i] = Value::from_object(str_from_utf8(names[i]));
  add_owned(vm, m, "builtin_module_names", Value::from_object(builtin_names));

  add_value(vm, m, "byteorder", str_value(vm, "little"));
  add_owned(vm, m, "maxsize", make_int(INT64_MAX));
  add_value(vm, m, "maxunicode", small(0x10FFFF));
  add_value(vm, m, "platform", str_value(vm, kPlatform));
  add_value(vm, m, "version", str_value(vm, kVersion));
  add_value(vm, m, "hexversion", small(kMajor << 24 | kMinor << 16 | kMicro << 8 | 0xF0));
  add_value(vm, m, "api_version", small(1013));
  add_value(vm, m, "copyright", str_value(vm, "Glasspy: a Python 3.11 interpreter in C++."));
  add_value(vm, m, "float_repr_style", str_value(vm, "short"));
  add_value(vm, m, "executable", str_value(vm, ""));
  add_value(vm, m, "_base_executable", str_value(vm, ""));
  for (const char* name : {"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"})
    add_value(vm, m, name, str_value(vm, "/glasspy"));
  add_value(vm, m, "platlibdir", str_value(vm, "lib"));
  add_value(vm, m, "abiflags", str_value(vm, ""));
  add_value(vm, m, "pycache_prefix", none());
  add_value(vm, m, "dont_write_bytecode", true_value());

  Ref release = Ref::borrow(str_value(vm, "final"));
  Ref version_info = Ref::steal(Value::from_object(struct_sequence_new(
      &version_info_type, {small(kMajor), small(kMinor), small(kMicro), release.get(), small(0)})));
  add_value(vm, m, "version_info", version_info.get());
  add_owned(vm, m, "float_info",
            Value::from_object(struct_sequence_new(
                &float_info_type,
                {Value::from_double(1.7976931348623157e+308), small(1024), small(308),
                 Value::from_double(2.2250738585072014e-308), small(-1021), small(-307), small(15), small(53),
                 Value::from_double(2.220446049250313e-16), small(2), small(1)})));
  add_owned(vm, m, "int_info",
            Value::from_object(struct_sequence_new(&int_info_type, {small(30), small(4), small(4300), small(640)})));
  Ref modulus = Ref::steal(make_int((int64_t{1} << 61) - 1));
  Ref algorithm = Ref::borrow(str_value(vm, "siphash13"));
  add_owned(vm, m, "hash_info",
            Value::from_object(struct_sequence_new(
                &hash_info_type, {small(64), modulus.get(), small(314159), small(0), small(1000003),
                                  algorithm.get(), small(64), small(128), small(0)})));
  add_owned(vm, m, "flags",
            Value::from_object(struct_sequence_new(
                &flags_type, {small(0), small(0), small(0), small(0), small(1), small(0), small(0), small(0),
                              small(0), small(0), small(0), small(0), small(0), false_value(), small(0),
                              small(0), false_value(), small(-1)})));

  DictObject* impl = dict_new();
  dict_set_str(impl, vm.intern("name"), str_value(vm, "glasspy"));
  dict_set_str(impl, vm.intern("cache_tag"), none());
  dict_set_str(impl, vm.intern("version"), version_info.get());
  dict_set_str(impl, vm.intern("hexversion"), small(kMajor << 24 | kMinor << 16 | kMicro << 8 | 0xF0));
  add_owned(vm, m, "implementation", namespace_new(impl));
  decref(impl);

  struct {
    const char* name;
    StreamKind kind;
  } streams[] = {{"stdin", StreamKind::kStdin}, {"stdout", StreamKind::kStdout}, {"stderr", StreamKind::kStderr}};
  for (const auto& s : streams) {
    Ref stream = Ref::steal(text_stream_new(s.kind));
    add_value(vm, m, s.name, stream.get());
    add_value(vm, m, (std::string("__") + s.name + "__").c_str(), stream.get());
  }
  return m;
}

}  // namespace glasspy::modules
