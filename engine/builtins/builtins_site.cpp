// The names CPython's site module adds to builtins (builtins stage): exit and quit
// (Quitter: calling raises SystemExit(code)), copyright, credits and license (_Printer:
// calling prints the text), help (_Helper: pydoc's interactive help is not available, so
// calling it prints a note saying so). Their reprs are CPython's.
#include "builtins/builtins_internal.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

namespace {

TypeObject quitter_type, printer_type, helper_type;

struct SiteObject : Object {
  const char* repr_text = "";
  const char* call_text = "";  // what calling prints (printers, help)
};

constexpr const char* kCopyright =
    "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\n"
    "All Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights "
    "Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";
constexpr const char* kCredits =
    "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n    for supporting Python "
    "development.  See www.python.org for more information.";
constexpr const char* kLicenseRepr = "Type license() to see the full license text";
constexpr const char* kLicenseCall =
    "Python is distributed under the PSF License Agreement: see https://docs.python.org/3/license.html";
constexpr const char* kHelpRepr = "Type help() for interactive help, or help(object) for help about object.";
constexpr const char* kHelpCall = "Interactive help (pydoc) is not available in Glasspy.";

void site_dealloc(Object* self) { free_object(self); }

Value site_repr(VM&, Value self) {
  return Value::from_object(str_from_utf8(static_cast<SiteObject*>(self.as_object())->repr_text));
}

// Prints a line through print() (sys.stdout).
Value print_line(VM& vm, const char* text) {
  Ref line = Ref::steal(Value::from_object(str_from_utf8(text)));
  Value arg = line.get();
  return builtin_print(vm, Value(), CallArgs{&arg, 1, nullptr});
}

Value quitter_call(VM& vm, Value, CallArgs args) {
  if (args.nkw() != 0 || args.nargs > 1) return vm.raise(&exc_TypeError, "Quitter.__call__() takes from 1 to 2 positional arguments");
  Value code = args.nargs == 1 ? args.args[0] : none();
  TupleObject* t = tuple_from(&code, 1);
  ExceptionObject* e = exception_new(&exc_SystemExit, t);
  decref(t);
  vm.raise_value(Value::from_object(e));
  decref(e);
  return Value();
}

Value printer_call(VM& vm, Value self, CallArgs args) {
  if (args.nargs != 0 || args.nkw() != 0) return vm.raise(&exc_TypeError, "_Printer.__call__() takes 1 positional argument");
  return print_line(vm, static_cast<SiteObject*>(self.as_object())->call_text);
}

Value helper_call(VM& vm, Value self, CallArgs) {
  return print_line(vm, static_cast<SiteObject*>(self.as_object())->call_text);
}

void init_site_types() {
  static bool done = false;
  if (done) return;
  done = true;
  struct Spec {
    TypeObject* type;
    const char* name;
    Value (*call)(VM&, Value, CallArgs);
  };
  for (const Spec& s : {Spec{&quitter_type, "_sitebuiltins.Quitter", quitter_call}, Spec{&printer_type, "_sitebuiltins._Printer", printer_call},
                        Spec{&helper_type, "_sitebuiltins._Helper", helper_call}}) {
    s.type->name = s.name;
    s.type->type_flags = kTypeImmutable;
    s.type->basic_size = sizeof(SiteObject);
    s.type->dealloc = site_dealloc;
    s.type->repr = site_repr;
    s.type->call = s.call;
    ready_static_type(s.type);
    split_dotted_type_name(s.type);
  }
}

void add(VM& vm, DictObject* builtins, const char* name, TypeObject* type, const char* repr_text,
         const char* call_text) {
  SiteObject* o = alloc<SiteObject>(type);
  o->repr_text = repr_text;
  o->call_text = call_text;
  dict_set_str(builtins, vm.intern(name), Value::from_object(o));
  decref(o);
}

}  // namespace

void add_site_builtins(VM& vm, DictObject* builtins) {
  init_site_types();
  add(vm, builtins, "quit", &quitter_type, "Use quit() or Ctrl-D (i.e. EOF) to exit", "");
  add(vm, builtins, "exit", &quitter_type, "Use exit() or Ctrl-D (i.e. EOF) to exit", "");
  add(vm, builtins, "copyright", &printer_type, kCopyright, kCopyright);
  add(vm, builtins, "credits", &printer_type, kCredits, kCredits);
  add(vm, builtins, "license", &printer_type, kLicenseRepr, kLicenseCall);
  add(vm, builtins, "help", &helper_type, kHelpRepr, kHelpCall);
}

}  // namespace glasspy::builtins
