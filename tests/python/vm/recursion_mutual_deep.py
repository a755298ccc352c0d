import sys
sys.setrecursionlimit(3000)

def ping(n, log):
    if n == 0:
        return "ping done"
    log.append("ping")
    return pong(n - 1, log)

def pong(n, log):
    if n == 0:
        return "pong done"
    log.append("pong")
    return ping(n - 1, log)

log = []
print(ping(5, log), log)
print(ping(2000, []))

def depth_of(nested):
    if not isinstance(nested, list) or not nested:
        return 0
    return 1 + max(depth_of(x) for x in nested)

deep = []
cur = deep
for _ in range(200):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(depth_of(deep))
print(depth_of([1, [2, [3]], []]))
