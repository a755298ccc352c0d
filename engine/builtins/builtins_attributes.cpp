// Attribute and type-test built-ins (builtins stage): callable, getattr / setattr /
// delattr / hasattr (names must be str; getattr's default and hasattr catch only
// AttributeError), isinstance / issubclass (ops.h has the protocol).
#include <string>

#include "builtins/builtins_internal.h"
#include "objects/builtin_types.h"
#include "objects/exception_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

namespace {

// The attribute name argument as a str, or null with TypeError raised.
StrObject* attribute_name(VM& vm, Value name) {
  if (!is_str(name)) {
    vm.raise(&exc_TypeError, std::string("attribute name must be string, not '") + type_name(name) + "'");
    return nullptr;
  }
  // Subclass instances look up as the plain text they hold.
  if (!is_exact_str(name)) return vm.intern(str_utf8(as_str(name)));
  return as_str(name);
}

}  // namespace

Value builtin_callable(VM&, Value, CallArgs args) { return boolean(is_callable(args.args[0])); }

Value builtin_getattr(VM& vm, Value, CallArgs args) {
  StrObject* name = attribute_name(vm, args.args[1]);
  if (name == nullptr) return Value();
  if (args.nargs == 2) return getattr(vm, args.args[0], name);
  Value v = get_attribute_optional(vm, args.args[0], name);
  if (!v.is_null()) return v;
  if (vm.has_error()) {
    if (!vm.error_matches(&exc_AttributeError)) return Value();
    vm.clear_error();
  }
  incref(args.args[2]);
  return args.args[2];
}

Value builtin_setattr(VM& vm, Value, CallArgs args) {
  StrObject* name = attribute_name(vm, args.args[1]);
  if (name == nullptr || !setattr(vm, args.args[0], name, args.args[2])) return Value();
  return none();
}

Value builtin_delattr(VM& vm, Value, CallArgs args) {
  StrObject* name = attribute_name(vm, args.args[1]);
  if (name == nullptr || !delattr(vm, args.args[0], name)) return Value();
  return none();
}

Value builtin_hasattr(VM& vm, Value, CallArgs args) {
  StrObject* name = attribute_name(vm, args.args[1]);
  if (name == nullptr) return Value();
  Value v = get_attribute_optional(vm, args.args[0], name);
  if (!v.is_null()) {
    decref(v);
    return true_value();
  }
  if (vm.has_error()) {
    if (!vm.error_matches(&exc_AttributeError)) return Value();
    vm.clear_error();
  }
  return false_value();
}

Value builtin_isinstance(VM& vm, Value, CallArgs args) {
  int r = isinstance(vm, args.args[0], args.args[1]);
  if (r < 0) return Value();
  return boolean(r != 0);
}

Value builtin_issubclass(VM& vm, Value, CallArgs args) {
  int r = issubclass(vm, args.args[0], args.args[1]);
  if (r < 0) return Value();
  return boolean(r != 0);
}

}  // namespace glasspy::builtins
