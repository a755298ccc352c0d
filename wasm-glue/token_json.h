// JSON rendering of tokenize's tokens for JavaScript (wasm glue): one string crosses the
// JS boundary instead of one Embind object per token. Plain C++, no Emscripten.
#pragma once
#include <string>

#include "lex/tokenize_compat.h"

namespace glasspy::wasm {

// `[{"type":"NAME","exact_type":"NAME","string":"x","start":[1,0],"end":[1,1]},...]`:
// type names as tokenize.tok_name has them, lines 1-based, columns in code points.
std::string tokens_to_json(const lex::TokenizeResult& result);

}  // namespace glasspy::wasm
