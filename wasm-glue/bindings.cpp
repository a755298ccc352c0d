// Embind bindings (wasm glue): the JavaScript face of the engine. The only file that
// includes Emscripten; web/glasspy.mjs wraps what it exports in an ES module API.
#include <emscripten/bind.h>

#include <string>

#include "glasspy.h"
#include "parse_json.h"
#include "token_json.h"

namespace glasspy::wasm {
namespace {

// The file name tokens() gives tokenize's error messages: the output equals
// `python3 -m tokenize main.py` for a file holding the source (with the ENCODING token
// first, which reading standard input would leave out).
constexpr std::string_view kDefaultFileName = "main.py";

// What `python3 -m tokenize [-e]` wrote: standard output, standard error, exit status.
struct TokenDumpResult {
  std::string out;
  std::string err;
  int exit_status = 0;
};

// One interpreter as JavaScript sees it. All state lives in the instance (DESIGN
// decision 3), so a page can hold several (one per snippet) in one wasm instance. For now
// it exposes the lexing stage; running code arrives with the compiler and VM.
class Interpreter {
 public:
  // `python3 -m tokenize main.py` standard output for `source`.
  std::string tokens(const std::string& source) const {
    return lex::tokenize_dump(source, kDefaultFileName, false).out;
  }

  // `python3 -m tokenize [-e] FILENAME`: standard output, standard error, exit status.
  TokenDumpResult token_dump(const std::string& source, bool exact, const std::string& filename) const {
    lex::TokenizeDump dump = lex::tokenize_dump(source, filename, exact);
    return {std::move(dump.out), std::move(dump.err), dump.exit_status};
  }

  // The tokens as JSON (see token_json.h), for tables and editor highlighting.
  std::string tokens_json(const std::string& source) const {
    return tokens_to_json(lex::tokenize_source(source));
  }

  // The parse as JSON (see parse_json.h): ast.dump text, tree and syntax error.
  std::string ast_json(const std::string& source) const {
    return parse_to_json(source, std::string(kDefaultFileName));
  }

  std::string version() const { return kVersion; }
};

std::string engine_version() { return kVersion; }

}  // namespace
}  // namespace glasspy::wasm

EMSCRIPTEN_BINDINGS(glasspy) {
  using namespace emscripten;
  using glasspy::wasm::Interpreter;
  using glasspy::wasm::TokenDumpResult;

  value_object<TokenDumpResult>("TokenDumpResult")
      .field("out", &TokenDumpResult::out)
      .field("err", &TokenDumpResult::err)
      .field("exitStatus", &TokenDumpResult::exit_status);

  class_<Interpreter>("Interpreter")
      .constructor<>()
      .function("tokens", &Interpreter::tokens)
      .function("tokenDump", &Interpreter::token_dump)
      .function("tokensJson", &Interpreter::tokens_json)
      .function("astJson", &Interpreter::ast_json)
      .property("version", &Interpreter::version);

  function("version", &glasspy::wasm::engine_version);
}
