// The operator module (modules stage): Python's operators as functions (CPython keeps
// them in _operator; here one built-in module `operator` holds everything), with the
// dunder aliases. itemgetter/attrgetter/methodcaller are in operator_getters.cpp.
#include <string>

#include "modules/builtin_modules.h"
#include "modules/operator_getters.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::modules {

using namespace objects;

namespace {

template <BinaryOp Op>
Value op_binary(VM& vm, Value, CallArgs args) {
  return binary_op(vm, args.args[0], args.args[1], Op);
}

template <BinaryOp Op>
Value op_inplace(VM& vm, Value, CallArgs args) {
  return inplace_op(vm, args.args[0], args.args[1], Op);
}

template <CompareOp Op>
Value op_compare(VM& vm, Value, CallArgs args) {
  return rich_compare(vm, args.args[0], args.args[1], Op);
}

Value op_neg(VM& vm, Value, CallArgs args) { return negative(vm, args.args[0]); }
Value op_pos(VM& vm, Value, CallArgs args) { return positive(vm, args.args[0]); }
Value op_abs(VM& vm, Value, CallArgs args) { return absolute(vm, args.args[0]); }
Value op_invert(VM& vm, Value, CallArgs args) { return invert(vm, args.args[0]); }
Value op_index(VM& vm, Value, CallArgs args) { return index(vm, args.args[0]); }

Value op_truth(VM& vm, Value, CallArgs args) {
  int t = truthy(vm, args.args[0]);
  if (t < 0) return Value();
  return boolean(t > 0);
}

Value op_not(VM& vm, Value, CallArgs args) {
  int t = truthy(vm, args.args[0]);
  if (t < 0) return Value();
  return boolean(t == 0);
}

Value op_is(VM&, Value, CallArgs args) { return boolean(args.args[0].is(args.args[1])); }
Value op_is_not(VM&, Value, CallArgs args) { return boolean(!args.args[0].is(args.args[1])); }

Value op_contains(VM& vm, Value, CallArgs args) {
  int r = contains(vm, args.args[0], args.args[1]);
  if (r < 0) return Value();
  return boolean(r > 0);
}

Value op_getitem(VM& vm, Value, CallArgs args) { return getitem(vm, args.args[0], args.args[1]); }

Value op_setitem(VM& vm, Value, CallArgs args) {
  if (!setitem(vm, args.args[0], args.args[1], args.args[2])) return Value();
  return none();
}

Value op_delitem(VM& vm, Value, CallArgs args) {
  if (!delitem(vm, args.args[0], args.args[1])) return Value();
  return none();
}

// Sequences for concat: what CPython's sq_concat covers (not numbers, not dicts).
bool is_concat_sequence(Value v) {
  TypeObject* t = type_of(v);
  if (is_int(v) || v.is_double() || is_dict(v)) return false;
  return t->getitem != nullptr;
}

Value op_concat(VM& vm, Value, CallArgs args) {
  if (!is_concat_sequence(args.args[0]))
    return vm.raise(&exc_TypeError, std::string("'") + type_name(args.args[0]) + "' object can't be concatenated");
  return binary_op(vm, args.args[0], args.args[1], BinaryOp::kAdd);
}

Value op_iconcat(VM& vm, Value, CallArgs args) {
  if (!is_concat_sequence(args.args[0]))
    return vm.raise(&exc_TypeError, std::string("'") + type_name(args.args[0]) + "' object can't be concatenated");
  return inplace_op(vm, args.args[0], args.args[1], BinaryOp::kAdd);
}

// countOf / indexOf: one pass over the iterable comparing with == (identity first).
Value scan(VM& vm, Value seq, Value item, bool want_index) {
  Ref it = Ref::steal(iter(vm, seq));
  if (it.is_null()) return Value();
  int64_t i = 0, count = 0;
  while (true) {
    Ref x = Ref::steal(next(vm, it.get()));
    if (x.is_null()) break;
    int r = eq(vm, x.get(), item);
    if (r < 0) return Value();
    if (r > 0) {
      if (want_index) return make_int(i);
      ++count;
    }
    ++i;
  }
  if (vm.has_error()) return Value();
  if (want_index) return vm.raise(&exc_ValueError, "sequence.index(x): x not in sequence");
  return make_int(count);
}

Value op_count_of(VM& vm, Value, CallArgs args) { return scan(vm, args.args[0], args.args[1], false); }
Value op_index_of(VM& vm, Value, CallArgs args) { return scan(vm, args.args[0], args.args[1], true); }

Value op_length_hint(VM& vm, Value, CallArgs args) {
  Value obj = args.args[0];
  int64_t fallback = 0;
  if (args.nargs > 1) {
    if (!is_int(args.args[1]))
      return vm.raise(&exc_TypeError, std::string("'") + type_name(args.args[1]) + "' object cannot be interpreted as an integer");
    if (!index_int64(vm, args.args[1], &fallback)) return Value();
  }
  if (type_of(obj)->length != nullptr) {
    int64_t n = length(vm, obj);
    if (n >= 0) return make_int(n);
    if (!vm.error_matches(&exc_TypeError)) return Value();
    vm.clear_error();
  }
  Value hint = type_lookup(vm, type_of(obj), "__length_hint__");
  if (hint.is_null()) return make_int(fallback);
  Ref result = Ref::steal(call_method(vm, obj, vm.intern("__length_hint__"), nullptr, 0));
  if (result.is_null()) {
    if (!vm.error_matches(&exc_TypeError)) return Value();
    vm.clear_error();
    return make_int(fallback);
  }
  if (is_not_implemented(result.get())) return make_int(fallback);
  if (!is_int(result.get()))
    return vm.raise(&exc_TypeError,
                    std::string("__length_hint__ must be an integer, not ") + type_name(result.get()));
  int64_t n;
  if (!index_int64(vm, result.get(), &n)) return Value();
  if (n < 0) return vm.raise(&exc_ValueError, "__length_hint__() should return >= 0");
  return make_int(n);
}

Value op_call(VM& vm, Value, CallArgs args) {
  if (args.nargs < 1) return vm.raise(&exc_TypeError, "call() missing required argument 'obj' (pos 1)");
  return call(vm, args.args[0], CallArgs{args.args + 1, args.nargs - 1, args.kwnames});
}

constexpr ArgShape kPos = ArgShape::kPositional;

#define GP_BINARY(NAME, OP, SYM) {NAME, op_binary<BinaryOp::OP>, kPos, 2, 2, "Same as a " SYM " b."}
#define GP_INPLACE(NAME, OP, SYM) {NAME, op_inplace<BinaryOp::OP>, kPos, 2, 2, "Same as a " SYM "= b."}
#define GP_COMPARE(NAME, OP, SYM) {NAME, op_compare<CompareOp::OP>, kPos, 2, 2, "Same as a " SYM " b."}

// Each function once under its plain name and once as the dunder alias ("__add__").
#define GP_OPERATOR_FUNCTIONS(N)                                              \
  GP_BINARY(N("add", "add"), kAdd, "+"), GP_BINARY(N("and_", "and"), kAnd, "&"),                      \
  GP_BINARY(N("floordiv", "floordiv"), kFloorDivide, "//"), GP_BINARY(N("lshift", "lshift"), kLshift, "<<"),    \
  GP_BINARY(N("matmul", "matmul"), kMatmul, "@"), GP_BINARY(N("mod", "mod"), kRemainder, "%"),           \
  GP_BINARY(N("mul", "mul"), kMultiply, "*"), GP_BINARY(N("or_", "or"), kOr, "|"),                   \
  GP_BINARY(N("pow", "pow"), kPower, "**"), GP_BINARY(N("rshift", "rshift"), kRshift, ">>"),               \
  GP_BINARY(N("sub", "sub"), kSubtract, "-"), GP_BINARY(N("truediv", "truediv"), kTrueDivide, "/"),       \
  GP_BINARY(N("xor", "xor"), kXor, "^"),                                                  \
  GP_INPLACE(N("iadd", "iadd"), kAdd, "+"), GP_INPLACE(N("iand", "iand"), kAnd, "&"),                   \
  GP_INPLACE(N("ifloordiv", "ifloordiv"), kFloorDivide, "//"), GP_INPLACE(N("ilshift", "ilshift"), kLshift, "<<"),\
  GP_INPLACE(N("imatmul", "imatmul"), kMatmul, "@"), GP_INPLACE(N("imod", "imod"), kRemainder, "%"),       \
  GP_INPLACE(N("imul", "imul"), kMultiply, "*"), GP_INPLACE(N("ior", "ior"), kOr, "|"),                \
  GP_INPLACE(N("ipow", "ipow"), kPower, "**"), GP_INPLACE(N("irshift", "irshift"), kRshift, ">>"),           \
  GP_INPLACE(N("isub", "isub"), kSubtract, "-"), GP_INPLACE(N("itruediv", "itruediv"), kTrueDivide, "/"),   \
  GP_INPLACE(N("ixor", "ixor"), kXor, "^"),                                                \
  GP_COMPARE(N("lt", "lt"), kLt, "<"), GP_COMPARE(N("le", "le"), kLe, "<="), GP_COMPARE(N("eq", "eq"), kEq, "=="),\
  GP_COMPARE(N("ne", "ne"), kNe, "!="), GP_COMPARE(N("gt", "gt"), kGt, ">"), GP_COMPARE(N("ge", "ge"), kGe, ">="),\
  {N("neg", "neg"), op_neg, ArgShape::kOneArg, 1, 1, "Same as -a."},                 \
  {N("pos", "pos"), op_pos, ArgShape::kOneArg, 1, 1, "Same as +a."},                 \
  {N("abs", "abs"), op_abs, ArgShape::kOneArg, 1, 1, "Same as abs(a)."},             \
  {N("inv", "inv"), op_invert, ArgShape::kOneArg, 1, 1, "Same as ~a."},              \
  {N("invert", "invert"), op_invert, ArgShape::kOneArg, 1, 1, "Same as ~a."},           \
  {N("index", "index"), op_index, ArgShape::kOneArg, 1, 1, "Same as a.__index__()"},   \
  {N("not_", "not"), op_not, ArgShape::kOneArg, 1, 1, "Same as not a."},             \
  {N("contains", "contains"), op_contains, kPos, 2, 2, "Same as b in a (note reversed operands)."}, \
  {N("getitem", "getitem"), op_getitem, kPos, 2, 2, "Same as a[b]."},                    \
  {N("setitem", "setitem"), op_setitem, kPos, 3, 3, "Same as a[b] = c."},                \
  {N("delitem", "delitem"), op_delitem, kPos, 2, 2, "Same as del a[b]."},                \
  {N("concat", "concat"), op_concat, kPos, 2, 2, "Same as a + b, for a and b sequences."}, \
  {N("iconcat", "iconcat"), op_iconcat, kPos, 2, 2, "Same as a += b, for a and b sequences."}, \
  {N("call", "call"), op_call, ArgShape::kKeywords, 0, -1, "Same as obj(*args, **kwargs)."}

#define GP_PLAIN(name, dunder) name
#define GP_DUNDER(name, dunder) "__" dunder "__"

const MethodDef kOperatorFunctions[] = {
    GP_OPERATOR_FUNCTIONS(GP_PLAIN),
    {"truth", op_truth, ArgShape::kOneArg, 1, 1, "Return True if a is true, False otherwise."},
    {"is_", op_is, kPos, 2, 2, "Same as a is b."},
    {"is_not", op_is_not, kPos, 2, 2, "Same as a is not b."},
    {"countOf", op_count_of, kPos, 2, 2, "Return the number of items in a which are, or which equal, b."},
    {"indexOf", op_index_of, kPos, 2, 2, "Return the first index of b in a."},
    {"length_hint", op_length_hint, kPos, 1, 2,
     "Return an estimate of the number of items in obj.\n\nThis is useful for presizing containers when building from an iterable.\n\nIf the object supports len(), the result will be exact.\nOtherwise, it may over- or under-estimate by an arbitrary amount.\nThe result will be an integer >= 0."},
    GP_OPERATOR_FUNCTIONS(GP_DUNDER),
    {nullptr, nullptr},
};

}  // namespace

ModuleObject* make_operator_module(vm::VM& vm) {
  init_operator_getter_types();
  ModuleObject* m = module_new(vm, vm.intern("operator"));
  add_owned(vm, m, "__doc__",
            Value::from_object(str_from_utf8(
                "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the "
                "intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression "
                "x+y.  The function names are those\nused for special methods; variants without leading and trailing\n"
                "'__' are also provided for convenience.")));
  // The functions say they come from _operator, as CPython's (operator.neg.__module__).
  Value implementation = Value::from_object(vm.intern("_operator"));
  for (const MethodDef* def = kOperatorFunctions; def->name != nullptr; ++def) {
    NativeFunctionObject* f = native_function_new(def, Value::from_object(m), implementation);
    dict_set_str(m->dict, vm.intern(def->name), Value::from_object(f));
    decref(f);
  }
  static const char* const kAll[] = {"abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf", "delitem", "eq", "floordiv", "ge", "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imatmul", "imod", "imul", "index", "indexOf", "inv", "invert", "ior", "ipow", "irshift", "is_", "is_not", "isub", "itemgetter", "itruediv", "ixor", "le", "length_hint", "lshift", "lt", "matmul", "methodcaller", "mod", "mul", "ne", "neg", "not_", "or_", "pos", "pow", "rshift", "setitem", "sub", "truediv", "truth", "xor"};
  ListObject* all = list_new();
  for (const char* name : kAll) list_append(all, Value::from_object(vm.intern(name)));
  add_owned(vm, m, "__all__", Value::from_object(all));
  add_value(vm, m, "itemgetter", Value::from_object(&itemgetter_type));
  add_value(vm, m, "attrgetter", Value::from_object(&attrgetter_type));
  add_value(vm, m, "methodcaller", Value::from_object(&methodcaller_type));
  return m;
}

}  // namespace glasspy::modules
