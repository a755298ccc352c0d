// The gc module (modules stage): the interface to the VM's cycle collector (gc/collector.h)
// with CPython 3.11's functions, messages and constants.
#include <string>

#include "gc/collector.h"
#include "modules/builtin_modules.h"
#include "objects/builtin_types.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/iterators.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/slice_object.h"
#include "objects/tuple_object.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::modules {

using namespace objects;
using gc::Collector;

namespace {

Collector* collector() { return gc::current(); }

Value tuple3(int64_t a, int64_t b, int64_t c) {
  Value items[3] = {make_int(a), make_int(b), make_int(c)};
  TupleObject* t = tuple_from(items, 3);
  for (Value v : items) decref(v);
  return Value::from_object(t);
}

// An int argument as a C int (TypeError for other types).
bool int_arg(VM& vm, Value v, int64_t* out) {
  if (!is_int(v)) {
    vm.raise(&exc_TypeError, std::string("'") + type_name(v) + "' object cannot be interpreted as an integer");
    return false;
  }
  if (!int_to_int64(v, out) || *out > INT32_MAX || *out < INT32_MIN) {
    vm.raise(&exc_OverflowError, "Python int too large to convert to C int");
    return false;
  }
  return true;
}

Value gc_enable(VM&, Value, CallArgs) {
  collector()->enabled = true;
  return none();
}

Value gc_disable(VM&, Value, CallArgs) {
  collector()->enabled = false;
  return none();
}

Value gc_isenabled(VM&, Value, CallArgs) { return boolean(collector()->enabled); }

Value gc_collect(VM& vm, Value, CallArgs args) {
  Value generation;
  if (!vm::parse_args(vm, args, "collect", {"generation"}, 0, &generation)) return Value();
  int64_t g = gc::kGenerations - 1;
  if (!generation.is_null() && !int_arg(vm, generation, &g)) return Value();
  if (g < 0 || g >= gc::kGenerations) return vm.raise(&exc_ValueError, "invalid generation");
  return make_int(collector()->collect_with_callbacks(static_cast<int>(g)));
}

Value gc_get_count(VM&, Value, CallArgs) {
  Collector* c = collector();
  return tuple3(c->generations[0].count, c->generations[1].count, c->generations[2].count);
}

Value gc_get_threshold(VM&, Value, CallArgs) {
  Collector* c = collector();
  return tuple3(c->generations[0].threshold, c->generations[1].threshold, c->generations[2].threshold);
}

Value gc_set_threshold(VM& vm, Value, CallArgs args) {
  if (args.nkw() != 0) return vm.raise(&exc_TypeError, "set_threshold() takes no keyword arguments");
  if (args.nargs < 1 || args.nargs > 3) {
    return vm.raise(&exc_TypeError, std::string("set_threshold() takes ") +
                                        (args.nargs < 1 ? "at least 1 argument (0 given)"
                                                        : "at most 3 arguments (" + std::to_string(args.nargs) + " given)"));
  }
  int64_t values[3];
  for (size_t i = 0; i < args.nargs; ++i)
    if (!int_arg(vm, args.args[i], &values[i])) return Value();
  for (size_t i = 0; i < args.nargs; ++i) collector()->generations[i].threshold = static_cast<int>(values[i]);
  return none();
}

Value gc_get_debug(VM&, Value, CallArgs) { return make_int(collector()->debug); }

Value gc_set_debug(VM& vm, Value, CallArgs args) {
  int64_t flags;
  if (!int_arg(vm, args.args[0], &flags)) return Value();
  collector()->debug = static_cast<int>(flags);
  return none();
}

bool tracked_as_cpython(Object* o);

Value gc_get_objects(VM& vm, Value, CallArgs args) {
  Value generation;
  if (!vm::parse_args(vm, args, "get_objects", {"generation"}, 0, &generation)) return Value();
  int64_t g = -1;
  if (!generation.is_null() && !is_none(generation)) {
    if (!int_arg(vm, generation, &g)) return Value();
    if (g >= gc::kGenerations)
      return vm.raise(&exc_ValueError, "generation parameter must be less than the number of available generations (3)");
    if (g < 0) return vm.raise(&exc_ValueError, "generation parameter cannot be negative");
  }
  ListObject* result = list_new();
  Collector* c = collector();
  for (int i = 0; i < gc::kGenerations; ++i) {
    if (g >= 0 && i != g) continue;
    GcHeader* head = &c->generations[i].head;
    for (GcHeader* h = head->next; h != head; h = h->next) {
      Object* o = object_of(h);
      if (o != result && tracked_as_cpython(o)) list_append(result, Value::from_object(o));
    }
  }
  return Value::from_object(result);
}

Value gc_get_stats(VM& vm, Value, CallArgs) {
  ListObject* result = list_new();
  for (const gc::GenerationStats& s : collector()->stats) {
    DictObject* d = dict_new();
    Value a = make_int(s.collections), b = make_int(s.collected), c = make_int(s.uncollectable);
    dict_set_str(d, vm.intern("collections"), a);
    dict_set_str(d, vm.intern("collected"), b);
    dict_set_str(d, vm.intern("uncollectable"), c);
    decref(a);
    decref(b);
    decref(c);
    list_append_owned(result, Value::from_object(d));
  }
  return Value::from_object(result);
}

struct ReferrerSearch {
  CallArgs targets;
  bool found = false;
};

Value gc_get_referrers(VM&, Value, CallArgs args) {
  ListObject* result = list_new();
  ReferrerSearch search{args};
  collector()->for_each_tracked([&](Object* o) {
    if (o == result || o->type->traverse == nullptr) return;
    search.found = false;
    o->type->traverse(
        o,
        [](Value v, void* context) {
          auto* s = static_cast<ReferrerSearch*>(context);
          if (v.is_null() || s->found) return;
          for (size_t i = 0; i < s->targets.nargs; ++i)
            if (v.is(s->targets.args[i])) s->found = true;
        },
        &search);
    if (search.found) list_append(result, Value::from_object(o));
  });
  return Value::from_object(result);
}

Value gc_get_referents(VM&, Value, CallArgs args) {
  ListObject* result = list_new();
  for (size_t i = 0; i < args.nargs; ++i) {
    Value v = args.args[i];
    if (!v.is_object() || !has_flag(type_of(v), kTypeGc) || type_of(v)->traverse == nullptr) continue;
    type_of(v)->traverse(
        v.as_object(),
        [](Value referent, void* context) {
          if (!referent.is_null()) list_append(static_cast<ListObject*>(context), referent);
        },
        result);
  }
  return Value::from_object(result);
}

// CPython's _PyObject_GC_MAY_BE_TRACKED: a container, except an exact tuple it untracked
// (a dict counts even when CPython has it untracked).
bool may_be_tracked(Value v) {
  if (!v.is_object()) return false;
  Object* o = v.as_object();
  if (!has_flag(o->type, kTypeGc) || (o->flags & kImmortal)) return false;
  if (o->type == &tuple_type) return gc::is_tracked(o);
  return true;
}

// Whether CPython 3.11 would have `o` tracked. It tracks a dict only once it holds a
// container (until a full collection finds it holds none again: kDictHeldContainer
// remembers one that lost its containers since), where Glasspy tracks every dict;
// slices and list iterators are tracked there and not here (they cannot be in a cycle).
bool tracked_as_cpython(Object* o) {
  if (o->type == &slice_type || o->type == &list_iterator_type) return true;
  if (!gc::is_tracked(o)) return false;
  if (o->type != &dict_type) return true;
  if (o->flags & kDictHeldContainer) return true;
  int64_t pos = 0;
  Value key, value;
  while (dict_next(static_cast<DictObject*>(o), &pos, &key, &value))
    if (may_be_tracked(key) || may_be_tracked(value)) return true;
  return false;
}

Value gc_is_tracked(VM&, Value, CallArgs args) {
  Value v = args.args[0];
  return boolean(v.is_object() && tracked_as_cpython(v.as_object()));
}

Value gc_is_finalized(VM&, Value, CallArgs args) {
  Value v = args.args[0];
  return boolean(v.is_object() && has_flag(type_of(v), kTypeGc) && (v.as_object()->flags & kFinalized));
}

Value gc_freeze(VM&, Value, CallArgs) {
  Collector* c = collector();
  for (gc::Generation& g : c->generations) {
    Collector::list_merge(&g.head, &c->permanent);
    g.count = 0;
  }
  return none();
}

Value gc_unfreeze(VM&, Value, CallArgs) {
  Collector* c = collector();
  Collector::list_merge(&c->permanent, &c->generations[gc::kGenerations - 1].head);
  return none();
}

Value gc_get_freeze_count(VM&, Value, CallArgs) { return make_int(Collector::list_size(&collector()->permanent)); }

const MethodDef kGcFunctions[] = {
    {"enable", gc_enable, ArgShape::kNoArgs, 0, 0, "Enable automatic garbage collection."},
    {"disable", gc_disable, ArgShape::kNoArgs, 0, 0, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled, ArgShape::kNoArgs, 0, 0, "Returns true if automatic garbage collection is enabled."},
    {"collect", gc_collect, ArgShape::kKeywords, 0, 1, "Run the garbage collector."},
    {"get_count", gc_get_count, ArgShape::kNoArgs, 0, 0, "Return a three-tuple of the current collection counts."},
    {"get_threshold", gc_get_threshold, ArgShape::kNoArgs, 0, 0, "Return the current collection thresholds."},
    {"set_threshold", gc_set_threshold, ArgShape::kKeywords, 0, 0,
     "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSets the collection thresholds.  Setting threshold0 to zero disables collection.\n"},
    {"get_debug", gc_get_debug, ArgShape::kNoArgs, 0, 0, "Get the garbage collection debugging flags."},
    {"set_debug", gc_set_debug, ArgShape::kOneArg, 1, 1, "Set the garbage collection debugging flags."},
    {"get_objects", gc_get_objects, ArgShape::kKeywords, 0, 1,
     "Return a list of objects tracked by the collector (excluding the list returned)."},
    {"get_stats", gc_get_stats, ArgShape::kNoArgs, 0, 0, "Return a list of dictionaries containing per-generation statistics."},
    {"get_referrers", gc_get_referrers, ArgShape::kPositional, 0, -1,
     "get_referrers(*objs) -> list\nReturn the list of objects that directly refer to any of objs."},
    {"get_referents", gc_get_referents, ArgShape::kPositional, 0, -1,
     "get_referents(*objs) -> list\nReturn the list of objects that are directly referred to by objs."},
    {"is_tracked", gc_is_tracked, ArgShape::kOneArg, 1, 1,
     "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", gc_is_finalized, ArgShape::kOneArg, 1, 1,
     "Returns true if the object has been already finalized by the GC."},
    {"freeze", gc_freeze, ArgShape::kNoArgs, 0, 0, "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", gc_unfreeze, ArgShape::kNoArgs, 0, 0, "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", gc_get_freeze_count, ArgShape::kNoArgs, 0, 0,
     "Return the number of objects in the permanent generation."},
    {nullptr, nullptr},
};

}  // namespace

ModuleObject* make_gc_module(vm::VM& vm) {
  ModuleObject* m = module_new(vm, vm.intern("gc"));
  add_owned(vm, m, "__doc__",
            Value::from_object(str_from_utf8("This module provides access to the garbage collector for reference cycles.\n")));
  add_functions(vm, m, kGcFunctions);
  Collector* c = collector();
  if (c->garbage == nullptr) c->garbage = list_new();
  if (c->callbacks == nullptr) c->callbacks = list_new();
  add_value(vm, m, "garbage", Value::from_object(c->garbage));
  add_value(vm, m, "callbacks", Value::from_object(c->callbacks));
  add_value(vm, m, "DEBUG_STATS", Value::from_small_int(gc::kDebugStats));
  add_value(vm, m, "DEBUG_COLLECTABLE", Value::from_small_int(gc::kDebugCollectable));
  add_value(vm, m, "DEBUG_UNCOLLECTABLE", Value::from_small_int(gc::kDebugUncollectable));
  add_value(vm, m, "DEBUG_SAVEALL", Value::from_small_int(gc::kDebugSaveAll));
  add_value(vm, m, "DEBUG_LEAK", Value::from_small_int(gc::kDebugLeak));
  return m;
}

}  // namespace glasspy::modules
