# time: clock types, monotonic order, sleep.
import time
t = time.time()
print(type(t).__name__, t > 1.6e9, type(time.time_ns()).__name__)
a = time.monotonic(); b = time.monotonic()
print(b >= a, type(time.perf_counter()).__name__, type(time.perf_counter_ns()).__name__)
print(type(time.process_time()).__name__, type(time.monotonic_ns()).__name__)
start = time.perf_counter()
print(time.sleep(0.02))
print(time.perf_counter() - start >= 0.019)
time.sleep(0)
print(abs(time.time_ns() / 1e9 - time.time()) < 5)
