// JSON rendering of tokenize's tokens for JavaScript (wasm glue): one string crosses the
// JS boundary instead of one Embind object per token. Plain C++, no Emscripten.
#pragma once
#include <string>

#include "lex/tokenize_compat.h"

namespace glasspy::wasm {

// `[{"type":"NAME","exact_type":"NAME","string":"x","start":[1,0],"end":[1,1]},...]`:
// type names as tokenize.tok_name has them, lines 1-based, columns in code points.
std::string tokens_to_json(const lex::TokenizeResult& result);

// Appends `text` as a JSON string literal (quotes included). `text` is UTF-8 and passes
// through unchanged apart from the escapes JSON requires.
void append_json_string(std::string& out, std::string_view text);

}  // namespace glasspy::wasm
