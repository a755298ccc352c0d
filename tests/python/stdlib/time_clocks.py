# time.get_clock_info, clock_gettime/clock_getres with Linux clock ids, thread_time_ns,
# tzset and _STRUCT_TM_ITEMS: the clock functions beyond time() (values not printed).
import time
for n in ['time','monotonic','perf_counter','process_time','thread_time']: print(time.get_clock_info(n))
for a in ['x', 5]:
  try: time.get_clock_info(a)
  except Exception as e: print(type(e).__name__, e)
print(time.clock_getres(time.CLOCK_REALTIME), type(time.clock_gettime(0)), type(time.clock_gettime_ns(1)), type(time.thread_time_ns()))
try: time.clock_gettime(99)
except OSError as e: print(type(e).__name__, e, e.errno)
print(time.tzset(), time._STRUCT_TM_ITEMS, time.CLOCK_MONOTONIC, time.CLOCK_TAI)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1)
