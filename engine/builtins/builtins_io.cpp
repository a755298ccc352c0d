// Console built-ins (builtins stage): print (writes through file.write, sys.stdout by
// default), input (prompt to sys.stdout, line from the host's stdin, or the VM stopping at
// the call until the host answers), breakpoint (a no-op: there is no debugger to enter).
#include <string>

#include "builtins/builtins_internal.h"
#include "objects/builtin_types.h"
#include "objects/callable_objects.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

Value sys_attribute(VM& vm, const char* name) {
  Value sys = dict_get_utf8(vm.modules(), "sys");
  if (sys.is_null() || !is_module(sys)) return Value();
  return dict_get_utf8(as_module(sys)->dict, name);
}

namespace {

// Writes `text` with write(text); false on error.
bool write_text(VM& vm, Value write, Value text) {
  Value r = call1(vm, write, text);
  if (r.is_null()) return false;
  decref(r);
  return true;
}

bool flush_file(VM& vm, Value file) {
  Value r = call_method(vm, file, vm.intern("flush"), nullptr, 0);
  if (r.is_null()) return false;
  decref(r);
  return true;
}

// A sep= / end= argument: null or None for the default, else a str.
bool check_separator(VM& vm, Value v, const char* what) {
  if (v.is_null() || is_none(v) || is_str(v)) return true;
  vm.raise(&exc_TypeError, std::string(what) + " must be None or a string, not " + type_name(v));
  return false;
}

}  // namespace

Value builtin_print(VM& vm, Value, CallArgs args) {
  Value kw[4];
  if (!bind_keywords(vm, args, "print", {"sep", "end", "file", "flush"}, kw)) return Value();
  Value file = kw[2];
  if (file.is_null() || is_none(file)) {
    file = sys_attribute(vm, "stdout");
    if (file.is_null()) return vm.raise(&exc_RuntimeError, "lost sys.stdout");
    if (is_none(file)) return none();
  }
  if (!check_separator(vm, kw[0], "sep") || !check_separator(vm, kw[1], "end")) return Value();
  Ref hold_file = Ref::borrow(file);  // a write() may replace sys.stdout
  Ref write = Ref::steal(getattr(vm, file, vm.intern("write")));
  if (write.is_null()) return Value();
  for (size_t i = 0; i < args.nargs; ++i) {
    if (i > 0) {
      Value sep = kw[0].is_null() || is_none(kw[0]) ? Value::from_object(vm.intern(" ")) : kw[0];
      if (!write_text(vm, write.get(), sep)) return Value();
    }
    Value item = args.args[i];
    Ref text = Ref::steal(is_exact_str(item) ? (incref(item), item) : str(vm, item));
    if (text.is_null() || !write_text(vm, write.get(), text.get())) return Value();
  }
  Value end = kw[1].is_null() || is_none(kw[1]) ? Value::from_object(vm.intern("\n")) : kw[1];
  if (!write_text(vm, write.get(), end)) return Value();
  if (!kw[3].is_null()) {
    int flush = truthy(vm, kw[3]);
    if (flush < 0 || (flush > 0 && !flush_file(vm, file))) return Value();
  }
  return none();
}

Value builtin_input(VM& vm, Value, CallArgs args) {
  // Asked again after the VM stopped here for the host's answer: the prompt is out already.
  bool resumed = vm.take_input_resumed();
  std::string prompt;
  if (!resumed) {
    Value out = sys_attribute(vm, "stdout");
    if (out.is_null() || is_none(out)) return vm.raise(&exc_RuntimeError, "input(): lost sys.stdout");
    Ref hold = Ref::borrow(out);
    if (args.nargs == 1) {
      Ref text = Ref::steal(str(vm, args.args[0]));
      if (text.is_null()) return Value();
      prompt = str_utf8(as_str(text.get()));
      Value piece = text.get();
      Value written = call_method(vm, out, vm.intern("write"), &piece, 1);
      if (written.is_null()) return Value();
      decref(written);
    }
    Value flushed = get_attribute_optional(vm, out, vm.intern("flush"));
    if (!flushed.is_null()) {
      Ref flush = Ref::steal(flushed);
      Value r = call0(vm, flush.get());
      if (r.is_null()) return Value();
      decref(r);
    } else if (vm.has_error()) {
      return Value();
    }
  }
  // Stop (an interrupt) while waiting ends input() with KeyboardInterrupt, as Ctrl-C does.
  if (!vm.poll_interrupt()) return Value();
  std::string line;
  host::Host::InputStatus status = vm.host().read_input(prompt, &line);
  if (!vm.poll_interrupt()) return Value();
  if (status == host::Host::InputStatus::kPending) {
    if (!vm.is_direct_outer_call(builtin_input))
      return vm.raise(&exc_RuntimeError,
                      "input(): cannot wait for input here (called from inside another call, such as a "
                      "__repr__ or a key function); the host gives input only to input() called directly");
    vm.request_input_wait();
    return Value();
  }
  if (status == host::Host::InputStatus::kEof) return vm.raise(&exc_EOFError, "EOF when reading a line");
  return Value::from_object(str_from_utf8(line));
}

// breakpoint(*args, **kws) calls sys.breakpointhook(*args, **kws). CPython's default hook
// enters pdb; Glasspy has no debugger, so without a hook set by the program (or when sys
// has none) the call does nothing and prints nothing.
Value builtin_breakpoint(VM& vm, Value, CallArgs args) {
  Value hook = sys_attribute(vm, "breakpointhook");
  if (hook.is_null() || is_none(hook)) return none();
  Ref hold = Ref::borrow(hook);
  return call(vm, hook, args);
}

}  // namespace glasspy::builtins
