// The parse of a source as JSON for JavaScript (wasm glue): the ast.dump text, the tree and
// the syntax error, in one string. Plain C++, no Emscripten.
#pragma once
#include <string>

namespace glasspy::wasm {

// `{"dump": "...", "tree": {...}, "error": null}` for a source that parses (dump is
// ast.dump(tree, indent=4); the tree as ast/ast_json.h describes it), or
// `{"dump": null, "tree": null, "error": {"type", "message", "lineno", "offset",
// "end_lineno", "end_offset", "text", "formatted"}}` where formatted is what python3
// prints for a file named `filename`.
std::string parse_to_json(const std::string& source, const std::string& filename);

}  // namespace glasspy::wasm
