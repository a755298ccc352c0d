class RetryError(Exception):
    pass

def attempt(n):
    if n < 3:
        raise ConnectionError(f"attempt {n} failed")
    return "ok"

def with_retries(limit):
    last = None
    for n in range(limit):
        try:
            return attempt(n)
        except ConnectionError as e:
            last = e
            print("retry after:", e)
    raise RetryError(f"gave up after {limit} attempts") from last

print(with_retries(5))
print(with_retries(2))
