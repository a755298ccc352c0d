// libFuzzer target for the parsing stage: feeds arbitrary bytes to parse::parse_module as
// `ast.parse` does (a string) and as `python3 FILE` does (decode_source_file, a file, then
// the compile-stage checks), and prints what it parsed with ast::dump and ast::to_json.
// Invariants make a parse that fails without an error, an empty message or broken UTF-8
// crash; ASan/UBSan catch the memory errors and libFuzzer's -timeout the hangs. Set
// GLASSPY_FUZZ_COMPILE=1 to also compile each tree to bytecode (the compiler's own bugs).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "ast/ast_dump.h"
#include "ast/ast_json.h"
#include "compile/compiler.h"
#include "parse/compile_checks.h"
#include "parse/parser.h"
#include "parse/source_decode.h"
#include "parse/syntax_error.h"
#include "fuzz_utf8.h"

namespace {

using glasspy::fuzz::is_valid_utf8;
using glasspy::parse::CompileError;
using glasspy::parse::ParseResult;
using glasspy::parse::SourceKind;

// A broken invariant: say which and abort, so libFuzzer keeps the input.
void require(bool ok, const char* stage, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "\n*** %s invariant broken: %s\n", stage, what);
  std::abort();
}

// What is true of every compile-time error, and its printed form.
void check_error(const CompileError& e, bool valid_input, const char* stage) {
  // CPython's parser raises a bare MemoryError past its nesting limit.
  require(!e.message.empty() || e.type == glasspy::parse::ErrorType::kMemoryError, stage,
          "error with an empty message");
  require(!valid_input || is_valid_utf8(e.message), stage, "error message is not valid UTF-8");
  require(!e.has_location || e.lineno >= 0, stage, "error at a negative line");
  std::string printed = glasspy::parse::format_compile_error(e, "fuzz.py");
  require(!printed.empty() && printed.back() == '\n', stage, "printed error does not end a line");
}

// Parses `source` as `kind`; on success prints the tree both ways and (files) runs the
// compile-stage checks, optionally the compiler.
void fuzz_parse(std::string_view source, SourceKind kind, bool declared_encoding, bool valid_input) {
  const char* stage = kind == SourceKind::kFile ? "parse_module(file)" : "parse_module(string)";
  ParseResult result = glasspy::parse::parse_module(source, kind, declared_encoding);
  require((result.module == nullptr) == result.error.has_value(), stage, "a tree and an error, or neither");
  for (const glasspy::parse::CompileWarning& w : result.warnings) {
    require(!w.category.empty() && !w.message.empty(), stage, "warning without category or message");
    std::string printed = glasspy::parse::format_compile_warning(w, "fuzz.py", "x");
    require(!printed.empty(), stage, "warning prints nothing");
  }
  if (result.error) {
    check_error(*result.error, valid_input, stage);
    return;
  }

  // The dumps: one line with positions for files, indented without for strings, so both
  // paths of ast.dump get exercised.
  const char* dump_stage = "ast::dump";
  std::string too_deep = glasspy::ast::python_dump_recursion_error(result.module);
  glasspy::ast::DumpOptions options;
  options.include_attributes = kind == SourceKind::kFile;
  options.indent = kind == SourceKind::kFile ? -1 : 4;
  std::string dump = glasspy::ast::dump(result.module, options);
  require(dump.compare(0, 7, "Module(") == 0, dump_stage, "dump does not start with Module(");
  require(dump.back() == ')', dump_stage, "dump does not end with ')'");
  require(!valid_input || is_valid_utf8(dump), dump_stage, "dump is not valid UTF-8");
  require(too_deep.empty() || too_deep.find("RecursionError") != std::string::npos, dump_stage,
          "recursion message is not a RecursionError");
  std::string json = glasspy::ast::to_json(result.module);
  require(json.size() >= 2 && json.front() == '{' && json.back() == '}', "ast::to_json", "JSON is not an object");
  require(!valid_input || is_valid_utf8(json), "ast::to_json", "JSON is not valid UTF-8");

  if (kind != SourceKind::kFile) return;
  std::optional<CompileError> error = glasspy::parse::check_module(*result.module, source, kind);
  if (error) {
    check_error(*error, valid_input, "check_module");
    return;
  }
  static const bool compile = std::getenv("GLASSPY_FUZZ_COMPILE") != nullptr;
  if (compile) (void)glasspy::compile::compile_module(*result.module, "fuzz.py");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  bool valid_input = is_valid_utf8(bytes);
  // ast.parse of the text (what --ast does); the parser takes UTF-8 but must survive any bytes.
  fuzz_parse(bytes, SourceKind::kString, false, valid_input);
  // A script file: decoded as CPython's tokenizer decodes it, then parsed and checked.
  glasspy::parse::DecodedSource decoded = glasspy::parse::decode_source_file(bytes, "fuzz.py");
  if (!decoded.ok) {
    require(!decoded.error.empty(), "decode_source_file", "failure without a message");
    return 0;
  }
  require(is_valid_utf8(decoded.text) || !valid_input, "decode_source_file", "decoded text is not UTF-8");
  fuzz_parse(decoded.text, SourceKind::kFile, decoded.declared_encoding, is_valid_utf8(decoded.text));
  return 0;
}
