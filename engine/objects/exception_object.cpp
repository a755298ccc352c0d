// BaseException (object model): the shared layout's lifetime, args/__traceback__/
// __context__/__cause__, repr and str, notes, KeyError's str, exception_new; and
// init_exception_types(), which fills every type listed in exceptions.def (the lead's
// builtin_types.cpp calls it, then ready_exception_types()).
#include "objects/exception_object.h"

#include <string>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/exception_common.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/traceback_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

#define GP_EXCEPTION(NAME, BASE, DOC) TypeObject exc_##NAME;
#include "objects/exceptions.def"
#undef GP_EXCEPTION

namespace exception_detail {

ExceptionObject* alloc_exception(TypeObject* type) {
  ExceptionObject* e = alloc<ExceptionObject>(type, type->basic_size);
  e->args = tuple_alloc(0);
  gc::track(e);
  return e;
}

void set_args(ExceptionObject* e, TupleObject* args) {
  incref(args);
  TupleObject* old = e->args;
  e->args = args;
  if (old != nullptr) decref(old);
}

void set_field(ExceptionObject* e, int i, Value v) {
  incref(v);
  Value old = e->fields[i];
  e->fields[i] = v;
  decref(old);
}

Value get_field(ExceptionObject* e, int i) {
  Value v = e->fields[i];
  if (v.is_null()) return none();
  incref(v);
  return v;
}

Value sequence_tuple(VM& vm, Value v) {
  if (is_exact_tuple(v)) {
    incref(v);
    return v;
  }
  if (is_exact_list(v)) {
    ListObject* l = as_list(v);
    return Value::from_object(tuple_from(l->items, l->size));
  }
  Ref it = Ref::steal(iter(vm, v));
  if (!it) return Value();
  Ref items = Ref::steal(Value::from_object(list_new()));
  for (;;) {
    Value item = next(vm, it.get());
    if (item.is_null()) {
      if (vm.has_error()) return Value();
      break;
    }
    list_append_owned(as_list(items.get()), item);
  }
  ListObject* l = as_list(items.get());
  return Value::from_object(tuple_from(l->items, l->size));
}

TupleObject* positional_tuple(CallArgs args) { return tuple_from(args.args, static_cast<int64_t>(args.nargs)); }

std::string short_type_name(const TypeObject* t) {
  std::string name = t->name;
  size_t dot = name.rfind('.');
  return dot == std::string::npos ? name : name.substr(dot + 1);
}

bool no_keywords(VM& vm, const TypeObject* t, CallArgs args) {
  if (args.nkw() == 0) return true;
  vm.raise(&exc_TypeError, std::string(t->name) + "() takes no keyword arguments");
  return false;
}

bool readonly_setter(VM& vm, Value, Value) {
  vm.raise(&exc_AttributeError, "readonly attribute");
  return false;
}

Value base_exception_new(VM&, TypeObject* type, CallArgs args) {
  ExceptionObject* e = alloc_exception(type);
  if (args.nargs > 0) {
    TupleObject* t = positional_tuple(args);
    set_args(e, t);
    decref(t);
  }
  return Value::from_object(e);
}

bool base_exception_init(VM& vm, Value self, CallArgs args) {
  if (!no_keywords(vm, type_of(self), args)) return false;
  ExceptionObject* e = as_exception(self);
  // The common case (type(*args) after __new__ stored the same args) allocates nothing.
  TupleObject* old = e->args;
  bool same = old != nullptr && old->size == static_cast<int64_t>(args.nargs);
  for (size_t i = 0; same && i < args.nargs; ++i) same = old->items()[i].is(args.args[i]);
  if (!same) {
    TupleObject* t = positional_tuple(args);
    set_args(e, t);
    decref(t);
  }
  return true;
}

Value base_exception_str(VM& vm, Value self) {
  TupleObject* args = as_exception(self)->args;
  if (args->size == 0) return Value::from_object(str_empty());
  if (args->size == 1) return str(vm, args->items()[0]);
  return str(vm, Value::from_object(args));
}

}  // namespace exception_detail

using namespace exception_detail;

bool is_exception_group(Value v) { return v.is_object() && is_subtype(v.as_object()->type, &exc_BaseExceptionGroup); }

void exception_set_traceback(ExceptionObject* e, Value traceback) {
  if (!traceback.is_null() && is_none(traceback)) traceback = Value();
  incref(traceback);
  Value old = e->traceback;
  e->traceback = traceback;
  decref(old);
}

void exception_set_context(ExceptionObject* e, Value context) {
  if (!context.is_null() && is_none(context)) context = Value();
  incref(context);
  Value old = e->context;
  e->context = context;
  decref(old);
}

void exception_set_cause(ExceptionObject* e, Value cause) {
  if (!cause.is_null() && is_none(cause)) cause = Value();
  incref(cause);
  Value old = e->cause;
  e->cause = cause;
  e->suppress_context = true;
  decref(old);
}

namespace {

// ---------------------------------------------------------------------------------------
// Lifetime

void exception_traverse(Object* self, VisitFn visit, void* context) {
  ExceptionObject* e = static_cast<ExceptionObject*>(self);
  if (e->args) visit(Value::from_object(e->args), context);
  visit(e->traceback, context);
  visit(e->cause, context);
  visit(e->context, context);
  if (e->dict) visit(Value::from_object(e->dict), context);
  for (Value v : e->fields) visit(v, context);
}

void exception_clear(Object* self) {
  ExceptionObject* e = static_cast<ExceptionObject*>(self);
  Value drop[5 + ExceptionObject::kFieldCount];
  int n = 0;
  drop[n++] = e->args ? Value::from_object(e->args) : Value();
  drop[n++] = e->traceback;
  drop[n++] = e->cause;
  drop[n++] = e->context;
  drop[n++] = e->dict ? Value::from_object(e->dict) : Value();
  for (Value& v : e->fields) {
    drop[n++] = v;
    v = Value();
  }
  e->args = nullptr;
  e->traceback = e->cause = e->context = Value();
  e->dict = nullptr;
  // Dropped after the fields are cleared: a __del__ run by a decref sees a consistent object.
  for (int i = 0; i < n; ++i) decref(drop[i]);
}

void exception_dealloc(Object* self) {
  exception_clear(self);
  free_object(self);
}

// ---------------------------------------------------------------------------------------
// repr, str

Value base_exception_repr(VM& vm, Value self) {
  ExceptionObject* e = as_exception(self);
  std::string text = short_type_name(type_of(self));
  std::string inner;
  if (e->args->size == 1) {
    if (!repr_utf8(vm, e->args->items()[0], &inner)) return Value();
    text += "(" + inner + ")";
  } else {
    if (!repr_utf8(vm, Value::from_object(e->args), &inner)) return Value();
    text += inner;
  }
  return Value::from_object(str_from_utf8(text));
}

Value key_error_str(VM& vm, Value self) {
  TupleObject* args = as_exception(self)->args;
  if (args->size == 1) return repr(vm, args->items()[0]);
  return base_exception_str(vm, self);
}

// ---------------------------------------------------------------------------------------
// BaseException's attributes

Value args_get(VM&, Value self) {
  TupleObject* t = as_exception(self)->args;
  incref(t);
  return Value::from_object(t);
}

bool args_set(VM& vm, Value self, Value value) {
  if (value.is_null()) {
    vm.raise(&exc_TypeError, "args may not be deleted");
    return false;
  }
  Value t = sequence_tuple(vm, value);
  if (t.is_null()) return false;
  set_args(as_exception(self), as_tuple(t));
  decref(t);
  return true;
}

Value or_none(Value v) {
  if (v.is_null()) return none();
  incref(v);
  return v;
}

Value traceback_get(VM&, Value self) { return or_none(as_exception(self)->traceback); }

bool traceback_set(VM& vm, Value self, Value value) {
  if (value.is_null()) {
    vm.raise(&exc_TypeError, "__traceback__ may not be deleted");
    return false;
  }
  if (!is_none(value) && !is_traceback(value)) {
    vm.raise(&exc_TypeError, "__traceback__ must be a traceback or None");
    return false;
  }
  exception_set_traceback(as_exception(self), value);
  return true;
}

Value context_get(VM&, Value self) { return or_none(as_exception(self)->context); }

bool context_set(VM& vm, Value self, Value value) {
  if (value.is_null()) {
    vm.raise(&exc_TypeError, "__context__ may not be deleted");
    return false;
  }
  if (!is_none(value) && !is_exception(value)) {
    vm.raise(&exc_TypeError, "exception context must be None or derive from BaseException");
    return false;
  }
  exception_set_context(as_exception(self), value);
  return true;
}

Value cause_get(VM&, Value self) { return or_none(as_exception(self)->cause); }

bool cause_set(VM& vm, Value self, Value value) {
  if (value.is_null()) {
    vm.raise(&exc_TypeError, "__cause__ may not be deleted");
    return false;
  }
  if (!is_none(value) && !is_exception(value)) {
    vm.raise(&exc_TypeError, "exception cause must be None or derive from BaseException");
    return false;
  }
  exception_set_cause(as_exception(self), value);
  return true;
}

Value suppress_context_get(VM&, Value self) { return boolean(as_exception(self)->suppress_context); }

bool suppress_context_set(VM& vm, Value self, Value value) {
  if (value.is_null()) {
    vm.raise(&exc_TypeError, "can't delete numeric/char attribute");
    return false;
  }
  if (!is_bool(value)) {
    vm.raise(&exc_TypeError, "attribute value type must be bool");
    return false;
  }
  as_exception(self)->suppress_context = value.is(true_value());
  return true;
}

Value dict_get(VM&, Value self) {
  ExceptionObject* e = as_exception(self);
  if (e->dict == nullptr) e->dict = dict_new();
  incref(e->dict);
  return Value::from_object(e->dict);
}

bool dict_set(VM& vm, Value self, Value value) {
  if (value.is_null()) {
    vm.raise(&exc_TypeError, "cannot delete __dict__");
    return false;
  }
  if (!is_dict(value)) {
    vm.raise(&exc_TypeError, std::string("__dict__ must be set to a dictionary, not a '") + type_name(value) + "'");
    return false;
  }
  ExceptionObject* e = as_exception(self);
  incref(value);
  DictObject* old = e->dict;
  e->dict = as_dict(value);
  if (old) decref(old);
  return true;
}

const GetSetDef kBaseExceptionGetSets[] = {
    {"__suppress_context__", suppress_context_get, suppress_context_set, nullptr},
    {"__dict__", dict_get, dict_set, nullptr},
    {"args", args_get, args_set, nullptr},
    {"__traceback__", traceback_get, traceback_set, nullptr},
    {"__context__", context_get, context_set, "exception context"},
    {"__cause__", cause_get, cause_set, "exception cause"},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------
// BaseException's methods

Value with_traceback(VM& vm, Value self, CallArgs args) {
  if (!traceback_set(vm, self, args.args[0])) return Value();
  incref(self);
  return self;
}

Value add_note(VM& vm, Value self, CallArgs args) {
  Value note = args.args[0];
  if (!is_str(note))
    return vm.raise(&exc_TypeError, std::string("note must be a str, not '") + type_name(note) + "'");
  StrObject* key = vm.intern("__notes__");
  Ref notes = Ref::steal(get_attribute_optional(vm, self, key));
  if (!notes) {
    if (vm.has_error()) return Value();
    notes = Ref::steal(Value::from_object(list_new()));
    if (!setattr(vm, self, key, notes.get())) return Value();
  } else if (!is_list(notes.get())) {
    return vm.raise(&exc_TypeError, "Cannot add note: __notes__ is not a list");
  }
  list_append(as_list(notes.get()), note);
  return none();
}

Value reduce(VM&, Value self, CallArgs) {
  ExceptionObject* e = as_exception(self);
  Value type = Value::from_object(type_of(self));
  if (e->dict != nullptr)
    return Value::from_object(tuple_of({type, Value::from_object(e->args), Value::from_object(e->dict)}));
  return Value::from_object(tuple_of({type, Value::from_object(e->args)}));
}

Value setstate(VM& vm, Value self, CallArgs args) {
  Value state = args.args[0];
  if (is_none(state)) return none();
  if (!is_dict(state)) return vm.raise(&exc_TypeError, "state is not a dictionary");
  int64_t pos = 0;
  Value key, value;
  while (dict_next(as_dict(state), &pos, &key, &value)) {
    if (!is_str(key)) return vm.raise(&exc_TypeError, "attribute name must be string");
    Ref k = Ref::borrow(key), v = Ref::borrow(value);
    if (!setattr(vm, self, as_str(k.get()), v.get())) return Value();
  }
  return none();
}

const MethodDef kBaseExceptionMethods[] = {
    {"__reduce__", reduce, ArgShape::kNoArgs, 0, 0, nullptr},
    {"__setstate__", setstate, ArgShape::kOneArg, 1, 1, nullptr},
    {"with_traceback", with_traceback, ArgShape::kOneArg, 1, 1,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", add_note, ArgShape::kOneArg, 1, 1,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------
// The table of types

constexpr ExceptionTypeEntry kTypes[] = {
#define GP_EXCEPTION(NAME, BASE, DOC) {#NAME, &exc_##NAME},
#include "objects/exceptions.def"
#undef GP_EXCEPTION
    {"EnvironmentError", &exc_OSError},
    {"IOError", &exc_OSError},
};

}  // namespace

const ExceptionTypeEntry* exception_types(size_t* count) {
  *count = sizeof kTypes / sizeof kTypes[0];
  return kTypes;
}

// ---------------------------------------------------------------------------------------
// Creation from C++

namespace exception_detail {
// Fills type-specific fields from args without raising (exception_new's contract): the
// OS/Syntax/Unicode files provide these for their types.
void os_error_fill(ExceptionObject* e);
void syntax_error_fill(ExceptionObject* e);
void unicode_error_fill(ExceptionObject* e);
}  // namespace exception_detail

ExceptionObject* exception_new(TypeObject* type, TupleObject* args) {
  if (type == &exc_OSError && args->size >= 2 && args->size <= 5 && is_int(args->items()[0])) {
    int64_t code = 0;
    if (int_to_int64(args->items()[0], &code)) type = os_error_type_for_errno(static_cast<long>(code));
  }
  ExceptionObject* e = alloc_exception(type);
  set_args(e, args);
  // Most types have no fields to fill (the common raise path: TypeError, ValueError...).
  if (type->init == base_exception_init && type->new_instance == base_exception_new) return e;
  int64_t n = args->size;
  Value first = n > 0 ? args->items()[0] : Value();
  if (is_subtype(type, &exc_StopIteration)) {
    set_field(e, kStopIterationValue, n > 0 ? first : none());
  } else if (is_subtype(type, &exc_SystemExit)) {
    if (n == 1) set_field(e, kSystemExitCode, first);
    else if (n > 1) set_field(e, kSystemExitCode, Value::from_object(args));
  } else if (is_subtype(type, &exc_ImportError)) {
    if (n == 1) set_field(e, kImportErrorMsg, first);
  } else if (is_subtype(type, &exc_OSError)) {
    os_error_fill(e);
  } else if (is_subtype(type, &exc_SyntaxError)) {
    syntax_error_fill(e);
  } else if (is_subtype(type, &exc_UnicodeError)) {
    unicode_error_fill(e);
  } else if (is_subtype(type, &exc_BaseExceptionGroup) && n == 2 && is_str(first)) {
    Value excs = args->items()[1];
    if (is_list(excs)) {
      TupleObject* t = tuple_from(as_list(excs)->items, as_list(excs)->size);
      set_field(e, kExceptionGroupExceptions, Value::from_object(t));
      decref(t);
    } else if (is_tuple(excs)) {
      set_field(e, kExceptionGroupExceptions, excs);
    } else {
      return e;
    }
    set_field(e, kExceptionGroupMessage, first);
  }
  return e;
}

ExceptionObject* exception_with_message(TypeObject* type, std::string_view message) {
  StrObject* s = str_from_utf8(message);
  ExceptionObject* e = exception_with_arg(type, Value::from_object(s));
  decref(s);
  return e;
}

ExceptionObject* exception_with_arg(TypeObject* type, Value arg) {
  TupleObject* args = tuple_from(&arg, 1);
  ExceptionObject* e = exception_new(type, args);
  decref(args);
  return e;
}

// ---------------------------------------------------------------------------------------
// Initialisation

void init_exception_types() {
  // exceptions.def names BaseException's base "Object": this makes &exc_Object `object`.
  TypeObject& exc_Object = object_type;
#define GP_EXCEPTION(NAME, BASE, DOC)                                                 \
  exc_##NAME.name = #NAME;                                                            \
  exc_##NAME.basic_size = sizeof(ExceptionObject);                                    \
  exc_##NAME.type_flags = kTypeBaseType | kTypeGc | kTypeExceptionSubclass;           \
  exc_##NAME.base = &exc_##BASE;                                                      \
  exc_##NAME.doc = DOC;
#include "objects/exceptions.def"
#undef GP_EXCEPTION

  TypeObject& b = exc_BaseException;
  b.dealloc = exception_dealloc;
  b.traverse = exception_traverse;
  b.clear = exception_clear;
  b.new_instance = base_exception_new;
  b.init = base_exception_init;
  b.repr = base_exception_repr;
  b.str = base_exception_str;
  b.methods = kBaseExceptionMethods;
  b.getsets = kBaseExceptionGetSets;

  exc_KeyError.str = key_error_str;

  init_simple_exception_types();
  init_os_error_types();
  init_syntax_error_types();
  init_unicode_error_types();
  init_exception_group_types();
  init_traceback_type();
}

}  // namespace glasspy::objects
