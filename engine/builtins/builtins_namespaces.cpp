// Namespace built-ins (builtins stage): dir, vars, globals, locals. Without an argument
// they read the caller's frame (vm.current_frame(), the Python frame that made the call);
// a function's locals() is its frame's cached dict refreshed from the fast locals and
// cells, as CPython 3.11's PyFrame_FastToLocals does.
#include <string>

#include "builtins/builtins_internal.h"
#include "bytecode/code_unit.h"
#include "objects/builtin_types.h"
#include "objects/callable_objects.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/frame_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

namespace {

vm::Frame* caller_frame(VM& vm, const char* fname) {
  vm::Frame* frame = vm.current_frame();
  if (frame == nullptr) vm.raise(&exc_SystemError, std::string(fname) + "(): no current frame");
  return frame;
}

// locals() of `frame`: its namespace mapping, or its fast locals as a dict.
Value frame_locals(VM& vm, vm::Frame* frame) {
  // A function frame's locals() is cached on the frame as CPython 3.11's f_locals.
  if ((frame->code->flags & bytecode::kCoOptimized) != 0)
    return refresh_fast_locals(vm, frame->code, frame->localsplus, &frame->locals);
  incref(frame->locals);
  return frame->locals;
}

// Sorts a list of names in place (str order; other keys compare as Python does).
Value sorted_list(VM& vm, Value list) {
  if (list.is_null()) return list;
  if (!list_sort(vm, as_list(list), Value(), false)) {
    decref(list);
    return Value();
  }
  return list;
}

// The keys of a mapping as a new list.
Value mapping_keys(VM& vm, Value mapping) {
  if (is_dict(mapping)) {
    DictObject* d = as_dict(mapping);
    ListObject* list = list_new(d->used);
    int64_t pos = 0;
    Value key;
    while (dict_next(d, &pos, &key, nullptr)) list_append(list, key);
    return Value::from_object(list);
  }
  Ref keys = Ref::steal(call_method(vm, mapping, vm.intern("keys"), nullptr, 0));
  if (keys.is_null()) return Value();
  return list_from_iterable(vm, keys.get());
}

}  // namespace

Value builtin_dir(VM& vm, Value, CallArgs args) {
  if (args.nargs == 0) {
    vm::Frame* frame = caller_frame(vm, "dir");
    if (frame == nullptr) return Value();
    Ref locals = Ref::steal(frame_locals(vm, frame));
    return sorted_list(vm, mapping_keys(vm, locals.get()));
  }
  Value v = args.args[0];
  if (is_module(v)) {
    // module.__dir__: the module's own __dir__ function if it has one, else its names.
    DictObject* d = as_module(v)->dict;
    Value custom = dict_get_str(d, vm.intern("__dir__"));
    Value names = !custom.is_null() ? call0(vm, custom) : mapping_keys(vm, Value::from_object(d));
    if (names.is_null()) return names;
    Ref hold = Ref::steal(names);
    return sorted_list(vm, list_from_iterable(vm, names));
  }
  bool found = false;
  Ref names = Ref::steal(call_special(vm, v, "__dir__", nullptr, 0, &found));
  if (!found) return vm.raise(&exc_TypeError, "object does not provide __dir__");
  if (names.is_null()) return Value();
  return sorted_list(vm, list_from_iterable(vm, names.get()));
}

Value builtin_vars(VM& vm, Value self, CallArgs args) {
  if (args.nargs == 0) return builtin_locals(vm, self, args);
  Value d = get_attribute_optional(vm, args.args[0], vm.intern("__dict__"));
  if (!d.is_null()) return d;
  if (vm.has_error() && !vm.error_matches(&exc_AttributeError)) return Value();
  vm.clear_error();
  return vm.raise(&exc_TypeError, "vars() argument must have __dict__ attribute");
}

Value builtin_globals(VM& vm, Value, CallArgs) {
  vm::Frame* frame = caller_frame(vm, "globals");
  if (frame == nullptr) return Value();
  incref(frame->globals);
  return Value::from_object(frame->globals);
}

Value builtin_locals(VM& vm, Value, CallArgs) {
  vm::Frame* frame = caller_frame(vm, "locals");
  if (frame == nullptr) return Value();
  return frame_locals(vm, frame);
}

}  // namespace glasspy::builtins
