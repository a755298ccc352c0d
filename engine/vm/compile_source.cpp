// Source text to code objects inside a running VM (VM stage): parse, compile-time checks,
// compile, and compile errors as Python exceptions.
#include "vm/compile_source.h"

#include "compile/compiler.h"
#include "objects/callable_objects.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "parse/compile_checks.h"
#include "vm/vm.h"

namespace glasspy::vm {

using namespace objects;

namespace {

Value str_value(std::string_view text) { return Value::from_object(str_from_utf8(text)); }

}  // namespace

Value compile_error_exception(VM& vm, const parse::CompileError& error, const std::string& filename) {
  (void)vm;
  TypeObject* type = &exc_SyntaxError;
  switch (error.type) {
    case parse::ErrorType::kSyntaxError: type = &exc_SyntaxError; break;
    case parse::ErrorType::kIndentationError: type = &exc_IndentationError; break;
    case parse::ErrorType::kTabError: type = &exc_TabError; break;
    case parse::ErrorType::kMemoryError: type = &exc_MemoryError; break;
    case parse::ErrorType::kRecursionError: type = &exc_RecursionError; break;
  }
  if (!error.has_location) {
    if (error.message.empty()) return Value::from_object(exception_new(type, tuple_alloc(0)));
    return Value::from_object(exception_with_message(type, error.message));
  }
  Value location[6] = {str_value(filename), make_int(error.lineno), make_int(error.offset),
                       error.has_text ? str_value(error.text) : none(), make_int(error.end_lineno),
                       error.end_offset == parse::kNoEndOffset ? none() : make_int(error.end_offset)};
  TupleObject* location_tuple = tuple_from(location, 6);
  for (Value v : location) decref(v);
  Value args[2] = {str_value(error.message), Value::from_object(location_tuple)};
  TupleObject* args_tuple = tuple_from(args, 2);
  decref(args[0]);
  decref(args[1]);
  ExceptionObject* e = exception_new(type, args_tuple);
  decref(args_tuple);
  return Value::from_object(e);
}

Value compile_module_source(VM& vm, std::string_view text, const std::string& filename, parse::SourceKind kind,
                            bool declared_encoding, parse::ParseMode mode) {
  parse::ParseResult result = parse::parse_module(text, kind, declared_encoding, mode);
  for (const parse::CompileWarning& w : result.warnings) {
    vm.host().write_stderr(parse::format_compile_warning(w, filename, source_line(text, w.lineno)));
  }
  std::optional<parse::CompileError> error = std::move(result.error);
  if (result.module != nullptr) error = parse::check_module(*result.module, text, kind);
  if (error) {
    Value e = compile_error_exception(vm, *error, filename);
    vm.restore_error(e);
    return Value();
  }
  auto unit = compile::compile_module(*result.module, filename, mode == parse::ParseMode::kEval,
                                     mode == parse::ParseMode::kSingle);
  return Value::from_object(code_from_unit(vm, std::move(unit)));
}

}  // namespace glasspy::vm
