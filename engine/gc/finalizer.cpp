// Finalizers and the collector's reports (memory stage): __del__ (PEP 442), gc.callbacks,
// gc.set_debug output. See finalizer.h.
#include "gc/finalizer.h"

#include <chrono>
#include <cstdio>
#include <string>

#include "gc/collector.h"
#include "objects/builtin_types.h"
#include "objects/dict_object.h"
#include "objects/generator_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "vm/vm.h"

namespace glasspy::gc {

using namespace objects;

namespace {

// When the current collection started (for DEBUG_STATS's "elapsed").
thread_local std::chrono::steady_clock::time_point t_started;

}  // namespace

void call_del(vm::VM& vm, Object* self) {
  Value func = type_lookup(self->type, vm.intern("__del__"));
  if (func.is_null()) return;
  Ref keep = Ref::borrow(func);
  Value saved = vm.fetch_error();
  Value self_value = Value::from_object(self);
  Value r;
  if (TypeObject* ft = type_of(func); ft->descr_get != nullptr) {
    Ref bound = Ref::steal(ft->descr_get(vm, func, self_value, Value::from_object(self->type)));
    r = bound.is_null() ? Value() : call(vm, bound.get(), CallArgs{nullptr, 0, nullptr});
  } else {
    r = call(vm, func, CallArgs{&self_value, 1, nullptr});
  }
  if (r.is_null()) {
    if (vm.has_error()) write_unraisable(vm, func);
  } else {
    decref(r);
  }
  vm.restore_error(saved);
}

bool finalize_before_dealloc(Object* self) {
  auto finalize = self->type->finalize;
  if (finalize == nullptr || (self->flags & kFinalized)) return false;
  vm::VM* vm = current()->vm();
  if (vm == nullptr) return false;
  self->flags |= kFinalized;
  // Alive again while __del__ runs; whatever references it makes keep it.
  self->refcount = 1;
  finalize(*vm, self);
  if (--self->refcount == 0) return false;
  return true;
}

void run_gc_callbacks(vm::VM& vm, Collector* collector, const char* phase, int generation, int64_t collected,
                      int64_t uncollectable) {
  ListObject* callbacks = collector->callbacks;
  if (callbacks == nullptr || callbacks->size == 0) return;
  Value saved = vm.fetch_error();
  Ref info = Ref::steal(Value::from_object(dict_new()));
  DictObject* d = as_dict(info.get());
  dict_set_str(d, vm.intern("generation"), Value::from_small_int(generation));
  dict_set_str(d, vm.intern("collected"), Value::from_small_int(collected));
  dict_set_str(d, vm.intern("uncollectable"), Value::from_small_int(uncollectable));
  Value args[2] = {Value::from_object(vm.intern(phase)), info.get()};
  // A copy: a callback may add or remove callbacks.
  Ref snapshot = Ref::steal(Value::from_object(list_from(callbacks->items, callbacks->size)));
  ListObject* list = as_list(snapshot.get());
  for (int64_t i = 0; i < list->size; ++i) {
    Value cb = list->items[i];
    Value r = call(vm, cb, CallArgs{args, 2, nullptr});
    if (r.is_null()) {
      if (vm.has_error()) write_unraisable(vm, cb);
    } else {
      decref(r);
    }
  }
  vm.restore_error(saved);
}

void report_debug_start(vm::VM& vm, Collector* collector, int generation) {
  if (!(collector->debug & kDebugStats)) return;
  t_started = std::chrono::steady_clock::now();
  std::string text = "gc: collecting generation " + std::to_string(generation) + "...\n";
  text += "gc: objects in each generation:";
  for (Generation& g : collector->generations) text += " " + std::to_string(Collector::list_size(&g.head));
  text += "\ngc: objects in permanent generation: " + std::to_string(Collector::list_size(&collector->permanent)) + "\n";
  vm.host().write_stderr(text);
}

void report_debug_done(vm::VM& vm, Collector* collector, int64_t collected, int64_t uncollectable) {
  if (!(collector->debug & kDebugStats)) return;
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t_started).count();
  char elapsed[32];
  std::snprintf(elapsed, sizeof elapsed, "%.4fs", seconds);
  vm.host().write_stderr("gc: done, " + std::to_string(collected) + " unreachable, " + std::to_string(uncollectable) +
                         " uncollectable, " + elapsed + " elapsed\n");
}

void report_debug_object(vm::VM& vm, const char* what, Object* object) {
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(object));
  vm.host().write_stderr(std::string("gc: ") + what + " <" + object->type->name + " " + address + ">\n");
}

}  // namespace glasspy::gc
