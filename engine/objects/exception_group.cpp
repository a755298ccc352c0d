// BaseExceptionGroup and ExceptionGroup (object model, PEP 654): the constructor's rules
// and messages, message/exceptions, derive, subgroup and split (which except* uses), and
// ExceptionGroup's second base, Exception.
#include <string>
#include <unordered_set>

#include "objects/exception_common.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/traceback_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

using namespace exception_detail;

namespace {

Value group_new(VM& vm, TypeObject* type, CallArgs args) {
  if (args.nargs != 2)
    return vm.raise(&exc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (" +
                                        std::to_string(args.nargs) + " given)");
  Value message = args.args[0], exceptions = args.args[1];
  if (!is_str(message))
    return vm.raise(&exc_TypeError,
                    std::string("BaseExceptionGroup.__new__() argument 1 must be str, not ") + type_name(message));
  // PySequence_Check: anything with __getitem__ but a dict.
  TypeObject* et = type_of(exceptions);
  if (et->getitem == nullptr || is_dict(exceptions))
    return vm.raise(&exc_TypeError, "second argument (exceptions) must be a sequence");
  Ref tuple = Ref::steal(sequence_tuple(vm, exceptions));
  if (!tuple) return Value();
  TupleObject* excs = as_tuple(tuple.get());
  if (excs->size == 0) return vm.raise(&exc_ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool nested_base_exceptions = false;
  for (int64_t i = 0; i < excs->size; ++i) {
    Value e = excs->items()[i];
    if (!is_exception(e))
      return vm.raise(&exc_ValueError, "Item " + std::to_string(i) + " of second argument (exceptions) is not an exception");
    if (!is_subtype(type_of(e), &exc_Exception)) nested_base_exceptions = true;
  }
  TypeObject* cls = type;
  if (cls == &exc_ExceptionGroup) {
    if (nested_base_exceptions) return vm.raise(&exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (cls == &exc_BaseExceptionGroup) {
    if (!nested_base_exceptions) cls = &exc_ExceptionGroup;
  } else if (nested_base_exceptions && is_subtype(cls, &exc_Exception)) {
    return vm.raise(&exc_TypeError, std::string("Cannot nest BaseExceptions in '") + cls->name + "'");
  }
  Value self = base_exception_new(vm, cls, args);
  if (self.is_null()) return self;
  set_field(as_exception(self), kExceptionGroupMessage, message);
  set_field(as_exception(self), kExceptionGroupExceptions, tuple.get());
  return self;
}

bool group_init(VM& vm, Value self, CallArgs args) { return base_exception_init(vm, self, args); }

Value group_str(VM& vm, Value self) {
  ExceptionObject* e = as_exception(self);
  std::string message;
  Value m = e->fields[kExceptionGroupMessage];
  if (!str_utf8(vm, m.is_null() ? none() : m, &message)) return Value();
  Value excs = e->fields[kExceptionGroupExceptions];
  int64_t n = excs.is_null() ? 0 : as_tuple(excs)->size;
  message += " (" + std::to_string(n) + " sub-exception" + (n > 1 ? "s" : "") + ")";
  return Value::from_object(str_from_utf8(message));
}

Value group_derive(VM& vm, Value self, CallArgs args) {
  Value message = as_exception(self)->fields[kExceptionGroupMessage];
  return call2(vm, Value::from_object(&exc_BaseExceptionGroup), message.is_null() ? none() : message, args.args[0]);
}

// ---------------------------------------------------------------------------------------
// split and subgroup

enum class Matcher { kType, kPredicate, kInstanceIds };

// What split() matches: a type or tuple of types, a predicate, or (for except*'s re-raise
// bookkeeping) the identity of leaf exceptions.
struct MatchSpec {
  Matcher kind = Matcher::kType;
  Value condition;
  const std::unordered_set<const Object*>* ids = nullptr;
};

bool matcher_kind(VM& vm, Value condition, Matcher* out) {
  bool is_type = condition.is_object() && has_flag(type_of(condition), kTypeTypeSubclass);
  if (!is_type && is_callable(condition)) {
    *out = Matcher::kPredicate;
    return true;
  }
  auto is_exception_class = [](Value v) {
    return v.is_object() && has_flag(type_of(v), kTypeTypeSubclass) &&
           is_exception_type(static_cast<TypeObject*>(v.as_object()));
  };
  if (is_exception_class(condition)) {
    *out = Matcher::kType;
    return true;
  }
  if (is_exact_tuple(condition)) {
    TupleObject* t = as_tuple(condition);
    bool all = true;
    for (int64_t i = 0; i < t->size && all; ++i) all = is_exception_class(t->items()[i]);
    if (all) {
      *out = Matcher::kType;
      return true;
    }
  }
  vm.raise(&exc_TypeError, "expected a function, exception type or tuple of exception types");
  return false;
}

// 1 if `exc` matches, 0 if not, -1 on error.
int matches(VM& vm, Value exc, const MatchSpec& spec) {
  Value condition = spec.condition;
  if (spec.kind == Matcher::kInstanceIds) return !is_exception_group(exc) && spec.ids->count(exc.as_object()) ? 1 : 0;
  if (spec.kind == Matcher::kType) {
    TypeObject* t = type_of(exc);
    if (is_exact_tuple(condition)) {
      TupleObject* tuple = as_tuple(condition);
      for (int64_t i = 0; i < tuple->size; ++i)
        if (is_subtype(t, static_cast<TypeObject*>(tuple->items()[i].as_object()))) return 1;
      return 0;
    }
    return is_subtype(t, static_cast<TypeObject*>(condition.as_object())) ? 1 : 0;
  }
  Ref r = Ref::steal(call1(vm, condition, exc));
  if (!r) return -1;
  return truthy(vm, r.get());
}

// orig.derive(excs) with orig's traceback, context, cause and a copy of its notes; *out
// null (None) when excs is empty.
bool subset(VM& vm, Value orig, ListObject* excs, Value* out) {
  *out = Value();
  if (excs->size == 0) return true;
  Value excs_value = Value::from_object(excs);
  Ref eg = Ref::steal(call_method(vm, orig, vm.intern("derive"), &excs_value, 1));
  if (!eg) return false;
  if (!is_exception_group(eg.get())) {
    vm.raise(&exc_TypeError, "derive must return an instance of BaseExceptionGroup");
    return false;
  }
  ExceptionObject* from = as_exception(orig);
  ExceptionObject* to = as_exception(eg.get());
  if (!from->traceback.is_null()) exception_set_traceback(to, from->traceback);
  exception_set_context(to, from->context);
  exception_set_cause(to, from->cause);
  StrObject* notes_name = vm.intern("__notes__");
  Ref notes = Ref::steal(get_attribute_optional(vm, orig, notes_name));
  if (!notes) {
    if (vm.has_error()) return false;
  } else {
    TypeObject* nt = type_of(notes.get());
    if (nt->getitem != nullptr && !is_dict(notes.get())) {
      Ref copy = Ref::steal(call1(vm, Value::from_object(&list_type), notes.get()));
      if (!copy) return false;
      notes = std::move(copy);
    }
    if (!setattr(vm, eg.get(), notes_name, notes.get())) return false;
  }
  *out = eg.release();
  return true;
}

// CPython's exceptiongroup_split_recursive: *match and *rest get new references or null.
bool split_recursive(VM& vm, Value exc, const MatchSpec& spec, bool construct_rest, Value* match, Value* rest) {
  *match = *rest = Value();
  int is_match = matches(vm, exc, spec);
  if (is_match < 0) return false;
  if (is_match) {
    incref(exc);
    *match = exc;
    return true;
  }
  if (!is_exception_group(exc)) {
    if (construct_rest) {
      incref(exc);
      *rest = exc;
    }
    return true;
  }
  if (!vm.enter_native(" in split")) return false;
  Ref match_list = Ref::steal(Value::from_object(list_new()));
  Ref rest_list = Ref::steal(construct_rest ? Value::from_object(list_new()) : Value());
  Value excs = as_exception(exc)->fields[kExceptionGroupExceptions];
  TupleObject* t = as_tuple(excs);
  bool ok = true;
  for (int64_t i = 0; i < t->size && ok; ++i) {
    Value m, r;
    ok = split_recursive(vm, t->items()[i], spec, construct_rest, &m, &r);
    if (!m.is_null()) list_append_owned(as_list(match_list.get()), m);
    if (!r.is_null()) list_append_owned(as_list(rest_list.get()), r);
  }
  vm.leave_native();
  if (!ok) return false;
  if (!subset(vm, exc, as_list(match_list.get()), match)) return false;
  if (construct_rest && !subset(vm, exc, as_list(rest_list.get()), rest)) {
    decref(*match);
    *match = Value();
    return false;
  }
  return true;
}

Value or_none(Value v) { return v.is_null() ? none() : v; }

Value group_split(VM& vm, Value self, CallArgs args) {
  Value match, rest;
  if (!exception_group_split(vm, self, args.args[0], &match, &rest)) return Value();
  TupleObject* t = tuple_alloc(2);
  t->items()[0] = or_none(match);
  t->items()[1] = or_none(rest);
  return Value::from_object(t);
}

Value group_subgroup(VM& vm, Value self, CallArgs args) {
  MatchSpec spec;
  spec.condition = args.args[0];
  if (!matcher_kind(vm, spec.condition, &spec.kind)) return Value();
  Value match, rest;
  if (!split_recursive(vm, self, spec, false, &match, &rest)) return Value();
  return or_none(match);
}

const MethodDef kGroupMethods[] = {
    {"derive", group_derive, ArgShape::kOneArg, 1, 1, nullptr},
    {"split", group_split, ArgShape::kPositional, 1, 1, nullptr},
    {"subgroup", group_subgroup, ArgShape::kPositional, 1, 1, nullptr},
    {nullptr, nullptr},
};

const GetSetDef kGroupGetSets[] = {
    {"message", field_getter<kExceptionGroupMessage>, readonly_setter, "exception message"},
    {"exceptions", field_getter<kExceptionGroupExceptions>, readonly_setter, "nested exceptions"},
    {nullptr, nullptr},
};

}  // namespace

bool exception_group_split(VM& vm, Value group, Value condition, Value* match, Value* rest) {
  MatchSpec spec;
  spec.condition = condition;
  if (!matcher_kind(vm, condition, &spec.kind)) return false;
  return split_recursive(vm, group, spec, true, match, rest);
}

namespace {

// The identities of the leaf (non-group) exceptions under `exc`.
void collect_leaf_ids(Value exc, std::unordered_set<const Object*>* ids) {
  if (exc.is_null() || is_none(exc)) return;
  if (!is_exception_group(exc)) {
    ids->insert(exc.as_object());
    return;
  }
  Value excs = as_exception(exc)->fields[kExceptionGroupExceptions];
  if (!is_tuple(excs)) return;
  TupleObject* t = as_tuple(excs);
  for (int64_t i = 0; i < t->size; ++i) collect_leaf_ids(t->items()[i], ids);
}

// CPython 3.11's is_same_exception_metadata also compares a `notes` field that nothing
// sets (notes live in __dict__), so notes never make a difference.
bool same_metadata(Value a, Value b) {
  ExceptionObject* x = as_exception(a);
  ExceptionObject* y = as_exception(b);
  return x->traceback.is(y->traceback) && x->cause.is(y->cause) && x->context.is(y->context);
}

}  // namespace

Value exception_group_from_list(VM& vm, Value list) {
  Ref message = Ref::steal(Value::from_object(str_empty()));
  return call2(vm, Value::from_object(&exc_BaseExceptionGroup), message.get(), list);
}

Value exception_prep_reraise_star(VM& vm, Value orig, Value excs) {
  ListObject* raised_in = as_list(excs);
  if (raised_in->size == 0) return none();
  if (!is_exception_group(orig)) {
    // A naked exception was caught and wrapped: at most one clause ran.
    Value e = raised_in->items[0];
    incref(e);
    return e;
  }
  Ref raised = Ref::steal(Value::from_object(list_new()));
  Ref reraised = Ref::steal(Value::from_object(list_new()));
  for (int64_t i = 0; i < raised_in->size; ++i) {
    Value e = raised_in->items[i];
    if (is_none(e)) continue;
    list_append(as_list(is_exception(e) && same_metadata(e, orig) ? reraised.get() : raised.get()), e);
  }
  // The part of orig that was re-raised, keeping orig's structure and metadata.
  std::unordered_set<const Object*> ids;
  ListObject* kept = as_list(reraised.get());
  for (int64_t i = 0; i < kept->size; ++i) collect_leaf_ids(kept->items[i], &ids);
  MatchSpec spec;
  spec.kind = Matcher::kInstanceIds;
  spec.ids = &ids;
  Value match, rest;
  if (!split_recursive(vm, orig, spec, false, &match, &rest)) return Value();
  Ref reraised_eg = Ref::steal(match);
  ListObject* raised_list = as_list(raised.get());
  if (raised_list->size == 0) return reraised_eg ? reraised_eg.release() : none();
  if (reraised_eg) list_append(raised_list, reraised_eg.get());
  if (raised_list->size > 1) return exception_group_from_list(vm, raised.get());
  Value only = raised_list->items[0];
  incref(only);
  return only;
}

void ready_exception_types() {
  size_t count = 0;
  const ExceptionTypeEntry* types = exception_types(&count);
  for (size_t i = 0; i < count; ++i) ready_static_type(types[i].type);
  ready_traceback_types();
  TypeObject& eg = exc_ExceptionGroup;
  if (eg.bases != nullptr && eg.bases->size == 2) return;
  auto immortal = [](TupleObject* t) {
    t->refcount = kImmortalRefcount;
    t->flags |= kImmortal;
    return t;
  };
  auto v = [](TypeObject* t) { return Value::from_object(t); };
  // The old single-base tuples are immortal (never freed): they are simply dropped.
  eg.bases = immortal(tuple_of({v(&exc_BaseExceptionGroup), v(&exc_Exception)}));
  eg.mro = immortal(tuple_of({v(&eg), v(&exc_BaseExceptionGroup), v(&exc_Exception), v(&exc_BaseException), v(&object_type)}));
}

namespace exception_detail {

void init_exception_group_types() {
  TypeObject& t = exc_BaseExceptionGroup;
  t.new_instance = group_new;
  t.init = group_init;
  t.str = group_str;
  t.methods = kGroupMethods;
  t.getsets = kGroupGetSets;
}

}  // namespace exception_detail

}  // namespace glasspy::objects
