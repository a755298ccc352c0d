// The _abc module (modules stage): the one piece of engine/lib/abc.py that needs C++,
// setting the type flags `case [...]` / `case {...}` test (CPython's __abc_tpflags__ and
// the flags _abc_register copies onto registered classes).
#include "modules/builtin_modules.h"
#include "objects/builtin_types.h"
#include "objects/exception_object.h"
#include "objects/str_object.h"
#include "vm/vm.h"

namespace glasspy::modules {

using namespace objects;

namespace {

// _set_match_flag(cls, kind): kind is 'sequence' or 'mapping'. A class that already has
// either flag keeps it (as CPython: the first collection ABC wins). Subclasses created
// later inherit the flag from their base.
Value abc_set_match_flag(VM& vm, Value, CallArgs args) {
  Value cls = args.args[0];
  Value kind = args.args[1];
  if (!cls.is_object() || !is_subtype(type_of(cls), &type_type))
    return vm.raise(&exc_TypeError, "_set_match_flag() argument 1 must be a type");
  if (!is_str(kind)) return vm.raise(&exc_TypeError, "_set_match_flag() argument 2 must be str");
  auto* type = static_cast<TypeObject*>(cls.as_object());
  std::string_view k = str_utf8(static_cast<StrObject*>(kind.as_object()));
  uint32_t flag = k == "sequence" ? kTypeMatchSequence : k == "mapping" ? kTypeMatchMapping : 0;
  if (flag == 0) return vm.raise(&exc_ValueError, "_set_match_flag() kind must be 'sequence' or 'mapping'");
  // Static types are immutable; the built-in ones already carry their flags.
  if (has_flag(type, kTypeHeap) && !has_flag(type, kTypeMatchSequence | kTypeMatchMapping))
    type->type_flags |= flag;
  return none();
}

const MethodDef kAbcFunctions[] = {
    {"_set_match_flag", abc_set_match_flag, ArgShape::kPositional, 2, 2,
     "Mark a class as a sequence or a mapping for the match statement."},
    {nullptr, nullptr},
};

}  // namespace

ModuleObject* make_abc_module(vm::VM& vm) {
  ModuleObject* m = module_new(vm, vm.intern("_abc"));
  add_functions(vm, m, kAbcFunctions);
  return m;
}

}  // namespace glasspy::modules
