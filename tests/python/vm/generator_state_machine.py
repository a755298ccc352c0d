def traffic_light():
    while True:
        yield "green"
        yield "yellow"
        yield "red"

light = traffic_light()
print([next(light) for _ in range(7)])

def tokenize(text):
    number = ""
    for ch in text + " ":
        if ch.isdigit():
            number += ch
            continue
        if number:
            yield ("NUM", int(number))
            number = ""
        if ch in "+-*/()":
            yield ("OP", ch)
        elif not ch.isspace():
            yield ("ERR", ch)

print(list(tokenize("12 + 3*(45-6) ? 7")))

def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = averager()
next(avg)
print([avg.send(v) for v in (10, 20, 60)])
