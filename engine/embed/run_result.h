// How a slice of a run ended, as data (embed stage): running, waiting for input, or done
// with the uncaught exception described for a host (type, message, traceback text, frames)
// and the JSON that wasm-glue hands to JavaScript.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "objects/value.h"
#include "parse/syntax_error.h"

namespace glasspy::vm {
class VM;
}

namespace glasspy::embed {

// One traceback entry, outermost first (as the text lists them). Lines are 1-based;
// columns are 0-based UTF-8 byte offsets into the line, as CPython's co_positions();
// -1 where unknown.
struct ErrorFrame {
  std::string filename;
  int line = -1, column = -1, end_line = -1, end_column = -1;
  std::string name;  // co_name: "<module>", "f", ...
};

// An uncaught exception or a compile error.
struct ErrorData {
  std::string type;       // the class name: "ValueError", "SyntaxError", "MyError"
  std::string message;    // str(exc) (a SyntaxError: its msg)
  std::string traceback;  // exactly what python3 prints on stderr for it
  std::vector<ErrorFrame> frames;
};

// kSleep: time.sleep() in suspend mode; the host waits sleep_ms, then steps on (a Stop
// meanwhile: interrupt() first, and the sleep ends with KeyboardInterrupt).
enum class StepState : uint8_t { kRunning, kInput, kSleep, kDone };

struct StepResult {
  StepState state = StepState::kDone;
  std::string prompt;  // kInput: input()'s prompt (already written to stdout)
  int64_t sleep_ms = 0;  // kSleep: how long to wait before the next step
  bool ok = true;      // kDone: false after an uncaught exception or a compile error
  int exit_code = 0;   // kDone: SystemExit's status, 1 after an error, 130 for KeyboardInterrupt
  bool has_error = false;
  ErrorData error;
};

// Describes `exception` (borrowed); `text` is what was printed for it. May run Python code
// (str()); leaves the VM's pending exception as it was.
ErrorData error_from_exception(vm::VM& vm, objects::Value exception, std::string text);

// Describes a compile error of the file `filename`: its location becomes the one frame
// (column from the 1-based code-point offset, converted to a 0-based byte column).
ErrorData error_from_compile_error(const parse::CompileError& error, const std::string& filename, std::string text);

// The result as the JSON that wasm-glue's step() returns:
// {"state":"running"} | {"state":"input","prompt":"..."} | {"state":"sleep","ms":1000} |
// {"state":"done","ok":true,"exitCode":0} |
// {"state":"done","ok":false,"exitCode":1,"error":{"type","message","traceback",
//   "frames":[{"filename","line","column","endLine","endColumn","name"}]}}
std::string step_result_json(const StepResult& result);
// The "error" object alone.
std::string error_json(const ErrorData& error);

}  // namespace glasspy::embed
