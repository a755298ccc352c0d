// The engine's facade: the one header the CLI and wasm-glue include.
#pragma once
#include "ast/ast.h"
#include "ast/ast_dump.h"
#include "lex/lexer.h"
#include "lex/lexer_dump.h"
#include "lex/token_kind.h"
#include "lex/tokenize_compat.h"
#include "parse/compile_checks.h"
#include "parse/parser.h"
#include "parse/source_decode.h"
#include "parse/syntax_error.h"

namespace glasspy {

// The engine's version string, printed by `glasspy --version`.
inline constexpr const char* kVersion = "0.1.0";

}  // namespace glasspy
