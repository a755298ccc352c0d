// types.ModuleType(name, doc=None) (object model): module objects made by a program (and
// its subclasses), with CPython's module.__new__ / module.__init__ behaviour and messages.
#include <string>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/callable_objects.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::objects {

// module.__new__: an empty namespace (module.__init__ fills in __name__ and the rest).
Value module_type_new(VM&, TypeObject* type, CallArgs) {
  auto* m = static_cast<ModuleObject*>(alloc_object(type, type->basic_size));
  m->dict = dict_new();
  gc::track(m);
  return Value::from_object(m);
}

// module.__init__(name, doc=None).
bool module_type_init(VM& vm, Value self, CallArgs args) {
  if (args.nargs > 2 && args.nkw() == 0) {
    vm.raise(&exc_TypeError, "module() takes at most 2 arguments (" + std::to_string(args.nargs) + " given)");
    return false;
  }
  Value a[2];
  if (!vm::parse_args(vm, args, "module", {"name", "doc"}, 1, a)) return false;
  if (!is_str(a[0])) {
    vm.raise(&exc_TypeError, std::string("module() argument 'name' must be str, not ") + type_name(a[0]));
    return false;
  }
  DictObject* d = as_module(self)->dict;
  dict_set_str(d, vm.intern("__name__"), a[0]);
  dict_set_str(d, vm.intern("__doc__"), a[1].is_null() ? none() : a[1]);
  dict_set_str(d, vm.intern("__package__"), none());
  dict_set_str(d, vm.intern("__loader__"), none());
  dict_set_str(d, vm.intern("__spec__"), none());
  return true;
}

}  // namespace glasspy::objects
