// Embind bindings (wasm glue): the JavaScript face of the engine. The only file that
// includes Emscripten; the JavaScript package (js/) wraps what it exports in its API.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <malloc.h>

#include <optional>
#include <string>
#include <utility>

#include "embed/code_json.h"
#include "embed/interpreter.h"
#include "embed/run_result.h"
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

// One interpreter as JavaScript sees it: an embed::Interpreter (its own VM: DESIGN
// decision 3, so a page can hold several, one per snippet, in one wasm instance) plus the
// front-end views of a source. Rich results are JSON strings for the JS side to parse.
// The JS callbacks must not throw: a JS exception crossing the engine (built without C++
// exceptions) would leave its state half-updated.
class Interpreter {
 public:
  // setOutput(stdoutFn, stderrFn): each is called with one string per write, as it
  // happens; null/undefined: discard.
  void set_output(emscripten::val out, emscripten::val err) {
    interpreter_.set_output(writer(std::move(out)), writer(std::move(err)));
  }

  // setInputReader(fn | null): fn(prompt) returns the line (without "\n") or null for end
  // of input, synchronously; null selects suspend mode (step() returns state "input").
  void set_input_reader(emscripten::val reader) {
    if (reader.isNull() || reader.isUndefined()) {
      interpreter_.set_input_reader(nullptr);
      return;
    }
    interpreter_.set_input_reader([reader](std::string_view prompt) -> std::optional<std::string> {
      emscripten::val line = reader(std::string(prompt));
      if (line.isNull() || line.isUndefined()) return std::nullopt;
      return line.as<std::string>();
    });
  }

  // setSleeper(fn | null): fn(seconds) waits (time.sleep in blocking mode) and returns true
  // if Stop came meanwhile; null: suspend mode's step() state "sleep", or slices.
  void set_sleeper(emscripten::val sleeper) {
    if (sleeper.isNull() || sleeper.isUndefined()) {
      interpreter_.set_sleeper(nullptr);
      return;
    }
    interpreter_.set_sleeper([sleeper](double seconds) { return sleeper(seconds).as<bool>(); });
  }

  // setStopPoller(fn | null): fn() returns true when the page asked to stop; the engine asks
  // it every so often while one step is busy (long native calls, nested loops).
  void set_stop_poller(emscripten::val poller) {
    if (poller.isNull() || poller.isUndefined()) {
      interpreter_.set_stop_poller(nullptr);
      return;
    }
    interpreter_.set_stop_poller([poller]() { return poller().as<bool>(); });
  }

  void start(const std::string& source, const std::string& filename) { interpreter_.start(source, filename); }

  // The step's result as JSON (embed/run_result.h, step_result_json). budget <= 0: to the end.
  std::string step(double budget) {
    return embed::step_result_json(interpreter_.step(static_cast<int64_t>(budget)));
  }

  void provide_input(const std::string& line, bool eof) { interpreter_.provide_input(line, eof); }
  void interrupt() { interpreter_.interrupt(); }
  void reset() { interpreter_.reset(); }

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

  // The bytecode as JSON (embed/code_json.h): the dis text and the tree of code objects.
  std::string dis_json(const std::string& source) const {
    return embed::code_to_json(source, std::string(kDefaultFileName));
  }

  std::string version() const { return kVersion; }

 private:
  static embed::Interpreter::WriteFn writer(emscripten::val fn) {
    if (fn.isNull() || fn.isUndefined()) return nullptr;
    return [fn](std::string_view text) { fn(std::string(text)); };
  }

  embed::Interpreter interpreter_;
};

std::string engine_version() { return kVersion; }

// Bytes the C++ heap has handed out and not taken back (malloc's in-use total): what leak
// tests watch, as the wasm memory itself only ever grows.
double heap_in_use() { return static_cast<double>(mallinfo().uordblks); }

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
      .function("setOutput", &Interpreter::set_output)
      .function("setInputReader", &Interpreter::set_input_reader)
      .function("setSleeper", &Interpreter::set_sleeper)
      .function("setStopPoller", &Interpreter::set_stop_poller)
      .function("start", &Interpreter::start)
      .function("step", &Interpreter::step)
      .function("provideInput", &Interpreter::provide_input)
      .function("interrupt", &Interpreter::interrupt)
      .function("reset", &Interpreter::reset)
      .function("disJson", &Interpreter::dis_json)
      .function("tokens", &Interpreter::tokens)
      .function("tokenDump", &Interpreter::token_dump)
      .function("tokensJson", &Interpreter::tokens_json)
      .function("astJson", &Interpreter::ast_json)
      .property("version", &Interpreter::version);

  function("version", &glasspy::wasm::engine_version);
  function("heapInUse", &glasspy::wasm::heap_in_use);
}
