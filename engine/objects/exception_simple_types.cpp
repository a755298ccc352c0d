// The exception types with a few fields of their own (object model): StopIteration.value,
// SystemExit.code, and the keyword-only attributes of ImportError (name, path; msg),
// NameError (name) and AttributeError (name, obj).
#include <string>

#include "objects/exception_common.h"
#include "objects/str_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

using namespace exception_detail;

namespace {

// ---------------------------------------------------------------------------------------
// StopIteration, SystemExit

bool stop_iteration_init(VM& vm, Value self, CallArgs args) {
  if (!base_exception_init(vm, self, args)) return false;
  set_field(as_exception(self), kStopIterationValue, args.nargs > 0 ? args.args[0] : none());
  return true;
}

bool system_exit_init(VM& vm, Value self, CallArgs args) {
  if (!base_exception_init(vm, self, args)) return false;
  ExceptionObject* e = as_exception(self);
  if (args.nargs == 1) set_field(e, kSystemExitCode, args.args[0]);
  else if (args.nargs > 1) set_field(e, kSystemExitCode, Value::from_object(e->args));
  return true;
}

const GetSetDef kStopIterationGetSets[] = {
    {"value", field_getter<kStopIterationValue>, field_setter<kStopIterationValue>, "generator return value"},
    {nullptr, nullptr},
};
const GetSetDef kSystemExitGetSets[] = {
    {"code", field_getter<kSystemExitCode>, field_setter<kSystemExitCode>, "exception code"},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------
// ImportError, NameError, AttributeError: keyword-only attributes.

// Binds the keyword arguments to `names` (at most 2); CPython's message for others.
bool keyword_fields(VM& vm, CallArgs args, const char* fname, const char* const* names, int n, Value* out) {
  for (size_t i = 0; i < args.nkw(); ++i) {
    StrObject* key = as_str(args.kwnames->items()[i]);
    int found = -1;
    for (int j = 0; j < n; ++j)
      if (str_equals_utf8(key, names[j])) found = j;
    if (found < 0) {
      std::string message = "'";
      message += str_utf8(key);
      message += "' is an invalid keyword argument for ";
      message += fname;
      message += "()";
      vm.raise(&exc_TypeError, message);
      return false;
    }
    out[found] = args.kw_value(i);
  }
  return true;
}

bool init_positional_only(VM& vm, Value self, CallArgs args) {
  CallArgs positional = args;
  positional.kwnames = nullptr;
  return base_exception_init(vm, self, positional);
}

bool import_error_init(VM& vm, Value self, CallArgs args) {
  static const char* const kNames[] = {"name", "path"};
  Value kw[2];
  if (!keyword_fields(vm, args, "ImportError", kNames, 2, kw)) return false;
  if (!init_positional_only(vm, self, args)) return false;
  ExceptionObject* e = as_exception(self);
  set_field(e, kImportErrorName, kw[0]);
  set_field(e, kImportErrorPath, kw[1]);
  set_field(e, kImportErrorMsg, args.nargs == 1 ? args.args[0] : Value());
  return true;
}

Value import_error_str(VM& vm, Value self) {
  Value msg = as_exception(self)->fields[kImportErrorMsg];
  if (is_exact_str(msg)) {
    incref(msg);
    return msg;
  }
  return base_exception_str(vm, self);
}

bool name_error_init(VM& vm, Value self, CallArgs args) {
  static const char* const kNames[] = {"name"};
  Value kw[1];
  if (!keyword_fields(vm, args, "NameError", kNames, 1, kw)) return false;
  if (!init_positional_only(vm, self, args)) return false;
  set_field(as_exception(self), kNameErrorName, kw[0]);
  return true;
}

bool attribute_error_init(VM& vm, Value self, CallArgs args) {
  static const char* const kNames[] = {"name", "obj"};
  Value kw[2];
  if (!keyword_fields(vm, args, "AttributeError", kNames, 2, kw)) return false;
  if (!init_positional_only(vm, self, args)) return false;
  set_field(as_exception(self), kAttributeErrorName, kw[0]);
  set_field(as_exception(self), kAttributeErrorObj, kw[1]);
  return true;
}

const GetSetDef kImportErrorGetSets[] = {
    {"msg", field_getter<kImportErrorMsg>, field_setter<kImportErrorMsg>, "exception message"},
    {"name", field_getter<kImportErrorName>, field_setter<kImportErrorName>, "module name"},
    {"path", field_getter<kImportErrorPath>, field_setter<kImportErrorPath>, "module path"},
    {nullptr, nullptr},
};
const GetSetDef kNameErrorGetSets[] = {
    {"name", field_getter<kNameErrorName>, field_setter<kNameErrorName>, "name"},
    {nullptr, nullptr},
};
const GetSetDef kAttributeErrorGetSets[] = {
    {"name", field_getter<kAttributeErrorName>, field_setter<kAttributeErrorName>, "attribute name"},
    {"obj", field_getter<kAttributeErrorObj>, field_setter<kAttributeErrorObj>, "object"},
    {nullptr, nullptr},
};

}  // namespace

namespace exception_detail {

void init_simple_exception_types() {
  exc_StopIteration.init = stop_iteration_init;
  exc_StopIteration.getsets = kStopIterationGetSets;
  exc_SystemExit.init = system_exit_init;
  exc_SystemExit.getsets = kSystemExitGetSets;
  exc_ImportError.init = import_error_init;
  exc_ImportError.str = import_error_str;
  exc_ImportError.getsets = kImportErrorGetSets;
  exc_NameError.init = name_error_init;
  exc_NameError.getsets = kNameErrorGetSets;
  exc_AttributeError.init = attribute_error_init;
  exc_AttributeError.getsets = kAttributeErrorGetSets;
}

}  // namespace exception_detail

}  // namespace glasspy::objects
