# Float arithmetic: escape-time iteration counts of the Mandelbrot set over a grid, with a
# per-row checksum of the points inside. Checksum: total iterations, points inside, a
# hash of the rows' bit patterns.

def mandelbrot(width, height, max_iter):
    total_iter = 0
    inside = 0
    row_hash = 0
    for y in range(height):
        ci = 2.4 * y / height - 1.2
        bits = 0
        for x in range(width):
            cr = 3.2 * x / width - 2.2
            zr = 0.0
            zi = 0.0
            it = 0
            while it < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                it += 1
            total_iter += it
            bits = (bits * 2 + (it == max_iter)) % 1000000007
            if it == max_iter:
                inside += 1
        row_hash = (row_hash * 31 + bits) % 1000000007
    return total_iter, inside, row_hash


SIZE = 600  # quick: 150
print("mandelbrot", SIZE, *mandelbrot(SIZE, SIZE, 100))
