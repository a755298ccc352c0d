// How a slice of a run ended, as data and as JSON (embed stage).
#include "embed/run_result.h"

#include <algorithm>

#include "bytecode/line_table.h"
#include "objects/callable_objects.h"
#include "objects/exception_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/traceback_object.h"
#include "text/json_string.h"
#include "vm/vm.h"

namespace glasspy::embed {

using namespace objects;

namespace {

std::string utf8_of(StrObject* s) { return s == nullptr ? std::string() : std::string(str_utf8(s)); }

// The source range of the instruction at `code_unit` (co_positions), unknown if none.
bytecode::Location instruction_location(const CodeObject* code, int code_unit) {
  if (code == nullptr || code->unit == nullptr) return {};
  for (const bytecode::LocationRange& r : bytecode::decode_locations(code->unit->linetable, code->unit->firstlineno))
    if (code_unit >= r.start && code_unit < r.end) return r.loc;
  return {};
}

// The byte offset of code point `index` (0-based) in the UTF-8 `line` (past its end: the
// bytes plus the code points missing).
int byte_column(std::string_view line, int index) {
  size_t at = 0;
  for (int n = 0; n < index; ++n) {
    if (at >= line.size()) return static_cast<int>(line.size()) + (index - n);
    unsigned char c = static_cast<unsigned char>(line[at]);
    at += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  }
  return static_cast<int>(std::min(at, line.size()));
}

void append_int(std::string& out, const char* key, long value) {
  out += ",\"";
  out += key;
  out += "\":";
  out += std::to_string(value);
}

}  // namespace

ErrorData error_from_exception(vm::VM& vm, Value exception, std::string text) {
  ErrorData data;
  data.traceback = std::move(text);
  if (!exception.is_object()) return data;
  Value saved = vm.fetch_error();
  data.type = type_of(exception)->name;
  if (!str_utf8(vm, exception, &data.message)) {
    data.message = "<exception str() failed>";
    vm.clear_error();
  }
  if (is_exception(exception)) {
    Value tb_value = as_exception(exception)->traceback;
    for (TracebackObject* tb = is_traceback(tb_value) ? as_traceback(tb_value) : nullptr; tb != nullptr;
         tb = tb->next) {
      ErrorFrame frame;
      if (tb->code != nullptr) {
        frame.filename = utf8_of(tb->code->filename);
        frame.name = utf8_of(tb->code->name);
      }
      frame.line = traceback_lineno(tb);
      bytecode::Location loc = instruction_location(tb->code, tb->lasti / 2);
      frame.column = loc.col;
      frame.end_line = loc.end_lineno;
      frame.end_column = loc.end_col;
      data.frames.push_back(std::move(frame));
    }
  }
  if (!saved.is_null()) vm.restore_error(saved);
  return data;
}

ErrorData error_from_compile_error(const parse::CompileError& error, const std::string& filename, std::string text) {
  ErrorData data;
  data.type = parse::error_type_name(error.type);
  data.message = error.message;
  data.traceback = std::move(text);
  if (!error.has_location) return data;
  ErrorFrame frame;
  frame.filename = filename;
  frame.name = "<module>";
  frame.line = error.lineno;
  frame.end_line = error.end_lineno;
  std::string_view line = error.has_text ? std::string_view(error.text) : std::string_view();
  if (error.offset > 0) frame.column = byte_column(line, error.offset - 1);
  if (error.end_offset != parse::kNoEndOffset && error.end_offset > 0) {
    // The end offset counts on the end line, whose text a one-line `text` lacks.
    frame.end_column = error.end_lineno == error.lineno ? byte_column(line, error.end_offset - 1) : error.end_offset - 1;
  }
  data.frames.push_back(std::move(frame));
  return data;
}

std::string error_json(const ErrorData& error) {
  std::string out = "{\"type\":";
  text::append_json_string(out, error.type);
  out += ",\"message\":";
  text::append_json_string(out, error.message);
  out += ",\"traceback\":";
  text::append_json_string(out, error.traceback);
  out += ",\"frames\":[";
  for (size_t i = 0; i < error.frames.size(); ++i) {
    const ErrorFrame& f = error.frames[i];
    if (i > 0) out += ',';
    out += "{\"filename\":";
    text::append_json_string(out, f.filename);
    append_int(out, "line", f.line);
    append_int(out, "column", f.column);
    append_int(out, "endLine", f.end_line);
    append_int(out, "endColumn", f.end_column);
    out += ",\"name\":";
    text::append_json_string(out, f.name);
    out += '}';
  }
  out += "]}";
  return out;
}

std::string step_result_json(const StepResult& result) {
  switch (result.state) {
    case StepState::kRunning: return "{\"state\":\"running\"}";
    case StepState::kInput: {
      std::string out = "{\"state\":\"input\",\"prompt\":";
      text::append_json_string(out, result.prompt);
      return out + "}";
    }
    case StepState::kSleep: {
      // Milliseconds, whole: what setTimeout takes (a fraction would be lost there anyway).
      std::string out = "{\"state\":\"sleep\",\"ms\":";
      out += std::to_string(result.sleep_ms);
      return out + "}";
    }
    case StepState::kDone: break;
  }
  std::string out = "{\"state\":\"done\",\"ok\":";
  out += result.ok ? "true" : "false";
  append_int(out, "exitCode", result.exit_code);
  if (result.has_error) out += ",\"error\":" + error_json(result.error);
  return out + "}";
}

}  // namespace glasspy::embed
