// "Did you mean" suggestions (VM stage): the candidates CPython 3.11 considers for an
// AttributeError (dir(obj)) and a NameError (the innermost frame's local variable names,
// then its globals, then the builtins), handed to best_suggestion (suggestions.cpp).
#include <algorithm>

#include "objects/callable_objects.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/traceback_object.h"
#include "vm/suggestions.h"
#include "vm/vm.h"

namespace glasspy::vm {

using namespace objects;

namespace {

// The str items of a list or a dict's keys; false if any is not a str (CPython then gives
// up on the suggestion).
bool names_of_list(ListObject* list, std::vector<std::string>* out) {
  for (int64_t i = 0; i < list->size; ++i) {
    if (!is_str(list->items[i])) return false;
    out->emplace_back(str_utf8(as_str(list->items[i])));
  }
  return true;
}

bool names_of_dict(DictObject* d, std::vector<std::string>* out) {
  int64_t pos = 0;
  Value key, value;
  while (dict_next(d, &pos, &key, &value)) {
    if (!is_str(key)) return false;
    out->emplace_back(str_utf8(as_str(key)));
  }
  return true;
}

// dir(obj) as PyObject_Dir: __dir__ looked up on type(obj) (a class's own __dir__ is
// not it), a module's names from its dict; as a sorted list of str.
bool dir_names(VM& vm, Value obj, std::vector<std::string>* out) {
  Ref names;
  if (is_module(obj)) {
    DictObject* d = as_module(obj)->dict;
    Value custom = dict_get_str(d, vm.intern("__dir__"));
    if (custom.is_null()) {
      if (!names_of_dict(d, out)) return false;
      std::sort(out->begin(), out->end());
      return true;
    }
    names = Ref::steal(call0(vm, custom));
  } else {
    Value func = type_lookup(type_of(obj), vm.intern("__dir__"));
    if (func.is_null()) return false;
    TypeObject* ft = type_of(func);
    if (ft->descr_get == nullptr) return false;
    Ref bound = Ref::steal(ft->descr_get(vm, func, obj, Value::from_object(type_of(obj))));
    if (!bound) return false;
    names = Ref::steal(call0(vm, bound.get()));
  }
  if (!names) return false;
  Ref list = Ref::steal(call1(vm, Value::from_object(&list_type), names.get()));
  if (!list) return false;
  if (!names_of_list(as_list(list.get()), out)) return false;
  std::sort(out->begin(), out->end());  // UTF-8 byte order is code point order
  return true;
}

bool attribute_suggestion(VM& vm, ExceptionObject* e, std::string* out) {
  Value name = e->fields[kAttributeErrorName], obj = e->fields[kAttributeErrorObj];
  if (name.is_null() || obj.is_null() || !is_exact_str(name)) return false;
  std::vector<std::string> names;
  if (!dir_names(vm, obj, &names)) return false;
  return best_suggestion(str_utf8(as_str(name)), names, out);
}

bool name_suggestion(VM& vm, ExceptionObject* e, std::string* out) {
  Value name = e->fields[kNameErrorName];
  if (name.is_null() || !is_exact_str(name) || !is_traceback(e->traceback)) return false;
  TracebackObject* tb = as_traceback(e->traceback);
  while (tb->next != nullptr) tb = tb->next;
  std::string_view wanted = str_utf8(as_str(name));
  std::vector<std::string> names;
  if (tb->code != nullptr && tb->code->localsplusnames != nullptr) {
    TupleObject* locals = tb->code->localsplusnames;
    for (int64_t i = 0; i < tb->code->nlocals && i < locals->size; ++i)
      names.emplace_back(str_utf8(as_str(locals->items()[i])));
  }
  if (best_suggestion(wanted, names, out)) return true;
  if (tb->globals != nullptr) {
    names.clear();
    if (!names_of_dict(tb->globals, &names)) return false;
    if (best_suggestion(wanted, names, out)) return true;
  }
  names.clear();
  if (vm.builtins() == nullptr || !names_of_dict(vm.builtins(), &names)) return false;
  return best_suggestion(wanted, names, out);
}

}  // namespace

bool offer_suggestion(VM& vm, Value exception, std::string* out) {
  if (!is_exception(exception)) return false;
  TypeObject* t = type_of(exception);
  bool found = false;
  if (is_subtype(t, &exc_AttributeError)) found = attribute_suggestion(vm, as_exception(exception), out);
  else if (is_subtype(t, &exc_NameError)) found = name_suggestion(vm, as_exception(exception), out);
  if (vm.has_error()) vm.clear_error();
  return found;
}

}  // namespace glasspy::vm
