// Finalizers and the collector's reports (memory stage): __del__ of classes (PEP 442:
// at most once per object), the "Exception ignored in" reports, gc.callbacks and the
// gc.set_debug output.
#pragma once
#include <cstdint>

#include "objects/object.h"

namespace glasspy::vm {
class VM;
}

namespace glasspy::gc {

class Collector;

// The finalize slot of classes that define __del__: calls type(self).__del__(self); an
// error is reported as "Exception ignored in: <function C.__del__ ...>" and cleared.
void call_del(vm::VM& vm, objects::Object* self);
// For deallocs (subtype_dealloc): runs `self`'s finalizer once if its type has one, with
// the object temporarily alive and the pending exception saved. True if the finalizer
// resurrected it (the dealloc must then stop: the object lives on).
bool finalize_before_dealloc(objects::Object* self);

// Calls every gc.callbacks entry with (phase, {"generation", "collected",
// "uncollectable"}); errors are reported as unraisable.
void run_gc_callbacks(vm::VM& vm, Collector* collector, const char* phase, int generation, int64_t collected,
                      int64_t uncollectable);
// gc.DEBUG_STATS / DEBUG_COLLECTABLE lines on stderr.
void report_debug_start(vm::VM& vm, Collector* collector, int generation);
void report_debug_done(vm::VM& vm, Collector* collector, int64_t collected, int64_t uncollectable);
void report_debug_object(vm::VM& vm, const char* what, objects::Object* object);

}  // namespace glasspy::gc
