for spec in ("<10", ">10", "^10", "*<10", "*>10", "*^10", "=^11", "->3", "^1", "0>5", "x^9"):
    print(f"{spec!r:8} [{format('text', spec)}]")
for spec in ("<8", ">8", "^8", "=8", "0=8", "*=+8", "08", "^08"):
    print(f"{spec!r:8} [{format(-42, spec)}] [{format(42, spec)}]")
print(f"[{'é':*^5}] [{'日本':-^6}] [{'':.>3}]")
print("[{:{fill}{align}{width}}]".format("dyn", fill="~", align="^", width=9))
try:
    format("text", "=10")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, "abc")
except ValueError as e:
    print(type(e).__name__, e)
print(format(3.5, "<8"), format(3.5, "^8"), format(3.5, "08"), format(True, ">6"))
