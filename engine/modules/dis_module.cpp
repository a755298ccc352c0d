// The _opcode module (modules stage): the one opcode table (bytecode/opcodes.def) as
// Python data for engine/lib/opcode.py and dis.py, and stack_effect() with CPython's
// messages. dis itself is written in Python on top of this and the code objects' co_*.
#include <string>

#include "bytecode/opcode.h"
#include "modules/builtin_modules.h"
#include "modules/introspect_helpers.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::modules {

using namespace objects;

namespace {

using bytecode::Opcode;

// Which part of the table a row comes from (the third column of _table()).
constexpr int kRealOpcode = 0;
constexpr int kPseudoOpcode = 1;
constexpr int kSpecializedOpcode = 2;

void add_row(ListObject* rows, const char* name, int number, int kind) {
  Opcode op = static_cast<Opcode>(number);
  Value row = steal_tuple({Value::from_object(str_from_ascii(name)), make_int(number), make_int(kind),
                                           make_int(bytecode::cache_entries(bytecode::deoptimize(op))),
                                           make_int(static_cast<int>(bytecode::arg_kind(bytecode::deoptimize(op)))),
                                           make_int(static_cast<int>(bytecode::jump_kind(bytecode::deoptimize(op)))),
                                           make_int(static_cast<int>(bytecode::deoptimize(op)))});
  list_append_owned(rows, row);
}

// _table(): (name, number, kind, cache entries, arg kind, jump kind, base number) per
// opcode, in table order. Arg kinds: 0 none, 1 int, 2 const, 3 name, 4 local, 5 free,
// 6 compare, 7 jump; jump kinds: 0 no, 1 forward, 2 backward, 3 either, 4 setup.
Value opcode_table(VM&, Value, CallArgs) {
  ListObject* rows = list_new();
#define GP_OPCODE(NAME, number, caches, arg, jump, pops, pushes, meaning) add_row(rows, #NAME, number, kRealOpcode);
#define GP_PSEUDO(NAME, number, arg, jump, pops, pushes, meaning) add_row(rows, #NAME, number, kPseudoOpcode);
#define GP_SPECIALIZED(NAME, number, BASE) add_row(rows, #NAME, number, kSpecializedOpcode);
#include "bytecode/opcodes.def"
  return Value::from_object(rows);
}

bool is_real_opcode(int number) {
  switch (number) {
#define GP_OPCODE(NAME, number, caches, arg, jump, pops, pushes, meaning) case number:
#include "bytecode/opcodes.def"
      return true;
    default:
      return false;
  }
}

// stack_effect(opcode, oparg=None, /, *, jump=None).
Value opcode_stack_effect(VM& vm, Value, CallArgs args) {
  Value p[3];
  if (!vm::parse_args(vm, args, "stack_effect", {"", "", "jump"}, 1, p, 2, 2)) return Value();
  int64_t number;
  if (!index_int64(vm, p[0], &number)) return Value();
  bool known = number >= 0 && number < bytecode::kFirstPseudo && is_real_opcode(static_cast<int>(number));
  int64_t oparg = 0;
  bool has_oparg = !p[1].is_null() && !is_none(p[1]);
  if (number >= bytecode::kHaveArgument) {
    if (!has_oparg) return vm.raise(&exc_ValueError, "stack_effect: opcode requires oparg but oparg was not specified");
    if (!index_int64(vm, p[1], &oparg)) return Value();
  } else if (has_oparg) {
    return vm.raise(&exc_ValueError, "stack_effect: opcode does not permit oparg but oparg was specified");
  }
  int jump = -1;
  if (!p[2].is_null() && !is_none(p[2])) {
    if (p[2].is(true_value())) jump = 1;
    else if (p[2].is(false_value())) jump = 0;
    else return vm.raise(&exc_ValueError, "stack_effect: jump must be False, True or None");
  }
  if (!known || number == 0) return vm.raise(&exc_ValueError, "invalid opcode or oparg");
  Opcode op = static_cast<Opcode>(number);
  int arg = static_cast<int>(oparg);
  int effect;
  if (jump < 0) {
    int taken = bytecode::stack_effect(op, arg, true);
    int not_taken = bytecode::stack_effect(op, arg, false);
    effect = taken > not_taken ? taken : not_taken;
  } else {
    effect = bytecode::stack_effect(op, arg, jump == 1);
  }
  return make_int(effect);
}

const MethodDef kOpcodeFunctions[] = {
    {"stack_effect", opcode_stack_effect, ArgShape::kKeywords, 0, -1, "Compute the stack effect of the opcode."},
    {"_table", opcode_table, ArgShape::kNoArgs, 0, 0, nullptr},
    {nullptr, nullptr},
};

}  // namespace

ModuleObject* make_opcode_module(vm::VM& vm) {
  ModuleObject* m = module_new(vm, vm.intern("_opcode"));
  add_owned(vm, m, "__doc__", Value::from_object(str_from_ascii("Opcode support module.")));
  add_functions(vm, m, kOpcodeFunctions);
  add_value(vm, m, "HAVE_ARGUMENT", Value::from_small_int(bytecode::kHaveArgument));
  return m;
}

}  // namespace glasspy::modules
