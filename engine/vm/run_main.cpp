// Running a program as the __main__ module (VM stage): compile, run, resume after the
// budget ran out, and the end of a run as python3 ends it (SystemExit's status, the
// traceback of an uncaught exception on stderr).
#include <string>

#include "compile/compiler.h"
#include "objects/callable_objects.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/ops.h"
#include "parse/compile_checks.h"
#include "vm/compile_source.h"
#include "vm/frame.h"
#include "vm/traceback_print.h"
#include "vm/vm.h"

namespace glasspy::vm {

using namespace objects;


RunStatus VM::run_main(std::string_view source, const std::string& filename, parse::SourceKind kind,
                       bool declared_encoding) {
  make_current();
  abandon_run();
  exit_code_ = 0;
  compile_error_.reset();
  uncaught_text_.clear();
  restore_error(Value());
  Value old_uncaught = uncaught_;
  uncaught_ = Value();
  decref(old_uncaught);
  sources_->add(filename, source);
  parse::ParseResult parsed = parse::parse_module(source, kind, declared_encoding);
  for (const parse::CompileWarning& w : parsed.warnings)
    host_.write_stderr(parse::format_compile_warning(w, filename, source_line(source, w.lineno)));
  std::optional<parse::CompileError> error = std::move(parsed.error);
  if (parsed.module != nullptr) error = parse::check_module(*parsed.module, source, kind);
  if (error) {
    uncaught_text_ = parse::format_compile_error(*error, filename);
    host_.write_stderr(uncaught_text_);
    compile_error_ = std::move(error);
    exit_code_ = 1;
    return RunStatus::kError;
  }
  Ref code = Ref::steal(Value::from_object(code_from_unit(*this, compile::compile_module(*parsed.module, filename))));

  ModuleObject* module = module_new(*this, intern("__main__"));
  Ref module_ref = Ref::steal(Value::from_object(module));
  DictObject* globals = module->dict;
  Value builtins_module = dict_get_str(modules_, intern("builtins"));
  if (!builtins_module.is_null()) dict_set_str(globals, intern("__builtins__"), builtins_module);
  if (kind == parse::SourceKind::kFile) {
    StrObject* file = str_from_utf8(filename);
    dict_set_str(globals, intern("__file__"), Value::from_object(file));
    decref(file);
  }
  dict_set_str(modules_, intern("__main__"), module_ref.get());
  Value result = run_code(as_code(code.get()), globals, Value::from_object(globals));
  return finish_run(result);
}

RunStatus VM::resume() {
  if (suspended_frame_ == nullptr) return RunStatus::kFinished;
  make_current();
  Frame* frame = suspended_frame_;
  suspended_frame_ = nullptr;
  suspended_ = false;
  input_resumed_ = waiting_for_input_;
  waiting_for_input_ = false;
  return finish_run(run_frames(frame));
}

void VM::abandon_run() {
  if (suspended_frame_ != nullptr) {
    Value handled = handled_;  // an except block the run stopped in
    handled_ = Value();
    decref(handled);
  }
  // The suspended frames, innermost first, down to the run's entry frame (LIFO pops).
  for (Frame* frame = suspended_frame_; frame != nullptr;) {
    Frame* previous = frame->previous;
    bool was_entry = frame->entry;
    pop_frame(frame);
    if (was_entry) break;
    frame = previous;
  }
  suspended_frame_ = nullptr;
  suspended_ = false;
  waiting_for_input_ = false;
  input_wait_requested_ = false;
  input_resumed_ = false;
}

Value VM::take_uncaught() {
  Value e = uncaught_;
  uncaught_ = Value();
  return e;
}

// The end of run_main / resume: suspended, finished, or an uncaught exception.
RunStatus VM::finish_run(Value result) {
  if (suspended_) {
    suspended_ = false;
    return waiting_for_input_ ? RunStatus::kWaitingForInput : RunStatus::kSuspended;
  }
  if (!result.is_null()) {
    decref(result);
    return RunStatus::kFinished;
  }
  Value e = fetch_error();
  if (e.is_null()) return RunStatus::kFinished;
  if (is_subtype(type_of(e), &exc_SystemExit)) {
    Value code = as_exception(e)->fields[kSystemExitCode];
    int64_t status = 0;
    if (code.is_null() || is_none(code)) {
      status = 0;
    } else if (code.is_small_int()) {
      status = code.as_small_int();
    } else {
      std::string text;
      if (str_utf8(*this, code, &text)) host_.write_stderr(text + "\n");
      else clear_error();
      status = 1;
    }
    decref(e);
    exit_code_ = static_cast<int>(status & 0xff);
    return RunStatus::kFinished;
  }
  // python3 ends itself with SIGINT after an uncaught KeyboardInterrupt: status 130.
  exit_code_ = is_subtype(type_of(e), &exc_KeyboardInterrupt) ? 130 : 1;
  if (keep_uncaught_) {
    format_exception(*this, e, *sources_, &uncaught_text_);
    host_.write_stderr(uncaught_text_);
    uncaught_ = e;
  } else {
    print_exception(e);
    decref(e);
  }
  return RunStatus::kError;
}

void VM::print_exception(Value exception) {
  std::string out;
  format_exception(*this, exception, *sources_, &out);
  host_.write_stderr(out);
}

}  // namespace glasspy::vm
