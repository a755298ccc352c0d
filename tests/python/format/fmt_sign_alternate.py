for v in (42, -42, 0, 3.25, -3.25, float("inf"), float("nan"), -0.0):
    print(f"{v:+} {v: } {v:-} [{v:+8}] [{v: 8}]")
for v in (255, -255, 0):
    print(f"{v:#x} {v:#X} {v:#o} {v:#b} {v:#010x} {v:+#x}")
print(f"{1.0:#}", f"{1.0:#g}", f"{100:#.0f}", f"{100.0:.0f}", f"{1e10:#.3g}", f"{0.5:#.0e}")
print(f"{12:z}" if False else "no z option in 3.11", f"{-0.0:+.1f}", f"{-0.0001:.2f}")
try:
    format("s", "+")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", "#")
except ValueError as e:
    print(type(e).__name__, e)
print(format(5, "+d"), format(-5, " d"), format(5, " d"), format(True, "+"))
print(format(1j, "+"), format(-1 - 1j, " "), format(2 + 3j, "+.2f"))
