// The _traceback module (modules stage): the VM's own uncaught-exception printer, for the
// frozen traceback.py. format_exception(exc) is the text sys.excepthook prints (chain,
// source lines, markers); format_tb(tb) is the "  File ..." entries of a traceback chain.
#include <string>

#include "modules/builtin_modules.h"
#include "objects/builtin_types.h"
#include "objects/exception_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/traceback_object.h"
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

const MethodDef kFunctions[] = {
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
