// Emulation of the stdlib tokenize module (lexing stage). PLACEHOLDER: being written.
#include "lex/tokenize_compat.h"

namespace glasspy::lex {

TokenizeResult tokenize_source(std::string_view) { return {}; }

TokenizeDump tokenize_dump(std::string_view, std::string_view, bool) {
  return {"", "tokenize emulation not written yet\n", 1};
}

}  // namespace glasspy::lex
