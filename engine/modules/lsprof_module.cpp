// The _lsprof module (modules stage): the deterministic profiler behind cProfile, as a
// C++-level profile hook (VM::set_profile_hook). It keeps, per function (a code object,
// or a built-in's MethodDef), call counts and total / inline time, and per caller-callee
// pair the same, measured with the host's monotonic clock or a Python timer.
#include <cmath>
#include <string>
#include <vector>

#include "gc/collector.h"
#include "modules/builtin_modules.h"
#include "modules/struct_sequence.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/callable_objects.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/frame_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/number_support.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::modules {

using namespace objects;

namespace {

struct ProfEntry;

// Calls of `callee` made by one caller.
struct ProfSubEntry {
  ProfEntry* callee = nullptr;
  int64_t total = 0, inline_time = 0;
  int64_t calls = 0, recursive_calls = 0, recursion_level = 0;
};

// One profiled function.
struct ProfEntry {
  const void* key = nullptr;  // the code object or the built-in's MethodDef
  Value user;                 // what getstats reports (owned): the code object or the built-in
  int64_t total = 0, inline_time = 0;
  int64_t calls = 0, recursive_calls = 0, recursion_level = 0;
  std::vector<ProfSubEntry> subcalls;
  ProfSubEntry* sub_for(ProfEntry* callee, bool make) {
    for (ProfSubEntry& s : subcalls)
      if (s.callee == callee) return &s;
    if (!make) return nullptr;
    subcalls.push_back(ProfSubEntry{callee});
    return &subcalls.back();
  }
};

// A call in progress.
struct ProfContext {
  int64_t start = 0;
  int64_t sub_time = 0;  // time spent in its callees
  ProfEntry* entry = nullptr;
};

struct ProfilerObject : Object {
  std::vector<ProfEntry*> entries;   // in first-call order
  std::vector<ProfContext> stack;    // the calls in progress, innermost last
  Value timer;                       // external timer (owned) or null
  double timeunit = 0.0;
  bool subcalls = true;
  bool builtins = true;
  bool enabled = false;
};

TypeObject profiler_type, entry_type, subentry_type;

ProfilerObject* as_profiler(Value v) { return static_cast<ProfilerObject*>(v.as_object()); }

// The timer's reading in nanoseconds (or in the timer's own integer unit with timeunit).
int64_t read_timer(VM& vm, ProfilerObject* p) {
  if (p->timer.is_null()) return static_cast<int64_t>(vm.host().monotonic_time() * 1e9);
  Value r = call(vm, p->timer, CallArgs{nullptr, 0, nullptr});
  if (r.is_null()) {
    vm.clear_error();  // CPython reports it as unraisable and reads 0
    return 0;
  }
  int64_t t = 0;
  if (p->timeunit > 0.0) {
    if (!index_int64(vm, r, &t)) vm.clear_error();
  } else if (is_int(r) && int_to_int64(r, &t) && t < 9000000000 && t > -9000000000) {
    t *= 1000000000;
  } else {
    double d = 0;
    if (!to_double(vm, r, &d)) vm.clear_error();
    t = static_cast<int64_t>(std::floor(d * 1e9));
  }
  decref(r);
  return t;
}

ProfEntry* find_entry(ProfilerObject* p, const void* key) {
  for (auto it = p->entries.rbegin(); it != p->entries.rend(); ++it)
    if ((*it)->key == key) return *it;
  return nullptr;
}

// What getstats names a function: its code object, or for a built-in a description as
// CPython's _lsprof gives it ("<built-in method builtins.len>", "<method 'append' of 'list' objects>").
Value describe(VM& vm, Value user) {
  if (type_of(user) != &builtin_function_type) {
    incref(user);
    return user;
  }
  auto* f = static_cast<NativeFunctionObject*>(user.as_object());
  std::string module;
  if (!f->self.is_null() && !is_module(f->self)) {
    Value found = type_lookup(vm, type_of(f->self), f->def->name);
    if (!found.is_null()) {
      Value r = repr(vm, found);
      if (!r.is_null()) return r;
      vm.clear_error();
    }
  }
  if (!f->module_name.is_null() && is_str(f->module_name)) {
    module = str_utf8(as_str(f->module_name));
  } else if (!f->self.is_null() && is_module(f->self)) {
    Value name = dict_get_str(as_module(f->self)->dict, vm.intern("__name__"));
    if (!name.is_null() && is_str(name)) module = str_utf8(as_str(name));
  }
  std::string text = module.empty() ? std::string("<built-in method ") + f->def->name + ">"
                                    : "<built-in method " + module + "." + f->def->name + ">";
  return Value::from_object(str_from_utf8(text));
}

void enter_call(VM& vm, ProfilerObject* p, const void* key, Value user) {
  ProfEntry* entry = find_entry(p, key);
  if (entry == nullptr) {
    entry = new ProfEntry();
    entry->key = key;
    // Named once, when first called (the entry then holds no built-in's bound self).
    entry->user = describe(vm, user);
    if (entry->user.is_null()) {
      vm.clear_error();
      incref(user);
      entry->user = user;
    }
    p->entries.push_back(entry);
  }
  ++entry->recursion_level;
  if (p->subcalls && !p->stack.empty()) {
    ProfSubEntry* sub = p->stack.back().entry->sub_for(entry, true);
    ++sub->recursion_level;
  }
  ProfContext context;
  context.entry = entry;
  p->stack.push_back(context);
  p->stack.back().start = read_timer(vm, p);
}

// Ends the innermost call (the entry it was made for, if still known).
void stop_call(VM& vm, ProfilerObject* p, ProfEntry* entry) {
  ProfContext context = p->stack.back();
  int64_t total = read_timer(vm, p) - context.start;
  int64_t own = total - context.sub_time;
  p->stack.pop_back();
  if (entry == nullptr) return;
  if (!p->stack.empty()) p->stack.back().sub_time += total;
  if (--entry->recursion_level == 0) {
    entry->total += total;
  } else {
    ++entry->recursive_calls;
  }
  entry->inline_time += own;
  ++entry->calls;
  if (p->subcalls && !p->stack.empty()) {
    ProfSubEntry* sub = p->stack.back().entry->sub_for(entry, false);
    if (sub != nullptr) {
      if (--sub->recursion_level == 0) {
        sub->total += total;
      } else {
        ++sub->recursive_calls;
      }
      sub->inline_time += own;
      ++sub->calls;
    }
  }
}

void leave_call(VM& vm, ProfilerObject* p, const void* key) {
  if (p->stack.empty()) return;
  stop_call(vm, p, find_entry(p, key));
}

bool profiler_callback(VM& vm, Value self, FrameObject* frame, vm::TraceEvent what, Value arg) {
  ProfilerObject* p = as_profiler(self);
  switch (what) {
    case vm::TraceEvent::kCall:
      enter_call(vm, p, frame->code, Value::from_object(frame->code));
      break;
    case vm::TraceEvent::kReturn:
      leave_call(vm, p, frame->code);
      break;
    case vm::TraceEvent::kCCall:
      if (p->builtins && type_of(arg) == &builtin_function_type)
        enter_call(vm, p, static_cast<NativeFunctionObject*>(arg.as_object())->def, arg);
      break;
    case vm::TraceEvent::kCReturn:
    case vm::TraceEvent::kCException:
      if (p->builtins && type_of(arg) == &builtin_function_type)
        leave_call(vm, p, static_cast<NativeFunctionObject*>(arg.as_object())->def);
      break;
    default:
      break;
  }
  return true;
}

// Ends every call still in progress (disable() inside profiled code).
void flush_unmatched(VM& vm, ProfilerObject* p) {
  while (!p->stack.empty()) stop_call(vm, p, p->stack.back().entry);
}

void clear_entries(ProfilerObject* p) {
  for (ProfEntry* e : p->entries) {
    decref(e->user);
    delete e;
  }
  p->entries.clear();
  p->stack.clear();
}

Value profiler_new(VM&, TypeObject* type, CallArgs) {
  ProfilerObject* p = alloc<ProfilerObject>(type);
  gc::track(p);
  return Value::from_object(p);
}

bool profiler_init(VM& vm, Value self, CallArgs args) {
  Value a[4] = {};
  if (!vm::parse_args(vm, args, "Profiler", {"timer", "timeunit", "subcalls", "builtins"}, 0, a)) return false;
  ProfilerObject* p = as_profiler(self);
  double unit = 0.0;
  if (!a[1].is_null() && !to_double(vm, a[1], &unit)) return false;
  int subcalls = a[2].is_null() ? 1 : truthy(vm, a[2]);
  int builtins = a[3].is_null() ? 1 : truthy(vm, a[3]);
  if (subcalls < 0 || builtins < 0) return false;
  clear_entries(p);
  Value old = p->timer;
  p->timer = a[0].is_null() || is_none(a[0]) ? Value() : a[0];
  incref(p->timer);
  decref(old);
  p->timeunit = unit;
  p->subcalls = subcalls != 0;
  p->builtins = builtins != 0;
  return true;
}

void profiler_traverse(Object* self, VisitFn visit, void* context) {
  auto* p = static_cast<ProfilerObject*>(self);
  visit(p->timer, context);
  for (ProfEntry* e : p->entries) visit(e->user, context);
}

void profiler_clear_refs(Object* self) {
  auto* p = static_cast<ProfilerObject*>(self);
  clear_entries(p);
  Value t = p->timer;
  p->timer = Value();
  decref(t);
}

void profiler_dealloc(Object* self) {
  auto* p = static_cast<ProfilerObject*>(self);
  profiler_clear_refs(self);
  p->~ProfilerObject();
  free_object(self);
}

Value m_enable(VM& vm, Value self, CallArgs args) {
  Value a[2] = {};
  if (!vm::parse_args(vm, args, "enable", {"subcalls", "builtins"}, 0, a)) return Value();
  ProfilerObject* p = as_profiler(self);
  int subcalls = a[0].is_null() ? -2 : truthy(vm, a[0]);
  int builtins = a[1].is_null() ? -2 : truthy(vm, a[1]);
  if (subcalls == -1 || builtins == -1) return Value();
  if (subcalls != -2) p->subcalls = subcalls != 0;
  if (builtins != -2) p->builtins = builtins != 0;
  vm.set_profile_hook(profiler_callback, self);
  p->enabled = true;
  return none();
}

Value m_disable(VM& vm, Value self, CallArgs) {
  ProfilerObject* p = as_profiler(self);
  if (p->enabled) {
    vm.set_profile_hook(nullptr, Value());
    p->enabled = false;
  }
  flush_unmatched(vm, p);
  return none();
}

Value m_clear(VM&, Value self, CallArgs) {
  clear_entries(as_profiler(self));
  return none();
}

Value seconds(int64_t t, double factor) { return Value::from_double(static_cast<double>(t) * factor); }

Value m_getstats(VM& vm, Value self, CallArgs) {
  ProfilerObject* p = as_profiler(self);
  double factor = p->timer.is_null() || p->timeunit == 0.0 ? 1e-9 : p->timeunit;
  Ref result = Ref::steal(Value::from_object(list_new()));
  for (ProfEntry* e : p->entries) {
    Ref code = Ref::borrow(e->user);
    Ref calls = Ref::borrow(none());
    if (!e->subcalls.empty()) {
      calls = Ref::steal(Value::from_object(list_new()));
      for (const ProfSubEntry& s : e->subcalls) {
        Ref sub_code = Ref::borrow(s.callee->user);
        Ref n = Ref::steal(make_int(s.calls)), r = Ref::steal(make_int(s.recursive_calls));
        Ref tt = Ref::steal(seconds(s.total, factor)), it = Ref::steal(seconds(s.inline_time, factor));
        TupleObject* item = struct_sequence_new(&subentry_type, {sub_code.get(), n.get(), r.get(), tt.get(), it.get()});
        list_append_owned(as_list(calls.get()), Value::from_object(item));
      }
    }
    Ref n = Ref::steal(make_int(e->calls)), r = Ref::steal(make_int(e->recursive_calls));
    Ref tt = Ref::steal(seconds(e->total, factor)), it = Ref::steal(seconds(e->inline_time, factor));
    TupleObject* item =
        struct_sequence_new(&entry_type, {code.get(), n.get(), r.get(), tt.get(), it.get(), calls.get()});
    list_append_owned(as_list(result.get()), Value::from_object(item));
  }
  return result.release();
}

const MethodDef kProfilerMethods[] = {
    {"getstats", m_getstats, ArgShape::kNoArgs, 0, 0,
     "getstats() -> the statistics so far, a list of profiler_entry"},
    {"enable", m_enable, ArgShape::kKeywords, 0, 2,
     "enable(subcalls=True, builtins=True)\n\nStarts profiling."},
    {"disable", m_disable, ArgShape::kNoArgs, 0, 0, "disable()\n\nStops profiling."},
    {"clear", m_clear, ArgShape::kNoArgs, 0, 0, "clear()\n\nForgets the statistics collected so far."},
    {nullptr, nullptr},
};

const char* const kEntryFields[] = {"code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls", nullptr};
const char* const kSubEntryFields[] = {"code", "callcount", "reccallcount", "totaltime", "inlinetime", nullptr};

void init_lsprof_types() {
  if (has_flag(&profiler_type, kTypeReady)) return;
  TypeObject& t = profiler_type;
  t.name = "_lsprof.Profiler";
  t.type_flags = kTypeBaseType | kTypeGc;
  t.basic_size = sizeof(ProfilerObject);
  t.dealloc = profiler_dealloc;
  t.traverse = profiler_traverse;
  t.clear = profiler_clear_refs;
  t.new_instance = profiler_new;
  t.init = profiler_init;
  t.methods = kProfilerMethods;
  t.doc = "Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)\n\n"
          "The deterministic profiler: counts calls and times them with the built-in clock\n"
          "or `timer` (integer readings are `timeunit` seconds each).";
  ready_static_type(&t);
  t.name_object = Value::from_object(intern_static("Profiler"));
  t.qualname_object = t.name_object;
  t.module_name = Value::from_object(intern_static("_lsprof"));
  init_struct_sequence_type(&entry_type, "_lsprof.profiler_entry", kEntryFields);
  init_struct_sequence_type(&subentry_type, "_lsprof.profiler_subentry", kSubEntryFields);
}

}  // namespace

ModuleObject* make_lsprof_module(vm::VM& vm) {
  init_lsprof_types();
  ModuleObject* m = module_new(vm, vm.intern("_lsprof"));
  add_owned(vm, m, "__doc__", Value::from_object(str_from_utf8("Fast profiler")));
  add_value(vm, m, "Profiler", Value::from_object(&profiler_type));
  add_value(vm, m, "profiler_entry", Value::from_object(&entry_type));
  add_value(vm, m, "profiler_subentry", Value::from_object(&subentry_type));
  return m;
}

}  // namespace glasspy::modules
