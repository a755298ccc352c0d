# A lazy data pipeline of generator functions: parse log lines, filter, enrich, window
# and aggregate, showing that nothing runs until the end is consumed.
LOG = """\
10:00:01 GET /index 200 12
10:00:02 GET /about 200 8
10:00:02 POST /login 401 30
10:00:03 GET /index 200 11
10:00:05 GET /missing 404 3
10:00:06 POST /login 200 45
10:00:08 GET /index 500 120
"""
trace = []


def read(text):
    for line in text.splitlines():
        trace.append("read")
        yield line


def parse(lines):
    for line in lines:
        time, method, path, status, ms = line.split()
        yield {"time": time, "method": method, "path": path, "status": int(status), "ms": int(ms)}


def only(records, **criteria):
    for r in records:
        if all(r[k] == v for k, v in criteria.items()):
            yield r


def windows(items, size):
    window = []
    for item in items:
        window.append(item)
        if len(window) == size:
            yield tuple(window)
            window.pop(0)


pipeline = parse(read(LOG))
gets = only(pipeline, method="GET")
print("nothing read yet:", trace)
slow = [r["path"] for r in gets if r["ms"] > 10]
print("slow GETs:", slow, "lines read:", len(trace))
records = list(parse(read(LOG)))
statuses = {}
for r in records:
    statuses[r["status"]] = statuses.get(r["status"], 0) + 1
print(dict(sorted(statuses.items())))
print([sum(r["ms"] for r in w) for w in windows(records, 3)])
print(max(records, key=lambda r: r["ms"])["path"], sum(1 for _ in only(records, path="/index")))
