# Exceptions raised and caught in a loop: a user-defined exception hierarchy with extra
# attributes, built-in errors (KeyError, IndexError, ZeroDivisionError, ValueError) raised by
# the runtime, try/except/else/finally, re-raising from nested functions, and exceptions
# used for control flow (StopIteration from next()). Checksum: the counters.

class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, position, text):
        super().__init__("bad character at %d" % position)
        self.position = position
        self.text = text


class RangeError(AppError):
    pass


def parse_digits(text):
    value = 0
    for pos, ch in enumerate(text):
        if ch < "0" or ch > "9":
            raise ParseError(pos, text)
        value = value * 10 + ord(ch) - 48
    return value


def checked(value, limit):
    if value > limit:
        raise RangeError(value)
    return value


def deep(level, value):
    if level == 0:
        return checked(value, 500)
    try:
        return deep(level - 1, value + level)
    finally:
        pass


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return -1


def run(rounds):
    texts = ["12345", "12a45", "999", "7x", "", "0042", "3.14", "31415"]
    table = {i * 3: i for i in range(100)}
    counts = {"parse": 0, "range": 0, "key": 0, "index": 0, "zero": 0, "value": 0,
              "stop": 0, "ok": 0, "finally": 0}
    position_sum = 0
    for i in range(rounds):
        text = texts[i % len(texts)]
        try:
            parse_digits(text)
        except ParseError as e:
            counts["parse"] += 1
            position_sum += e.position + len(e.args[0])
        else:
            counts["ok"] += 1
        try:
            deep(5, i % 600)
        except AppError as e:
            counts["range"] += 1
            position_sum += e.args[0] % 7
        finally:
            counts["finally"] += 1
        if lookup(table, i % 300) < 0:
            counts["key"] += 1
        try:
            texts[i % 11]
        except IndexError:
            counts["index"] += 1
        try:
            position_sum += 1000 // (i % 5)
        except ZeroDivisionError:
            counts["zero"] += 1
        try:
            int(text)
        except ValueError:
            counts["value"] += 1
        it = iter(texts[: i % 3])
        while True:
            try:
                next(it)
            except StopIteration:
                counts["stop"] += 1
                break
    return counts, position_sum


ROUNDS = 340000  # quick: 34000
counts, position_sum = run(ROUNDS)
print("exceptions", " ".join("%s=%d" % (k, counts[k]) for k in sorted(counts)), position_sum)
