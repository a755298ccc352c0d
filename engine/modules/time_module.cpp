// The time module (modules stage): clocks from the host (wall and monotonic time), CPU
// time from the C library, and sleep(). sleep() really waits, natively and in wasm (where
// the VM runs in a Web Worker, so waiting there does not freeze the page), in slices of
// at most 20 ms so that Stop (the VM's interrupt flag) ends it with KeyboardInterrupt.
// The calendar functions (struct_time, gmtime, strftime, ...) are in time_calendar.cpp.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <string>
#include <thread>

#include "gc/collector.h"
#include "modules/builtin_modules.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/ops.h"
#include "vm/vm.h"

namespace glasspy::modules {

using namespace objects;

namespace {

Value ns_of(double seconds) { return make_int(static_cast<int64_t>(std::floor(seconds * 1e9))); }

Value time_time(VM& vm, Value, CallArgs) { return Value::from_double(vm.host().wall_time()); }
Value time_time_ns(VM& vm, Value, CallArgs) { return ns_of(vm.host().wall_time()); }
Value time_monotonic(VM& vm, Value, CallArgs) { return Value::from_double(vm.host().monotonic_time()); }
Value time_monotonic_ns(VM& vm, Value, CallArgs) { return ns_of(vm.host().monotonic_time()); }

double cpu_seconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }
Value time_process_time(VM&, Value, CallArgs) { return Value::from_double(cpu_seconds()); }
Value time_process_time_ns(VM&, Value, CallArgs) { return ns_of(cpu_seconds()); }

Value time_sleep(VM& vm, Value, CallArgs args) {
  Value arg = args.args[0];
  double seconds;
  if (is_float(arg)) {
    seconds = float_value(arg);
  } else if (is_int(arg)) {
    int64_t n;
    if (!int_to_int64(arg, &n)) return vm.raise(&exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
    seconds = static_cast<double>(n);
  } else {
    Value as_index = type_lookup(vm, type_of(arg), "__index__");
    Value as_float = type_lookup(vm, type_of(arg), "__float__");
    if (as_float.is_null() && as_index.is_null())
      return vm.raise(&exc_TypeError, std::string("'") + type_name(arg) + "' object cannot be interpreted as an integer");
    Ref f = Ref::steal(call_method(vm, arg, vm.intern(as_float.is_null() ? "__index__" : "__float__"), nullptr, 0));
    if (f.is_null()) return Value();
    seconds = is_float(f.get()) ? float_value(f.get()) : 0.0;
  }
  if (std::isnan(seconds)) return vm.raise(&exc_ValueError, "Invalid value NaN (not a number)");
  if (seconds < 0) return vm.raise(&exc_ValueError, "sleep length must be non-negative");
  auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (true) {
    // Only the interrupt bits: a collection request (gc::kCollectRequestBit) waits.
    if ((vm.interrupt_flag()->exchange(0, std::memory_order_relaxed) & ~gc::kCollectRequestBit) != 0)
      return vm.raise_value(Value::from_object(&exc_KeyboardInterrupt));
    auto now = std::chrono::steady_clock::now();
    if (now >= deadline) break;
    auto left = std::chrono::duration_cast<std::chrono::steady_clock::duration>(deadline - now);
    std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(left, std::chrono::milliseconds(20)));
  }
  return none();
}

const MethodDef kTimeFunctions[] = {
    {"time", time_time, ArgShape::kNoArgs, 0, 0,
     "time() -> floating point number\n\nReturn the current time in seconds since the Epoch."},
    {"time_ns", time_time_ns, ArgShape::kNoArgs, 0, 0,
     "time_ns() -> int\n\nReturn the current time in nanoseconds since the Epoch."},
    {"monotonic", time_monotonic, ArgShape::kNoArgs, 0, 0, "monotonic() -> float\n\nMonotonic clock, cannot go backward."},
    {"monotonic_ns", time_monotonic_ns, ArgShape::kNoArgs, 0, 0, "monotonic_ns() -> int\n\nMonotonic clock, cannot go backward, as nanoseconds."},
    {"perf_counter", time_monotonic, ArgShape::kNoArgs, 0, 0, "perf_counter() -> float\n\nPerformance counter for benchmarking."},
    {"perf_counter_ns", time_monotonic_ns, ArgShape::kNoArgs, 0, 0, "perf_counter_ns() -> int\n\nPerformance counter for benchmarking as nanoseconds."},
    {"process_time", time_process_time, ArgShape::kNoArgs, 0, 0,
     "process_time() -> float\n\nProcess time for profiling: sum of the kernel and user-space CPU time."},
    {"process_time_ns", time_process_time_ns, ArgShape::kNoArgs, 0, 0,
     "process_time() -> int\n\nProcess time for profiling as nanoseconds:\nsum of the kernel and user-space CPU time."},
    {"thread_time", time_process_time, ArgShape::kNoArgs, 0, 0, "thread_time() -> float\n\nThread time for profiling."},
    {"sleep", time_sleep, ArgShape::kOneArg, 1, 1,
     "sleep(seconds)\n\nDelay execution for a given number of seconds.  The argument may be\na floating point number for subsecond precision."},
    {nullptr, nullptr},
};

}  // namespace

void add_time_calendar(vm::VM& vm, ModuleObject* m);  // time_calendar.cpp

ModuleObject* make_time_module(vm::VM& vm) {
  ModuleObject* m = module_new(vm, vm.intern("time"));
  add_owned(vm, m, "__doc__",
            Value::from_object(str_from_utf8("This module provides various functions to manipulate time values.")));
  add_functions(vm, m, kTimeFunctions);
  add_value(vm, m, "timezone", Value::from_small_int(0));
  add_value(vm, m, "altzone", Value::from_small_int(0));
  add_value(vm, m, "daylight", Value::from_small_int(0));
  add_time_calendar(vm, m);
  return m;
}

}  // namespace glasspy::modules
