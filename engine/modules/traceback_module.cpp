// The _traceback module (modules stage): the VM's own uncaught-exception printer, for the
// frozen traceback.py. format_exception(exc) is the text sys.excepthook prints (chain,
// source lines, markers); format_tb(tb) is the "  File ..." entries of a traceback chain;
// carets(...) the ~~~^^^ line of one entry; source_line(filename, lineno) a line the VM knows.
#include <string>

#include "modules/builtin_modules.h"
#include "objects/builtin_types.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/traceback_object.h"
#include "vm/traceback_format.h"
#include "vm/traceback_print.h"
#include "vm/vm.h"

namespace glasspy::modules {

using namespace objects;

namespace {

Value text_value(const std::string& text) { return Value::from_object(str_from_utf8(text)); }

Value f_format_exception(VM& vm, Value, CallArgs args) {
  std::string out;
  vm::format_exception(vm, args.args[0], vm.sources(), &out);
  return text_value(out);
}

Value f_format_tb(VM& vm, Value, CallArgs args) {
  Value tb = args.args[0];
  if (is_none(tb)) return text_value("");
  if (!is_traceback(tb)) return vm.raise(&exc_TypeError, std::string("expected traceback, got ") + type_name(tb));
  std::string out;
  vm::format_traceback_entries(vm, static_cast<TracebackObject*>(tb.as_object()), vm.sources(), "", &out);
  return text_value(out);
}

// An int argument or -1 for None.
bool position_arg(Value v, int* out) {
  int64_t n = -1;
  if (!is_none(v) && !(is_int(v) && int_to_int64(v, &n))) return false;
  *out = n < -1 || n > INT32_MAX ? -1 : static_cast<int>(n);
  return true;
}

// carets(line, lineno, end_lineno, colno, end_colno): the marker line CPython's
// StackSummary.format_frame_summary prints under `line` (without the 4-space margin and
// newline), or None when it shows none. Columns are UTF-8 byte offsets (co_positions).
Value f_carets(VM& vm, Value, CallArgs args) {
  if (!is_str(args.args[0])) return vm.raise(&exc_TypeError, "carets() expects a str line");
  bytecode::Location loc;
  if (!position_arg(args.args[1], &loc.lineno) || !position_arg(args.args[2], &loc.end_lineno) ||
      !position_arg(args.args[3], &loc.col) || !position_arg(args.args[4], &loc.end_col))
    return vm.raise(&exc_TypeError, "carets() expects ints or None for positions");
  std::string_view line = str_utf8(as_str(args.args[0]));
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
  vm::CaretSpan span;
  if (!vm::compute_carets(line, loc, &span)) return none();
  long leading = 0;
  while (leading < static_cast<long>(line.size()) && (line[leading] == ' ' || line[leading] == '\t' || line[leading] == '\f'))
    ++leading;
  std::string out;
  bool special = span.left_anchor != -1 || span.right_anchor != -1;
  for (long column = leading; column < span.end; ++column) {
    if (column < span.start) out += ' ';
    else if (special && span.left_anchor <= column && column < span.right_anchor) out += span.secondary;
    else out += span.primary;
  }
  return text_value(out);
}

// source_line(filename, lineno): the line (without its ending) from the sources the VM
// registered (the main program, exec'd files) or can read; None if unknown.
Value f_source_line(VM& vm, Value, CallArgs args) {
  int64_t lineno = 0;
  if (!is_str(args.args[0]) || !is_int(args.args[1]) || !int_to_int64(args.args[1], &lineno)) return none();
  if (lineno < 1 || lineno > INT32_MAX) return none();
  std::string line;
  if (!vm.sources().line(str_utf8(as_str(args.args[0])), static_cast<int>(lineno), &line)) return none();
  return text_value(line);
}

const MethodDef kFunctions[] = {
    {"carets", f_carets, ArgShape::kPositional, 5, 5, nullptr},
    {"source_line", f_source_line, ArgShape::kPositional, 2, 2, nullptr},
    {"format_exception", f_format_exception, ArgShape::kOneArg, 1, 1, nullptr},
    {"format_tb", f_format_tb, ArgShape::kOneArg, 1, 1, nullptr},
    {nullptr, nullptr},
};

}  // namespace

ModuleObject* make_traceback_module(vm::VM& vm) {
  ModuleObject* m = module_new(vm, vm.intern("_traceback"));
  add_functions(vm, m, kFunctions);
  return m;
}

}  // namespace glasspy::modules
