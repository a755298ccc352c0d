// The time module (modules stage): clocks from the host (wall and monotonic time), CPU
// time from the C library, and sleep(). sleep() waits through the host (Host::sleep):
// natively in slices of 20 ms between checks of the interrupt flag, in a browser worker on
// the page's Stop flag, or with the VM stopped at the call; Stop ends it with
// KeyboardInterrupt.
// The calendar functions (struct_time, gmtime, strftime, ...) are in time_calendar.cpp.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <string>
#include <thread>

#include "modules/builtin_modules.h"
#include "modules/namespace_object.h"
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

// Linux's clock ids (time.CLOCK_*), each read from the host clock that stands for it.
struct ClockId {
  const char* name;
  int id;
};
constexpr ClockId kClockIds[] = {{"CLOCK_REALTIME", 0},         {"CLOCK_MONOTONIC", 1},
                                 {"CLOCK_PROCESS_CPUTIME_ID", 2}, {"CLOCK_THREAD_CPUTIME_ID", 3},
                                 {"CLOCK_MONOTONIC_RAW", 4},      {"CLOCK_BOOTTIME", 7},
                                 {"CLOCK_TAI", 11}};

// The clock `id` in seconds; false (OSError EINVAL pending) for an unknown id.
bool read_clock(VM& vm, Value id_arg, double* seconds) {
  int64_t id;
  if (!index_int64(vm, id_arg, &id)) return false;
  switch (id) {
    case 0:
    case 11: *seconds = vm.host().wall_time(); return true;
    case 1:
    case 4:
    case 7: *seconds = vm.host().monotonic_time(); return true;
    case 2:
    case 3: *seconds = cpu_seconds(); return true;
    default: break;
  }
  Value items[] = {Value::from_small_int(22), Value::from_object(str_from_ascii("Invalid argument"))};
  Ref message = Ref::steal(items[1]);
  Ref error = Ref::steal(call(vm, Value::from_object(&exc_OSError), CallArgs{items, 2}));
  if (!error.is_null()) vm.raise_value(error.get());
  return false;
}

Value time_clock_gettime(VM& vm, Value, CallArgs args) {
  double seconds;
  if (!read_clock(vm, args.args[0], &seconds)) return Value();
  return Value::from_double(seconds);
}

Value time_clock_gettime_ns(VM& vm, Value, CallArgs args) {
  double seconds;
  if (!read_clock(vm, args.args[0], &seconds)) return Value();
  return ns_of(seconds);
}

Value time_clock_getres(VM& vm, Value, CallArgs args) {
  double seconds;
  if (!read_clock(vm, args.args[0], &seconds)) return Value();
  return Value::from_double(1e-09);
}

Value time_get_clock_info(VM& vm, Value, CallArgs args) {
  Value name = args.args[0];
  if (!is_str(name))
    return vm.raise(&exc_TypeError, std::string("get_clock_info() argument 1 must be str, not ") + type_name(name));
  std::string_view text = str_utf8(as_str(name));
  const char* implementation = nullptr;
  if (text == "time") implementation = "clock_gettime(CLOCK_REALTIME)";
  else if (text == "monotonic" || text == "perf_counter") implementation = "clock_gettime(CLOCK_MONOTONIC)";
  else if (text == "process_time") implementation = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
  else if (text == "thread_time") implementation = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
  else return vm.raise(&exc_ValueError, "unknown clock");
  bool wall = text == "time";
  DictObject* info = dict_new();
  Ref keep = Ref::steal(Value::from_object(info));
  Ref implementation_str = Ref::steal(Value::from_object(str_from_ascii(implementation)));
  Ref resolution = Ref::steal(Value::from_double(1e-09));
  dict_set_str(info, vm.intern("implementation"), implementation_str.get());
  dict_set_str(info, vm.intern("monotonic"), boolean(!wall));
  dict_set_str(info, vm.intern("adjustable"), boolean(wall));
  dict_set_str(info, vm.intern("resolution"), resolution.get());
  return namespace_new(info);
}

// The host has no time zone to reload (local time is UTC).
Value time_tzset(VM&, Value, CallArgs) { return none(); }

Value time_sleep(VM& vm, Value, CallArgs args) {
  // Called again after the VM stopped here while the host waited (Host::sleep said
  // kPending): the time has passed, or Stop came and KeyboardInterrupt is due.
  if (vm.take_input_resumed()) return vm.poll_interrupt() ? none() : Value();
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
  // The host waits (Host::sleep): in slices natively, on the page's Stop flag in a browser
  // worker, or outside the VM, which then stops at this call (as input() does).
  auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  bool can_suspend = vm.is_direct_outer_call(time_sleep);
  while (true) {
    // Stop (KeyboardInterrupt), or a MemoryError requested by a growth that failed; a
    // due collection runs here too (a safe point, as in input()).
    if (!vm.poll_interrupt()) return Value();
    auto now = std::chrono::steady_clock::now();
    if (now >= deadline) break;
    double left = std::chrono::duration<double>(deadline - now).count();
    switch (vm.host().sleep(left, can_suspend)) {
      case host::Host::SleepStatus::kSlept: break;
      case host::Host::SleepStatus::kInterrupted: return vm.raise_value(Value::from_object(&exc_KeyboardInterrupt));
      case host::Host::SleepStatus::kPending: vm.request_input_wait(); return Value();
    }
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
    {"thread_time_ns", time_process_time_ns, ArgShape::kNoArgs, 0, 0,
     "thread_time() -> int\n\nThread time for profiling as nanoseconds:\nsum of the kernel and user-space CPU time."},
    {"clock_gettime", time_clock_gettime, ArgShape::kOneArg, 1, 1,
     "clock_gettime(clk_id) -> float\n\nReturn the time of the specified clock clk_id."},
    {"clock_gettime_ns", time_clock_gettime_ns, ArgShape::kOneArg, 1, 1,
     "clock_gettime_ns(clk_id) -> int\n\nReturn the time of the specified clock clk_id as nanoseconds."},
    {"clock_getres", time_clock_getres, ArgShape::kOneArg, 1, 1,
     "clock_getres(clk_id) -> floating point number\n\nReturn the resolution (precision) of the specified clock clk_id."},
    {"get_clock_info", time_get_clock_info, ArgShape::kOneArg, 1, 1,
     "get_clock_info(name: str) -> dict\n\nGet information of the specified clock."},
    {"tzset", time_tzset, ArgShape::kNoArgs, 0, 0,
     "tzset()\n\nInitialize, or reinitialize, the local timezone to the value of the environment\nvariable TZ."},
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
  add_value(vm, m, "_STRUCT_TM_ITEMS", Value::from_small_int(11));
  for (const ClockId& clock : kClockIds) add_value(vm, m, clock.name, Value::from_small_int(clock.id));
  add_time_calendar(vm, m);
  return m;
}

}  // namespace glasspy::modules
