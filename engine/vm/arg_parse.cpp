// Argument checking for functions written in C++ (VM stage), worded as CPython's Argument
// Clinic words it (_PyArg_CheckPositional, _PyArg_UnpackKeywords).
#include "vm/arg_parse.h"

#include <algorithm>
#include <string>

#include "objects/exception_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::vm {

using namespace objects;

namespace {

std::string plural(int64_t n, const char* word) {
  std::string s = std::to_string(n) + " " + word;
  if (n != 1) s += "s";
  return s;
}

}  // namespace

bool check_positional(VM& vm, const char* name, size_t nargs, int min, int max) {
  auto n = static_cast<int64_t>(nargs);
  if (n < min) {
    vm.raise(&exc_TypeError, std::string(name) + " expected " + (min != max ? "at least " : "") +
                                 plural(min, "argument") + ", got " + std::to_string(n));
    return false;
  }
  if (max >= 0 && n > max) {
    vm.raise(&exc_TypeError, std::string(name) + " expected " + (min != max ? "at most " : "") +
                                 plural(max, "argument") + ", got " + std::to_string(n));
    return false;
  }
  return true;
}

bool parse_args(VM& vm, CallArgs args, const char* fname, std::initializer_list<const char*> names, int required,
                Value* out, int positional_only, int keyword_only_from) {
  const int total = static_cast<int>(names.size());
  const int max_positional = keyword_only_from < 0 ? total : keyword_only_from;
  const int min_positional = std::min(required, max_positional);
  const auto nargs = static_cast<int64_t>(args.nargs);
  const auto nkw = static_cast<int64_t>(args.nkw());
  const std::string f = std::string(fname) + "()";
  for (int i = 0; i < total; ++i) out[i] = Value();

  if (nargs + nkw > total) {
    vm.raise(&exc_TypeError, f + " takes at most " + std::to_string(total) + " " + (nargs == 0 ? "keyword " : "") +
                                 (total == 1 ? "argument" : "arguments") + " (" + std::to_string(nargs + nkw) + " given)");
    return false;
  }
  if (nargs > max_positional) {
    if (max_positional == 0) {
      vm.raise(&exc_TypeError, f + " takes no positional arguments");
    } else {
      vm.raise(&exc_TypeError, f + " takes " + (min_positional < max_positional ? "at most " : "exactly ") +
                                   plural(max_positional, "positional argument") + " (" + std::to_string(nargs) + " given)");
    }
    return false;
  }
  for (int64_t i = 0; i < nargs; ++i) out[i] = args.args[i];

  for (int64_t k = 0; k < nkw; ++k) {
    StrObject* key = as_str(args.kwnames->items()[k]);
    int index = -1;
    int i = 0;
    for (const char* name : names) {
      if (i >= positional_only && str_equals_utf8(key, name)) {
        index = i;
        break;
      }
      ++i;
    }
    if (index < 0) {
      vm.raise(&exc_TypeError, "'" + std::string(str_utf8(key)) + "' is an invalid keyword argument for " + f);
      return false;
    }
    if (index < nargs) {
      vm.raise(&exc_TypeError, "argument for " + f + " given by name ('" + std::string(str_utf8(key)) +
                                   "') and position (" + std::to_string(index + 1) + ")");
      return false;
    }
    out[index] = args.kw_value(static_cast<size_t>(k));
  }

  int i = 0;
  for (const char* name : names) {
    if (i >= required) break;
    if (out[i].is_null()) {
      if (i < positional_only) {
        vm.raise(&exc_TypeError, f + " takes " + (max_positional > min_positional ? "at least " : "exactly ") +
                                     plural(min_positional, "positional argument") + " (" + std::to_string(nargs) +
                                     " given)");
      } else if (i < max_positional) {
        vm.raise(&exc_TypeError, f + " missing required argument '" + name + "' (pos " + std::to_string(i + 1) + ")");
      } else {
        vm.raise(&exc_TypeError, f + " missing required keyword-only argument '" + name + "'");
      }
      return false;
    }
    ++i;
  }
  return true;
}

}  // namespace glasspy::vm
