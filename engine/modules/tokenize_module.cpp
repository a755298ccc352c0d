// The _tokenize module (modules stage): the token stream of lex/tokenize_compat (the
// emulation of CPython's pure-Python tokenize) as Python tuples, and the token table
// (lex/token_kind.def) for engine/lib/token.py. tokenize.py wraps these in TokenInfo.
#include <string>
#include <string_view>

#include "lex/token_kind.h"
#include "lex/tokenize_machine.h"
#include "modules/builtin_modules.h"
#include "modules/introspect_helpers.h"
#include "objects/bytes_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::modules {

using namespace objects;

namespace {

Value position(int row, int col) { return steal_tuple({make_int(row), make_int(col)}); }

Value code_points(const std::u32string& text, size_t begin, size_t end) {
  if (end <= begin) return Value::from_object(str_empty());
  return Value::from_object(str_from_code_points(text.data() + begin, end - begin));
}

// (encoding or None, [(type, string, (row, col), (row, col), line), ...], error or None)
// with error = (exception name, message, line, col).
Value run_result(const lex::tokenize_detail::Run& run, bool with_encoding) {
  ListObject* tokens = list_new(static_cast<int64_t>(run.tokens.size()));
  for (const lex::tokenize_detail::RawToken& t : run.tokens) {
    Value string = t.type == lex::TokenKind::ENCODING ? Value::from_object(str_from_utf8(run.encoding))
                                                       : code_points(run.text, t.text_begin, t.text_end);
    Value item = steal_tuple({make_int(static_cast<int>(t.type)), string, position(t.start_row, t.start_col),
                              position(t.end_row, t.end_col), code_points(run.text, t.line_begin, t.line_end)});
    list_append_owned(tokens, item);
  }
  Value error = owned_none();
  if (run.failed) {
    error = steal_tuple({Value::from_object(str_from_utf8(run.error.type)), Value::from_object(str_from_utf8(run.error.message)),
                         make_int(run.error.line), make_int(run.error.col)});
  }
  Value encoding = with_encoding ? Value::from_object(str_from_utf8(run.encoding)) : owned_none();
  return steal_tuple({encoding, Value::from_object(tokens), error});
}

// _tokenize_bytes(data): tokenize.tokenize over a file's bytes (encoding detected).
Value tokenize_bytes(VM& vm, Value, CallArgs args) {
  std::string_view data;
  if (!bytes_like_view(args.args[0], &data)) return vm.raise(&exc_TypeError, "a bytes-like object is required");
  return run_result(lex::tokenize_detail::tokenize_file(data, nullptr), true);
}

// _tokenize_str(text): tokenize.generate_tokens over str lines (no ENCODING token).
Value tokenize_str(VM& vm, Value, CallArgs args) {
  if (!is_str(args.args[0])) return vm.raise(&exc_TypeError, "str expected");
  return run_result(lex::tokenize_detail::tokenize_stdin(str_utf8(as_str(args.args[0]))), false);
}

// _token_table(): (name, number, operator text or None) per token kind, in number order.
Value token_table(VM&, Value, CallArgs) {
  ListObject* rows = list_new();
  int number = 0;
#define GP_TOKEN(name, exact_text)                                                                              \
  {                                                                                                             \
    const char* op_text = exact_text;                                                                           \
    Value spelling = op_text == nullptr ? owned_none() : Value::from_object(str_from_ascii(op_text));          \
    list_append_owned(rows, steal_tuple({Value::from_object(str_from_ascii(#name)), make_int(number), spelling})); \
    ++number;                                                                                                   \
  }
#include "lex/token_kind.def"
#undef GP_TOKEN
  return Value::from_object(rows);
}

const MethodDef kTokenizeFunctions[] = {
    {"_tokenize_bytes", tokenize_bytes, ArgShape::kOneArg, 1, 1, nullptr},
    {"_tokenize_str", tokenize_str, ArgShape::kOneArg, 1, 1, nullptr},
    {"_token_table", token_table, ArgShape::kNoArgs, 0, 0, nullptr},
    {nullptr, nullptr},
};

}  // namespace

ModuleObject* make_tokenize_module(vm::VM& vm) {
  ModuleObject* m = module_new(vm, vm.intern("_tokenize"));
  add_functions(vm, m, kTokenizeFunctions);
  return m;
}

}  // namespace glasspy::modules
