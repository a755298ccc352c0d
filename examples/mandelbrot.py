# The Mandelbrot set in ASCII: for each point c of the plane, iterate
# z = z*z + c and see how quickly |z| escapes past 2. Points that never
# escape belong to the set.

CHARS = " .:-=+*#%@"
WIDTH, HEIGHT, MAX_ITER = 60, 21, 50

for row in range(HEIGHT):
    y = 1.1 - 2.2 * row / (HEIGHT - 1)
    line = []
    for col in range(WIDTH):
        c = complex(-2.1 + 2.7 * col / (WIDTH - 1), y)
        z = 0j
        n = 0
        while abs(z) <= 2 and n < MAX_ITER:
            z = z * z + c
            n += 1
        line.append(CHARS[min(n * len(CHARS) // MAX_ITER, len(CHARS) - 1)])
    print("".join(line).rstrip())
