// compile, eval and exec (builtins stage): source (str or bytes) to code objects through
// vm/compile_source (parser, checks, compiler), run by the VM in the given namespaces.
// Mode 'single' compiles one interactive statement whose expression values are printed.
#include <string>

#include "builtins/builtins_internal.h"
#include "objects/builtin_types.h"
#include "objects/bytes_object.h"
#include "objects/callable_objects.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "parse/source_decode.h"
#include "vm/arg_parse.h"
#include "vm/compile_source.h"
#include "vm/frame.h"
#include "vm/vm_import.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

namespace {

enum class Mode { kExec, kEval, kSingle };

// The UTF-8 text of a str or bytes source; false with the error raised (TypeError
// `type_message` for other types, SyntaxError for NUL characters).
bool source_text(VM& vm, Value source, const char* type_message, std::string* out, bool* declared_encoding) {
  *declared_encoding = false;
  if (is_str(source)) {
    *out = std::string(str_utf8(as_str(source)));
  } else {
    std::string_view bytes;
    if (!bytes_like_view(source, &bytes)) {
      vm.raise(&exc_TypeError, type_message);
      return false;
    }
    if (bytes.find('\0') == std::string_view::npos) {
      parse::DecodedSource decoded = parse::decode_source_file(bytes, "<string>");
      if (!decoded.ok) {
        vm.raise(&exc_SyntaxError, decoded.error);
        return false;
      }
      *out = std::move(decoded.text);
      *declared_encoding = decoded.declared_encoding;
    } else {
      *out = std::string(bytes);
    }
  }
  if (out->find('\0') != std::string::npos) {
    vm.raise(&exc_SyntaxError, "source code string cannot contain null bytes");
    return false;
  }
  return true;
}

// A code object for `text`; null with the SyntaxError raised.
Value compile_text(VM& vm, std::string_view text, const std::string& filename, Mode mode, bool declared_encoding) {
  parse::ParseMode parse_mode = mode == Mode::kEval     ? parse::ParseMode::kEval
                               : mode == Mode::kSingle ? parse::ParseMode::kSingle
                                                       : parse::ParseMode::kExec;
  return vm::compile_module_source(vm, text, filename, parse::SourceKind::kString, declared_encoding, parse_mode);
}

// compile()'s filename: str, or bytes decoded as UTF-8.
bool filename_text(VM& vm, Value v, std::string* out) {
  if (is_str(v)) {
    *out = std::string(str_utf8(as_str(v)));
    return true;
  }
  std::string_view bytes;
  if (is_bytes(v) && bytes_like_view(v, &bytes)) {
    *out = std::string(bytes);
    return true;
  }
  vm.raise(&exc_TypeError, std::string("expected str, bytes or os.PathLike object, not ") + type_name(v));
  return false;
}

// CPython's PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK: the flags compile() accepts.
constexpr int64_t kOnlyAst = 0x400;
constexpr int64_t kAllowedFlags = 0x1FE0000 | 0x10 | 0x400 | 0x2000 | 0x1000 | 0x200 | 0x4000;

// The namespaces of exec/eval: the caller's when globals is None (and its locals when
// locals is None too), locals = globals when only globals is given. New references.
bool resolve_namespaces(VM& vm, Value globals_arg, Value locals_arg, DictObject** globals, Value* locals,
                        DictObject** builtins) {
  vm::Frame* frame = vm.current_frame();
  if (globals_arg.is_null() || is_none(globals_arg)) {
    if (frame == nullptr) {
      vm.raise(&exc_SystemError, "globals and locals cannot be NULL");
      return false;
    }
    *globals = frame->globals;
    if (locals_arg.is_null() || is_none(locals_arg)) {
      CallArgs none_args;
      Value l = builtin_locals(vm, Value(), none_args);
      if (l.is_null()) return false;
      incref(*globals);
      *locals = l;
      *builtins = frame->builtins;
      return true;
    }
  } else {
    *globals = as_dict(globals_arg);
  }
  incref(*globals);
  *locals = locals_arg.is_null() || is_none(locals_arg) ? Value::from_object(*globals) : locals_arg;
  incref(*locals);
  *builtins = frame != nullptr ? frame->builtins : vm.builtins();
  return true;
}

// Runs `source` (a code object, str or bytes) for exec/eval.
Value run_source(VM& vm, const char* fname, Value source, Value globals_arg, Value locals_arg, Mode mode) {
  bool eval = mode == Mode::kEval;
  if (!globals_arg.is_null() && !is_none(globals_arg) && !is_dict(globals_arg)) {
    if (eval)
      return vm.raise(&exc_TypeError, type_of(globals_arg)->getitem != nullptr
                                          ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                          : "globals must be a dict");
    return vm.raise(&exc_TypeError, std::string("exec() globals must be a dict, not ") + type_name(globals_arg));
  }
  if (!locals_arg.is_null() && !is_none(locals_arg) && type_of(locals_arg)->getitem == nullptr) {
    if (eval) return vm.raise(&exc_TypeError, "locals must be a mapping");
    return vm.raise(&exc_TypeError, std::string("locals must be a mapping or None, not ") + type_name(locals_arg));
  }
  DictObject* globals = nullptr;
  Value locals;
  DictObject* builtins = nullptr;
  if (!resolve_namespaces(vm, globals_arg, locals_arg, &globals, &locals, &builtins)) return Value();
  Ref hold_globals = Ref::steal(Value::from_object(globals));
  Ref hold_locals = Ref::steal(locals);
  StrObject* builtins_key = vm.intern("__builtins__");
  if (dict_get_str(globals, builtins_key).is_null()) dict_set_str(globals, builtins_key, Value::from_object(builtins));

  Ref code;
  if (is_code(source)) {
    int nfrees = as_code(source)->nfrees;
    if (nfrees > 0 && eval)
      return vm.raise(&exc_TypeError, "code object passed to eval() may not contain free variables");
    if (nfrees > 0)
      return vm.raise(&exc_TypeError,
                      "code object requires a closure of exactly length " + std::to_string(nfrees));
    code = Ref::borrow(source);
  } else {
    std::string text;
    bool declared = false;
    std::string type_message = std::string(fname) + "() arg 1 must be a string, bytes or code object";
    if (!source_text(vm, source, type_message.c_str(), &text, &declared)) return Value();
    std::string_view view = text;
    if (eval) {
      // eval() ignores leading spaces and tabs (exec() does not).
      while (!view.empty() && (view.front() == ' ' || view.front() == '\t')) view.remove_prefix(1);
    }
    code = Ref::steal(compile_text(vm, view, "<string>", mode, declared));
    if (code.is_null()) return Value();
  }
  Value result = vm.run_code(as_code(code.get()), globals, locals);
  if (result.is_null() || eval) return result;
  decref(result);
  return none();
}

// True when `v` is an instance of ast.AST (only asked after a source was rejected, so the
// ast module is imported only then).
bool is_ast_object(VM& vm, Value v) {
  Ref ast_module = Ref::steal(vm::import_absolute(vm, vm.intern("ast")));
  if (!ast_module) {
    vm.clear_error();
    return false;
  }
  Ref ast_class = Ref::steal(getattr(vm, ast_module.get(), "AST"));
  if (!ast_class) {
    vm.clear_error();
    return false;
  }
  int r = isinstance(vm, v, ast_class.get());
  if (r < 0) vm.clear_error();
  return r > 0;
}

}  // namespace

Value builtin_compile(VM& vm, Value, CallArgs args) {
  Value p[7];
  if (!vm::parse_args(vm, args, "compile",
                      {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, 3, p,
                      0, 6))
    return Value();
  std::string filename;
  if (!filename_text(vm, p[1], &filename)) return Value();
  if (!is_str(p[2])) return vm.raise(&exc_TypeError, std::string("compile() argument 'mode' must be str, not ") + type_name(p[2]));
  int64_t flags = 0, optimize = -1;
  if (!p[3].is_null() && !index_int64(vm, p[3], &flags)) return Value();
  if (!p[4].is_null() && truthy(vm, p[4]) < 0) return Value();
  if (!p[5].is_null() && !index_int64(vm, p[5], &optimize)) return Value();
  if ((flags & ~kAllowedFlags) != 0) return vm.raise(&exc_ValueError, "compile(): unrecognised flags");
  if (optimize < -1 || optimize > 2) return vm.raise(&exc_ValueError, "compile(): invalid optimize value");
  StrObject* mode_text = as_str(p[2]);
  Mode mode;
  if (str_equals_utf8(mode_text, "exec")) {
    mode = Mode::kExec;
  } else if (str_equals_utf8(mode_text, "eval")) {
    mode = Mode::kEval;
  } else if (str_equals_utf8(mode_text, "single")) {
    mode = Mode::kSingle;
  } else {
    return vm.raise(&exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  if ((flags & kOnlyAst) != 0 && !is_str(p[0]) && !is_bytes(p[0]) && is_ast_object(vm, p[0])) {
    incref(p[0]);  // an AST asked for as an AST: the tree itself, as CPython
    return p[0];
  }
  if ((flags & kOnlyAst) != 0) {
    // The tree as ast objects: what ast.parse builds (the frozen ast module's classes).
    Ref ast_module = Ref::steal(vm::import_absolute(vm, vm.intern("ast")));
    if (!ast_module) return Value();
    Ref parse = Ref::steal(getattr(vm, ast_module.get(), "parse"));
    if (!parse) return Value();
    Value parse_args[3] = {p[0], p[1], p[2]};
    return call(vm, parse.get(), CallArgs{parse_args, 3, nullptr});
  }
  std::string text;
  bool declared = false;
  if (!source_text(vm, p[0], "compile() arg 1 must be a string, bytes or AST object", &text, &declared)) {
    if (!vm.error_matches(&exc_TypeError)) return Value();
    Value type_error = vm.fetch_error();  // set aside while the ast module is asked
    if (!is_ast_object(vm, p[0])) {
      vm.restore_error(type_error);
      return Value();
    }
    decref(type_error);
    // The tree goes back through _ast (its objects to the C++ tree) to the compiler.
    Ref ast_core = Ref::steal(vm::import_absolute(vm, vm.intern("_ast")));
    if (!ast_core) return Value();
    Ref compile_tree = Ref::steal(getattr(vm, ast_core.get(), "_compile"));
    if (!compile_tree) return Value();
    Ref name = Ref::steal(Value::from_object(str_from_utf8(filename)));
    Value compile_args[3] = {p[0], name.get(), p[2]};
    return call(vm, compile_tree.get(), CallArgs{compile_args, 3, nullptr});
  }
  return compile_text(vm, text, filename, mode, declared);
}

Value builtin_eval(VM& vm, Value, CallArgs args) {
  return run_source(vm, "eval", args.args[0], args.nargs > 1 ? args.args[1] : Value(),
                    args.nargs > 2 ? args.args[2] : Value(), Mode::kEval);
}

Value builtin_exec(VM& vm, Value, CallArgs args) {
  if (args.nargs < 1)
    return vm.raise(&exc_TypeError, "exec() takes at least 1 positional argument (" + std::to_string(args.nargs) + " given)");
  if (args.nargs > 3)
    return vm.raise(&exc_TypeError, "exec() takes at most 3 positional arguments (" + std::to_string(args.nargs) + " given)");
  Value kw[1];
  if (!bind_keywords(vm, args, "exec", {"closure"}, kw)) return Value();
  if (!kw[0].is_null() && !is_none(kw[0]))
    return vm.raise(&exc_NotImplementedError, "exec(): closure= is not supported");
  return run_source(vm, "exec", args.args[0], args.nargs > 1 ? args.args[1] : Value(),
                    args.nargs > 2 ? args.args[2] : Value(), Mode::kExec);
}

}  // namespace glasspy::builtins
