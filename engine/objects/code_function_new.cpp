// types.CodeType(...) and types.FunctionType(...) (object model): a code object built
// from its co_* fields, a function from a code object and globals, with CPython 3.11's
// argument checks and messages (code_new_impl, _PyCode_Validate, func_new_impl).
#include <memory>
#include <string>
#include <vector>

#include "objects/bytes_object.h"
#include "objects/callable_objects.h"
#include "objects/code_object_attrs.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::objects {

namespace {

// The positional parameters in order; `kind` says how each is converted.
enum class Field : uint8_t { kInt, kBytes, kTuple, kStr };
constexpr Field kFields[] = {Field::kInt,   Field::kInt,   Field::kInt,   Field::kInt,   Field::kInt,   Field::kInt,
                             Field::kBytes, Field::kTuple, Field::kTuple, Field::kTuple, Field::kStr,   Field::kStr,
                             Field::kStr,   Field::kInt,   Field::kBytes, Field::kBytes, Field::kTuple, Field::kTuple};
constexpr size_t kMinArgs = 16, kMaxArgs = 18;

bool argument_error(VM& vm, size_t position, const char* expected, Value v) {
  vm.raise(&exc_TypeError, "code() argument " + std::to_string(position + 1) + " must be " + expected + ", not " +
                               type_name(v));
  return false;
}

// An int parameter (CPython's "i" converter).
bool int_field(VM& vm, Value v, int* out) {
  Ref i = Ref::steal(index(vm, v));
  if (i.is_null()) return false;
  int64_t n;
  if (!int_to_int64(i.get(), &n) || n < INT32_MIN || n > INT32_MAX) {
    vm.raise(&exc_OverflowError, n < 0 ? "Python int too small to convert to C int" : "Python int too large to convert to C int");
    return false;
  }
  *out = static_cast<int>(n);
  return true;
}

bool names_of(VM& vm, Value tuple, std::vector<std::string>* out) {
  TupleObject* t = as_tuple(tuple);
  for (int64_t i = 0; i < t->size; ++i) {
    Value s = t->items()[i];
    if (!is_exact_str(s)) {
      vm.raise(&exc_TypeError, std::string("name tuples must contain only strings, not '") + type_name(s) + "'");
      return false;
    }
    out->emplace_back(str_utf8(as_str(s)));
  }
  return true;
}

}  // namespace

Value code_new(VM& vm, TypeObject*, CallArgs args) {
  if (args.nkw() != 0) return vm.raise(&exc_TypeError, "code() takes no keyword arguments");
  if (args.nargs < kMinArgs)
    return vm.raise(&exc_TypeError, "code expected at least 16 arguments, got " + std::to_string(args.nargs));
  if (args.nargs > kMaxArgs)
    return vm.raise(&exc_TypeError, "code expected at most 18 arguments, got " + std::to_string(args.nargs));
  int ints[kMaxArgs] = {};
  for (size_t i = 0; i < args.nargs; ++i) {
    Value v = args.args[i];
    bool ok = true;
    switch (kFields[i]) {
      case Field::kInt: ok = int_field(vm, v, &ints[i]); break;
      case Field::kBytes: ok = is_bytes(v) || argument_error(vm, i, "bytes", v); break;
      case Field::kTuple: ok = is_tuple(v) || argument_error(vm, i, "tuple", v); break;
      case Field::kStr: ok = is_str(v) || argument_error(vm, i, "str", v); break;
    }
    if (!ok) return Value();
  }
  const char* const kCounts[] = {"argcount", "posonlyargcount", "kwonlyargcount", "nlocals"};
  for (int i = 0; i < 4; ++i)
    if (ints[i] < 0) return vm.raise(&exc_ValueError, std::string("code: ") + kCounts[i] + " must not be negative");
  auto unit = std::make_shared<bytecode::CodeUnit>();
  unit->argcount = ints[0];
  unit->posonlyargcount = ints[1];
  unit->kwonlyargcount = ints[2];
  unit->stacksize = ints[4];
  unit->flags = ints[5];
  unit->firstlineno = ints[13];
  auto bytes_of = [&](size_t i, std::vector<uint8_t>* out) {
    std::string_view view = as_bytes(args.args[i])->view();
    out->assign(view.begin(), view.end());
  };
  bytes_of(6, &unit->code);
  bytes_of(14, &unit->linetable);
  bytes_of(15, &unit->exceptiontable);
  unit->filename = std::string(str_utf8(as_str(args.args[10])));
  unit->name = std::string(str_utf8(as_str(args.args[11])));
  unit->qualname = std::string(str_utf8(as_str(args.args[12])));
  std::vector<std::string> varnames, freevars, cellvars;
  if (!names_of(vm, args.args[8], &unit->names) || !names_of(vm, args.args[9], &varnames)) return Value();
  if (args.nargs > 16 && !names_of(vm, args.args[16], &freevars)) return Value();
  if (args.nargs > 17 && !names_of(vm, args.args[17], &cellvars)) return Value();
  set_code_locals(*unit, varnames, cellvars, freevars);
  if (!validate_code_unit(vm, *unit)) return Value();
  CodeObject* code = code_from_unit(vm, unit);
  if (code == nullptr) return Value();
  // co_consts are the objects given (the unit's constants are only the compiler's).
  Value consts = args.args[7];
  if (!is_exact_tuple(consts)) consts = Value::from_object(tuple_from(as_tuple(consts)->items(), as_tuple(consts)->size));
  else incref(consts);
  decref(code->consts);
  code->consts = as_tuple(consts);
  return Value::from_object(code);
}

Value function_type_new(VM& vm, TypeObject*, CallArgs args) {
  Value a[5];
  if (!vm::parse_args(vm, args, "function", {"code", "globals", "name", "argdefs", "closure"}, 2, a)) return Value();
  Value code = a[0], globals = a[1], name = a[2], defaults = a[3], closure = a[4];
  if (!is_code(code))
    return vm.raise(&exc_TypeError, std::string("function() argument 'code' must be code, not ") + type_name(code));
  if (!is_dict(globals))
    return vm.raise(&exc_TypeError, std::string("function() argument 'globals' must be dict, not ") + type_name(globals));
  if (!name.is_null() && !is_none(name) && !is_str(name))
    return vm.raise(&exc_TypeError, "arg 3 (name) must be None or string");
  if (!defaults.is_null() && !is_none(defaults) && !is_tuple(defaults))
    return vm.raise(&exc_TypeError, "arg 4 (defaults) must be None or tuple");
  bool has_closure = !closure.is_null() && !is_none(closure);
  if (has_closure && !is_tuple(closure)) return vm.raise(&exc_TypeError, "arg 5 (closure) must be None or tuple");
  CodeObject* c = as_code(code);
  int64_t nfree = c->nfrees;
  if (nfree > 0 && !has_closure) return vm.raise(&exc_TypeError, "arg 5 (closure) must be tuple");
  int64_t nclosure = has_closure ? as_tuple(closure)->size : 0;
  if (has_closure && nfree != nclosure)
    return vm.raise(&exc_ValueError, std::string(str_utf8(c->name)) + " requires closure of length " +
                                         std::to_string(nfree) + ", not " + std::to_string(nclosure));
  for (int64_t i = 0; i < nclosure; ++i) {
    Value cell = as_tuple(closure)->items()[i];
    if (!is_cell(cell))
      return vm.raise(&exc_TypeError, std::string("arg 5 (closure) expected cell, found ") + type_name(cell));
  }
  FunctionObject* f = function_new(vm, c, as_dict(globals), Value());
  if (!name.is_null() && is_str(name)) {
    incref(name);
    decref(f->name);
    f->name = name;
  }
  if (!defaults.is_null() && is_tuple(defaults)) {
    incref(defaults);
    f->defaults = defaults;
  }
  if (nclosure > 0) {
    incref(closure);
    f->closure = closure;
  }
  return Value::from_object(f);
}

}  // namespace glasspy::objects
