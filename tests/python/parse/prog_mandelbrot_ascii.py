# A small ASCII Mandelbrot set using complex numbers, escape-time shading and a
# count of points inside.
SHADES = " .:-=+*#%@"


def escape_time(c, limit=30):
    z = 0j
    for n in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return n
    return limit


inside = 0
for row in range(11):
    y = 1.0 - row * 0.2
    line = []
    for col in range(40):
        x = -2.0 + col * 0.065
        n = escape_time(complex(x, y))
        inside += n == 30
        line.append(SHADES[min(n, 29) * len(SHADES) // 30])
    print("".join(line).rstrip())
print("points inside:", inside)
