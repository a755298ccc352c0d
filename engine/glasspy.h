// The engine's facade: the one header the CLI and wasm-glue include.
#pragma once
#include "lex/lexer.h"
#include "lex/lexer_dump.h"
#include "lex/token_kind.h"
#include "lex/tokenize_compat.h"

namespace glasspy {

// The engine's version string, printed by `glasspy --version`.
inline constexpr const char* kVersion = "0.1.0";

}  // namespace glasspy
