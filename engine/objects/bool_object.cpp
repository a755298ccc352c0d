// The bool type (object model): True and False are immortal static IntObjects of type
// bool holding 1 and 0; bool subclasses int, is final, and keeps & | ^ among bools.
// Init function for builtin_types.cpp: init_bool_type() (after init_int_type()).
#include <cstdlib>
#include <string>

#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/number_support.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject bool_type;
IntObject true_object;
IntObject false_object;

namespace {

void init_singleton(IntObject& o, int64_t v) {
  o.refcount = kImmortalRefcount;
  o.flags |= kImmortal;
  o.type = &bool_type;
  o.value = numeric::BigInt(v);
}

Value bool_repr(VM&, Value self) {
  static StrObject* const true_text = intern_static("True");
  static StrObject* const false_text = intern_static("False");
  return Value::from_object(self.is(true_value()) ? true_text : false_text);
}

Value bool_new(VM& vm, TypeObject*, CallArgs args) {
  if (args.nkw() != 0) return vm.raise(&exc_TypeError, "bool() takes no keyword arguments");
  if (args.nargs > 1)
    return vm.raise(&exc_TypeError, "bool expected at most 1 argument, got " + std::to_string(args.nargs));
  if (args.nargs == 0) return false_value();
  int t = truthy(vm, args.args[0]);
  if (t < 0) return Value();
  return boolean(t != 0);
}

template <BinaryOp kOp>
Value bool_bitwise(VM& vm, Value a, Value b) {
  if (is_bool(a) && is_bool(b)) {
    bool x = a.is(true_value()), y = b.is(true_value());
    switch (kOp) {
      case BinaryOp::kAnd: return boolean(x && y);
      case BinaryOp::kOr: return boolean(x || y);
      default: return boolean(x != y);
    }
  }
  return int_type.binary[int(kOp)](vm, a, b);
}

}  // namespace

void init_bool_type() {
  // builtin_types.h reaches the singletons through Object* (IntObject is incomplete there).
  if (reinterpret_cast<Object*>(&true_object) != static_cast<Object*>(&true_object)) std::abort();
  init_singleton(true_object, 1);
  init_singleton(false_object, 0);
  TypeObject& t = bool_type;
  t.name = "bool";
  t.base = &int_type;
  t.type_flags = kTypeIntSubclass | kTypeImmutable;  // not kTypeBaseType: bool is final
  t.basic_size = sizeof(IntObject);
  t.doc =
      "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False "
      "are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot "
      "be subclassed.";
  t.repr = bool_repr;
  t.new_instance = bool_new;
  t.binary[int(BinaryOp::kAnd)] = bool_bitwise<BinaryOp::kAnd>;
  t.binary[int(BinaryOp::kOr)] = bool_bitwise<BinaryOp::kOr>;
  t.binary[int(BinaryOp::kXor)] = bool_bitwise<BinaryOp::kXor>;
}

}  // namespace glasspy::objects
