// The parse of a source as JSON (wasm glue).
#include "parse_json.h"

#include "ast/ast_dump.h"
#include "ast/ast_json.h"
#include "parse/parser.h"
#include "text/json_string.h"

namespace glasspy::wasm {

std::string parse_to_json(const std::string& source, const std::string& filename) {
  parse::ParseResult result = parse::parse_module(source);
  std::string out = "{\"dump\":";
  if (result.module != nullptr && !result.error) {
    // A tree that CPython's ast.dump cannot print (RecursionError) would print here with an
    // indentation quadratic in its depth (gigabytes): give the tree without the text.
    if (!ast::python_dump_recursion_error(result.module).empty()) {
      return out + "null,\"tree\":" + ast::to_json(result.module) + ",\"error\":null}";
    }
    ast::DumpOptions options;
    options.indent = 4;
    text::append_json_string(out, ast::dump(result.module, options));
    out += ",\"tree\":" + ast::to_json(result.module) + ",\"error\":null}";
    return out;
  }
  out += "null,\"tree\":null,\"error\":";
  if (!result.error) return out + "null}";
  const parse::CompileError& e = *result.error;
  out += "{\"type\":";
  text::append_json_string(out, parse::error_type_name(e.type));
  out += ",\"message\":";
  text::append_json_string(out, e.message);
  out += ",\"lineno\":" + std::to_string(e.lineno) + ",\"offset\":" + std::to_string(e.offset);
  out += ",\"end_lineno\":" + std::to_string(e.end_lineno) + ",\"end_offset\":";
  out += e.end_offset == parse::kNoEndOffset ? std::string("null") : std::to_string(e.end_offset);
  out += ",\"text\":";
  if (e.has_text) {
    text::append_json_string(out, e.text);
  } else {
    out += "null";
  }
  out += ",\"formatted\":";
  text::append_json_string(out, parse::format_compile_error(e, filename));
  out += "}}";
  return out;
}

}  // namespace glasspy::wasm
