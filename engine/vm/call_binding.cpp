// Binding call arguments to a Python function's parameters (VM stage): positional,
// keyword, defaults, *args and **kwargs, with CPython 3.11's error messages.
#include "vm/call_binding.h"

#include <string>
#include <vector>

#include "objects/builtin_types.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::vm {

using namespace objects;

namespace {

std::string qualname_of(FunctionObject* f) {
  if (is_str(f->qualname)) return std::string(str_utf8(as_str(f->qualname)));
  return "?";
}

std::string slot_name(CodeObject* code, int i) { return std::string(str_utf8(as_str(code->localsplusnames->items()[i]))); }

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'"
std::string name_list(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

void missing_arguments(VM& vm, FunctionObject* f, Value* slots, int from, int to, const char* kind, int defcount_start) {
  CodeObject* code = f->code;
  std::vector<std::string> missing;
  for (int i = from; i < to; ++i)
    if (slots[i].is_null() && i < defcount_start) missing.push_back(slot_name(code, i));
  if (missing.empty()) return;
  std::string message = qualname_of(f) + "() missing " + std::to_string(missing.size()) + " required " + kind +
                        " argument" + (missing.size() == 1 ? "" : "s") + ": " + name_list(missing);
  vm.raise(&exc_TypeError, message);
}

}  // namespace

bool bind_arguments(VM& vm, FunctionObject* f, CallArgs args, Value* slots) {
  CodeObject* code = f->code;
  const int argcount = code->argcount;
  const int kwonly = code->kwonlyargcount;
  const bool has_varargs = (code->flags & bytecode::kCoVarargs) != 0;
  const bool has_varkw = (code->flags & bytecode::kCoVarkeywords) != 0;
  const int varargs_slot = argcount + kwonly;
  const int varkw_slot = varargs_slot + (has_varargs ? 1 : 0);
  const size_t nargs = args.nargs;

  DictObject* kwdict = nullptr;
  if (has_varkw) {
    kwdict = dict_new();
    slots[varkw_slot] = Value::from_object(kwdict);
  }
  // Positional arguments.
  size_t n = nargs < static_cast<size_t>(argcount) ? nargs : static_cast<size_t>(argcount);
  for (size_t i = 0; i < n; ++i) {
    incref(args.args[i]);
    slots[i] = args.args[i];
  }
  if (has_varargs) {
    int64_t extra = nargs > n ? static_cast<int64_t>(nargs - n) : 0;
    slots[varargs_slot] = Value::from_object(tuple_from(args.args + n, extra));
  } else if (nargs > static_cast<size_t>(argcount)) {
    // Too many positional arguments: CPython counts the keyword-only ones given too.
    int defcount = f->defaults.is_null() ? 0 : static_cast<int>(as_tuple(f->defaults)->size);
    int kwonly_given = 0;
    for (size_t k = 0; k < args.nkw(); ++k) {
      StrObject* name = as_str(args.kwnames->items()[k]);
      for (int j = argcount; j < argcount + kwonly; ++j)
        if (str_equal(name, as_str(code->localsplusnames->items()[j]))) ++kwonly_given;
    }
    std::string takes;
    if (defcount > 0) takes = "from " + std::to_string(argcount - defcount) + " to " + std::to_string(argcount);
    else takes = std::to_string(argcount);
    std::string message = qualname_of(f) + "() takes " + takes + " positional argument" +
                          (argcount == 1 && defcount == 0 ? "" : "s") + " but " + std::to_string(nargs);
    if (kwonly_given > 0) {
      message += " positional argument" + std::string(nargs == 1 ? "" : "s") + " (and " + std::to_string(kwonly_given) +
                 " keyword-only argument" + (kwonly_given == 1 ? "" : "s") + ") were given";
    } else {
      message += std::string(nargs == 1 ? " was" : " were") + " given";
    }
    vm.raise(&exc_TypeError, message);
    return false;
  }
  // Keyword arguments.
  std::vector<std::string> posonly_as_keyword;
  for (size_t k = 0; k < args.nkw(); ++k) {
    Value name_value = args.kwnames->items()[k];
    Value value = args.kw_value(k);
    StrObject* name = as_str(name_value);
    int found = -1;
    for (int j = code->posonlyargcount; j < argcount + kwonly; ++j) {
      Value slot_name_value = code->localsplusnames->items()[j];
      if (slot_name_value.is(name_value) || str_equal(as_str(slot_name_value), name)) {
        found = j;
        break;
      }
    }
    if (found < 0) {
      if (kwdict != nullptr) {
        if (!dict_set(vm, kwdict, name_value, value)) return false;
        continue;
      }
      for (int j = 0; j < code->posonlyargcount; ++j)
        if (str_equal(as_str(code->localsplusnames->items()[j]), name)) {
          posonly_as_keyword.push_back(std::string(str_utf8(name)));
          found = j;
        }
      if (found >= 0) continue;
      vm.raise(&exc_TypeError, qualname_of(f) + "() got an unexpected keyword argument '" + std::string(str_utf8(name)) + "'");
      return false;
    }
    if (!slots[found].is_null()) {
      vm.raise(&exc_TypeError, qualname_of(f) + "() got multiple values for argument '" + std::string(str_utf8(name)) + "'");
      return false;
    }
    incref(value);
    slots[found] = value;
  }
  if (!posonly_as_keyword.empty()) {
    std::string joined;
    for (size_t i = 0; i < posonly_as_keyword.size(); ++i) joined += (i ? ", " : "") + posonly_as_keyword[i];
    vm.raise(&exc_TypeError, qualname_of(f) + "() got some positional-only arguments passed as keyword arguments: '" +
                                 joined + "'");
    return false;
  }
  // Defaults for positional parameters.
  if (nargs < static_cast<size_t>(argcount)) {
    TupleObject* defaults = f->defaults.is_null() ? nullptr : as_tuple(f->defaults);
    int defcount = defaults ? static_cast<int>(defaults->size) : 0;
    int first_default = argcount - defcount;
    missing_arguments(vm, f, slots, static_cast<int>(nargs), argcount, "positional", first_default);
    if (vm.has_error()) return false;
    for (int i = first_default; i < argcount; ++i) {
      if (slots[i].is_null()) {
        Value d = defaults->items()[i - first_default];
        incref(d);
        slots[i] = d;
      }
    }
  }
  // Keyword-only defaults.
  if (kwonly > 0) {
    std::vector<std::string> missing;
    for (int i = argcount; i < argcount + kwonly; ++i) {
      if (!slots[i].is_null()) continue;
      Value d;
      if (!f->kwdefaults.is_null()) d = dict_get_str(as_dict(f->kwdefaults), as_str(code->localsplusnames->items()[i]));
      if (d.is_null()) {
        missing.push_back(slot_name(code, i));
        continue;
      }
      incref(d);
      slots[i] = d;
    }
    if (!missing.empty()) {
      vm.raise(&exc_TypeError, qualname_of(f) + "() missing " + std::to_string(missing.size()) +
                                   " required keyword-only argument" + (missing.size() == 1 ? "" : "s") + ": " +
                                   name_list(missing));
      return false;
    }
  }
  return true;
}

}  // namespace glasspy::vm
