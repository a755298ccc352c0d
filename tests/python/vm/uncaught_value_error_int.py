def parse_all(texts):
    return [int(t) for t in texts]

print(parse_all(["1", "22", " 333 ", "-4"]))
print(parse_all(["0x10"]) if False else "skipped")


def parse_config(lines):
    out = {}
    for line in lines:
        key, value = line.split("=")
        out[key] = int(value)
    return out


print(parse_config(["a=1", "b=2"]))
print(parse_config(["c=3", "d=four"]))
